/**
 * Parses a learner's manifest (several YAML documents) within fixed limits, keeping each node's
 * position so that every later problem can be shown at its line.
 */
import { LineCounter, parseAllDocuments, isMap, isSeq, isScalar, isPair, type Document, type Node } from "yaml";
import type { PathSegment } from "./path";

export const MANIFEST_LIMITS = { maxBytes: 64 * 1024, maxDocuments: 20, maxAliasCount: 50, maxDepth: 64 } as const;

export type ManifestProblem = { line: number; column?: number; code: ManifestProblemCode; detail?: string };
export type ManifestProblemCode = "too_large" | "too_many_documents" | "yaml_syntax" | "alias_limit" | "too_deep" | "not_a_mapping" | "empty";

export type ManifestDocument = {
  index: number;
  data: Record<string, unknown>;
  /** Line (1-based) and column of the value at `path`, or of its nearest existing parent. */
  locate: (path: readonly PathSegment[], key?: boolean) => { line: number; column: number };
};

export type ParsedManifest = { ok: true; documents: ManifestDocument[] } | { ok: false; problems: ManifestProblem[] };

export function parseManifest(text: string): ParsedManifest {
  if (Buffer.byteLength(text, "utf8") > MANIFEST_LIMITS.maxBytes) return { ok: false, problems: [{ line: 1, code: "too_large", detail: String(MANIFEST_LIMITS.maxBytes) }] };
  // Cheap upper bound before parsing: every document after the first starts with a `---` line.
  const separators = text.match(/^---/gm)?.length ?? 0;
  if (separators > MANIFEST_LIMITS.maxDocuments + 1) return { ok: false, problems: [{ line: 1, code: "too_many_documents", detail: String(MANIFEST_LIMITS.maxDocuments) }] };
  // The parser recurses per nesting level: refuse deep nesting before it runs (time and stack stay bounded).
  const deep = nestingProblem(text);
  if (deep) return { ok: false, problems: [deep] };
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, merge: false, strict: true, version: "1.2", resolveKnownTags: false });
  const list = Array.isArray(docs) ? docs : [];
  // Errors at the end of input point past the last line; the editor shows them on the last one.
  const lastLine = Math.max(1, text.replace(/\n+$/, "").split("\n").length);
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return p.line > lastLine ? { line: lastLine, column: 1 } : { line: p.line, column: p.col };
  };
  const problems: ManifestProblem[] = [];
  for (const doc of list) for (const e of doc.errors) problems.push({ ...pos(e.pos[0]), code: "yaml_syntax", detail: e.message.split("\n")[0] });
  // The parser's own duplicate-key check compares every pair of keys (seconds for 64 KiB of keys); this one is linear.
  for (const doc of list) problems.push(...duplicateKeys(doc, pos));
  if (problems.length) return { ok: false, problems: problems.slice(0, 20) };
  // A trailing `---` (or an empty document) holds a null scalar: not a document of the manifest.
  const nonEmpty = list.filter((d) => d.contents !== null && !(isScalar(d.contents) && d.contents.value === null));
  if (nonEmpty.length > MANIFEST_LIMITS.maxDocuments) return { ok: false, problems: [{ line: 1, code: "too_many_documents", detail: String(MANIFEST_LIMITS.maxDocuments) }] };
  if (!nonEmpty.length) return { ok: false, problems: [{ line: 1, code: "empty" }] };

  const documents: ManifestDocument[] = [];
  for (const [index, doc] of nonEmpty.entries()) {
    const start = pos(doc.contents?.range?.[0] ?? 0);
    if (!isMap(doc.contents)) {
      problems.push({ ...start, code: "not_a_mapping" });
      continue;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MANIFEST_LIMITS.maxAliasCount });
    } catch (error) {
      problems.push({ ...start, code: "alias_limit", detail: (error as Error).message.split("\n")[0] });
      continue;
    }
    if (depthOf(data, 0) > MANIFEST_LIMITS.maxDepth) {
      problems.push({ ...start, code: "too_deep", detail: String(MANIFEST_LIMITS.maxDepth) });
      continue;
    }
    documents.push({ index, data: data as Record<string, unknown>, locate: (path, key) => locateIn(doc, path, key, pos) });
  }
  return problems.length ? { ok: false, problems } : { ok: true, documents };
}

function duplicateKeys(doc: Document, pos: (offset: number) => { line: number; column: number }): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length && problems.length < 20) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined && seen.has(key)) {
          problems.push({ ...pos((pair.key as Node).range?.[0] ?? 0), code: "yaml_syntax", detail: `Map keys must be unique: '${key.slice(0, 80)}' appears twice` });
        }
        if (key !== undefined) seen.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return problems;
}

/** Flow brackets nested deeper than maxDepth, or block indentation beyond 4 spaces a level. */
function nestingProblem(text: string): ManifestProblem | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      line++;
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart && (ch === 32 || ch === 45)) {
      // spaces and "- " list markers both open a block level
      if (++indent > MANIFEST_LIMITS.maxDepth * 4) return { line, code: "too_deep", detail: String(MANIFEST_LIMITS.maxDepth) };
      continue;
    }
    lineStart = false;
    if (ch === 91 || ch === 123) {
      if (++depth > MANIFEST_LIMITS.maxDepth) return { line, code: "too_deep", detail: String(MANIFEST_LIMITS.maxDepth) };
    } else if ((ch === 93 || ch === 125) && depth > 0) depth--;
  }
  return undefined;
}

function depthOf(value: unknown, depth: number): number {
  if (depth > MANIFEST_LIMITS.maxDepth) return depth;
  if (value === null || typeof value !== "object") return depth;
  let max = depth;
  for (const child of Object.values(value)) max = Math.max(max, depthOf(child, depth + 1));
  return max;
}

function locateIn(doc: Document, path: readonly PathSegment[], key: boolean | undefined, pos: (offset: number) => { line: number; column: number }) {
  let node: unknown = doc.contents;
  let best = (node as Node | null)?.range?.[0] ?? 0;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && key && keyNode.range) return pos(keyNode.range[0]);
      node = pair.value;
      const r = (node as Node | null)?.range ?? keyNode.range;
      if (r) best = r[0];
      if (!node) break;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      if (item.range) best = item.range[0];
    } else break;
  }
  return pos(best);
}
