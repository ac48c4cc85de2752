import "server-only";
/**
 * The content check on a draft, as the instructor types: the very functions behind
 * `npm run content:check` (lib/course), applied to one lesson's text. Mermaid is parsed in the
 * browser (it needs a DOM), so the blocks are returned for the editor to parse with the same rules.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { checkLessonBody, readQuestionModules } from "../course/check";
import { checkLessonFrontmatter, loadCourse, type ContentIssue, type LoadedCourse } from "../course/load";
import type { LessonFrontmatter } from "../course/schema";

export type DraftCheck = {
  issues: { line: number; message: string }[];
  frontmatter?: LessonFrontmatter;
  mermaid: { line: number; source: string }[];
};

type Context = { signature: string; course: LoadedCourse; questionModules: Map<string, string> };
let cached: Context | undefined;

/** Names and modification times of content/: cheap to read, and changes whenever a file does. */
function contentSignature(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else parts.push(`${full}:${statSync(/*turbopackIgnore: true*/ full).mtimeMs}`);
    }
  };
  walk(path.join(root, "content"));
  return parts.join("|");
}

/** The course and its question ids, re-read only when content/ has changed (reading takes about two seconds). */
function getContext(root: string): Context {
  const signature = contentSignature(root);
  if (cached?.signature !== signature) {
    const course = loadCourse(root);
    cached = { signature, course, questionModules: readQuestionModules(root, course) };
  }
  return cached;
}

/** Quoted files the editor may read: the public manifests in deploy/, nothing else in the repository. */
export const isQuotableFromEditor = (file: string) => /^deploy\/[\w./-]+$/.test(file) && !file.split("/").includes("..");

export async function checkLessonDraft(source: string, file: string, root = process.cwd()): Promise<DraftCheck> {
  const { course, questionModules } = getContext(root);
  const front = checkLessonFrontmatter(source, file);
  const body = await checkLessonBody(source, file, course, async () => undefined, questionModules, root, isQuotableFromEditor);
  const issues: ContentIssue[] = [...front.issues, ...body.issues].sort((a, b) => a.line - b.line);
  return { issues: issues.map(({ line, message }) => ({ line, message })), ...(front.frontmatter ? { frontmatter: front.frontmatter } : {}), mermaid: body.mermaid };
}
