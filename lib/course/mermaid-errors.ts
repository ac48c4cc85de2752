/**
 * Turns an error thrown by `mermaid.parse` into a line (within the diagram) and a one-line message.
 * Pure, so the content check (Node, on jsdom) and the instructor's editor (in the browser) report
 * Mermaid problems the same way.
 */
export function describeMermaidError(error: unknown): { line: number; message: string } {
  const e = error as { message?: string; hash?: { loc?: { first_line?: number } } };
  const message = (e?.message ?? String(error)).split("\n");
  const lineMatch = /line (\d+)/.exec(message[0] ?? "");
  const line = e?.hash?.loc?.first_line ?? (lineMatch ? Number(lineMatch[1]) : 1);
  const detail = message.filter((l) => l && !/^[-^ ]+$/.test(l) && !l.startsWith("...")).slice(-1)[0] ?? "does not parse";
  return { line, message: detail.trim() };
}
