/** Reads the question banks in content/questions (validated; the content check reports details). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { StoredQuestion } from "./present";
import { questionSchema } from "./schema";

export function loadQuestionBank(repoRoot = process.cwd()): StoredQuestion[] {
  const dir = path.join(repoRoot, "content", "questions");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .flatMap((name) => {
      const module = name.slice(0, -".yaml".length);
      const raw: unknown = parse(readFileSync(path.join(dir, name), "utf8"));
      if (!Array.isArray(raw)) throw new Error(`content/questions/${name} is not a list; run npm run content:check`);
      return raw.map((item, index) => {
        const parsed = questionSchema.safeParse(item);
        if (!parsed.success) throw new Error(`content/questions/${name}: question ${index + 1} is invalid; run npm run content:check`);
        return { ...parsed.data, module };
      });
    });
}
