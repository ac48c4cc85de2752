import "server-only";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseYamlLocated } from "../content/yaml";

export type SourceLocation = { file: string; line: number };

let located: Map<string, SourceLocation> | undefined;

/**
 * Where each question is authored: content/questions/<module>.yaml and the line of its `id:` (the same
 * lines `npm run content:check` reports). Read once per process; a retired question has none.
 */
export function locateQuestion(questionId: string, repoRoot = process.cwd()): SourceLocation | null {
  if (!located) {
    located = new Map();
    const dir = path.join(repoRoot, "content", "questions");
    for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort() : []) {
      const file = `content/questions/${name}`;
      const yaml = parseYamlLocated(readFileSync(path.join(dir, name), "utf8"));
      if (!Array.isArray(yaml.data)) continue;
      yaml.data.forEach((item: unknown, index) => {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === "string") located!.set(id, { file, line: yaml.lineOf([index, "id"]) });
      });
    }
  }
  return located.get(questionId) ?? null;
}
