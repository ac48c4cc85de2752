/**
 * Code blocks that quote a repository file: ```yaml file=deploy/base/ingress.yaml
 * Every non-empty line of the block (trimmed) must appear, trimmed and in order, in that file.
 * A line that is only a comment (`# …`) marks an elision and is skipped.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The `file=` value in a code block's meta, if any. */
export function quotedFile(meta: string | null | undefined): string | undefined {
  const match = /(?:^|\s)file=("?)([^\s"]+)\1(?=\s|$)/.exec(meta ?? "");
  return match?.[2];
}

/** Returns a message when the quote no longer matches the file, else undefined. */
export function checkQuote(repoRoot: string, file: string, quote: string): string | undefined {
  const target = path.resolve(repoRoot, file);
  if (path.relative(repoRoot, target).startsWith("..")) return `code block quotes ${file}, which is outside the repository`;
  if (!existsSync(target)) return `code block quotes ${file}, which does not exist`;
  const lines = readFileSync(target, "utf8").split(/\r?\n/).map((l) => l.trim());
  let at = 0;
  for (const raw of quote.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const found = lines.indexOf(line, at);
    if (found === -1) return `code block no longer matches ${file}: line '${line}' is not found (in order) in the file`;
    at = found + 1;
  }
  return undefined;
}
