/**
 * Validates manifest documents against the vendored API schemas (lib/labs/schemas/): unknown fields
 * (with "did you mean"), missing required fields, wrong types and values outside an enum, each at
 * its line. For kinds that `kubernetes-models` and `@kubernetes-models/karpenter` model, their
 * compiled validators then add what the structural schemas do not carry (integer formats, patterns,
 * CRD enums), again at the line of the value.
 */
import kubernetes from "./schemas/kubernetes.json";
import crds from "./schemas/crds.json";
import type { SchemaBundle, SchemaNode } from "./schema-types";
import type { ManifestDocument } from "./manifest";
import { formatPath, type PathSegment } from "./path";
import { suggest } from "./suggest";
import { modelValidators } from "./model-validators";

export type SchemaIssueCode = "unknown_field" | "missing_field" | "wrong_type" | "not_allowed" | "unknown_kind" | "missing_kind" | "invalid_value";

export type SchemaIssue = {
  document: number;
  line: number;
  column: number;
  path: string;
  code: SchemaIssueCode;
  /** unknown_field: suggestion; wrong_type: expected; not_allowed: allowed values; unknown_kind: suggested apiVersion; invalid_value: validator message (English). */
  detail?: string;
  field?: string;
};

const bundles = [kubernetes as unknown as SchemaBundle, crds as unknown as SchemaBundle];
const kinds: Record<string, SchemaNode> = Object.assign({}, ...bundles.map((b) => b.kinds));
const definitions: Record<string, SchemaNode> = Object.assign({}, ...bundles.map((b) => b.definitions));

export const knownKinds = Object.keys(kinds);

const MAX_ISSUES = 50;

function deref(node: SchemaNode): SchemaNode {
  let n = node;
  for (let i = 0; n.$ref && i < 10; i++) n = definitions[n.$ref] ?? {};
  return n;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function validateDocuments(documents: readonly ManifestDocument[]): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const doc of documents) {
    issues.push(...validateDocument(doc));
    if (issues.length >= MAX_ISSUES) break;
  }
  return issues.slice(0, MAX_ISSUES).sort((a, b) => a.document - b.document || a.line - b.line || a.column - b.column);
}

export function validateDocument(doc: ManifestDocument): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const add = (path: PathSegment[], code: SchemaIssueCode, extra: Partial<SchemaIssue> = {}, onKey = false) => {
    if (issues.length >= MAX_ISSUES) return;
    const { line, column } = doc.locate(path, onKey);
    issues.push({ document: doc.index, line, column, path: formatPath(path), code, ...extra });
  };
  const { apiVersion, kind } = doc.data;
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    add([], "missing_kind");
    return issues;
  }
  const root = kinds[`${apiVersion}/${kind}`];
  if (!root) {
    const sameKind = knownKinds.find((k) => k.endsWith(`/${kind}`));
    const suggestion = sameKind ? sameKind.slice(0, -kind.length - 1) : undefined;
    const kindGuess = suggest(kind, knownKinds.map((k) => k.split("/").pop()!));
    add(["apiVersion"], "unknown_kind", { detail: suggestion ? `apiVersion: ${suggestion}` : kindGuess ? `kind: ${kindGuess}` : undefined, field: `${apiVersion} ${kind}` });
    return issues;
  }
  full = () => issues.length >= MAX_ISSUES;
  walk(root, doc.data, [], add);
  const validator = modelValidators[`${apiVersion}/${kind}`];
  if (validator) {
    const flagged = issues.map((i) => i.path);
    for (const e of validator(doc.data)) {
      const p = formatPath(e.path);
      if (flagged.some((f) => f === p || p.startsWith(`${f}.`) || p.startsWith(`${f}[`) || (f === "" && p === ""))) continue;
      if (e.keyword === "required" || e.keyword === "type") continue; // the structural walk reports these
      add(e.path, "invalid_value", { detail: e.message });
      flagged.push(p);
    }
  }
  return issues;
}

type Add = ((path: PathSegment[], code: SchemaIssueCode, extra?: Partial<SchemaIssue>, onKey?: boolean) => void) & { full?: () => boolean };
let full = () => false;

function walk(schema: SchemaNode, value: unknown, path: PathSegment[], add: Add): void {
  const node = deref(schema);
  if (value === null) return; // the API server treats an explicit null as "not set"
  if (node["x-kubernetes-int-or-string"]) {
    if (typeof value !== "string" && !Number.isInteger(value)) add(path, "wrong_type", { detail: "integer | string" });
    else if (typeof value === "string" && node.pattern && !new RegExp(node.pattern, "u").test(value)) add(path, "invalid_value", { detail: `must match ${node.pattern}` });
    return;
  }
  const actual = typeOf(value);
  switch (node.type) {
    case undefined:
      return;
    case "string":
      if (actual !== "string") return add(path, "wrong_type", { detail: "string" });
      if (node.enum && !node.enum.includes(value as string)) return add(path, "not_allowed", { detail: node.enum.join(", "), field: suggest(value as string, node.enum.map(String)) });
      if (node.pattern && !new RegExp(node.pattern, "u").test(value as string)) add(path, "invalid_value", { detail: `must match ${node.pattern}` });
      return;
    case "integer":
    case "number":
      if (actual !== "integer" && !(node.type === "number" && actual === "number")) return add(path, "wrong_type", { detail: node.type });
      if (node.minimum !== undefined && (value as number) < node.minimum) add(path, "invalid_value", { detail: `must be >= ${node.minimum}` });
      if (node.maximum !== undefined && (value as number) > node.maximum) add(path, "invalid_value", { detail: `must be <= ${node.maximum}` });
      return;
    case "boolean":
      if (actual !== "boolean") add(path, "wrong_type", { detail: "boolean" });
      return;
    case "array": {
      if (actual !== "array") return add(path, "wrong_type", { detail: "array" });
      const list = value as unknown[];
      if (node.minItems !== undefined && list.length < node.minItems) add(path, "invalid_value", { detail: `needs at least ${node.minItems} item(s)` });
      if (node.items) list.forEach((item, i) => walk(node.items!, item, [...path, i], add));
      return;
    }
    case "object": {
      if (actual !== "object") return add(path, "wrong_type", { detail: "object" });
      const record = value as Record<string, unknown>;
      // CRDs leave metadata open (`type: object`); the API server still applies ObjectMeta.
      const properties = path.length === 1 && path[0] === "metadata" && !node.properties ? deref({ $ref: "ObjectMeta" }).properties : node.properties;
      const open = node["x-kubernetes-preserve-unknown-fields"] || node.additionalProperties === true;
      for (const [key, child] of Object.entries(record)) {
        if (full()) return;
        const childSchema = properties?.[key] ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : undefined);
        if (childSchema) walk(childSchema, child, [...path, key], add);
        else if (!open && properties) add([...path, key], "unknown_field", { field: key, detail: suggest(key, Object.keys(properties)) }, true);
      }
      for (const key of node.required ?? []) {
        if (record[key] === undefined || record[key] === null) add(path, "missing_field", { field: key }, path.length > 0);
      }
      return;
    }
  }
}
