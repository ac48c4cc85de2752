import "server-only";
/**
 * Lesson files the editor may read and write: only existing lessons in content/modules, found from
 * validated slugs, never from a path the browser sends. Writing happens only under `next dev`.
 */
import { lstatSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DomainError } from "../errors";
import { isStorableText } from "../http";
import { MAX_SOURCE_BYTES } from "./compile";
import type { LessonDraft, LessonRef } from "./schema";

export const lessonFile = ({ module, lesson, locale }: LessonRef) => `content/modules/${module}/${lesson}.${locale}.mdx`;

/** The absolute path of an existing lesson file (a regular file inside content/modules), or undefined. */
export function resolveLessonFile(ref: LessonRef, root = process.cwd()): string | undefined {
  const modules = path.resolve(root, "content", "modules");
  const absolute = path.resolve(root, lessonFile(ref));
  if (path.dirname(path.dirname(absolute)) !== modules) return undefined;
  try {
    return lstatSync(/*turbopackIgnore: true*/ absolute).isFile() ? absolute : undefined;
  } catch {
    return undefined;
  }
}

export function readLessonFile(ref: LessonRef, root = process.cwd()): { file: string; source: string } | undefined {
  const absolute = resolveLessonFile(ref, root);
  return absolute ? { file: lessonFile(ref), source: readFileSync(/*turbopackIgnore: true*/ absolute, "utf8") } : undefined;
}

/** Saving exists only in development: `npm run dev` on an author's checkout, where live reload shows the change. */
export const canSaveContent = (nodeEnv: string | undefined = process.env.NODE_ENV) => nodeEnv === "development";

/** Writes a lesson's new text. Refuses (writing nothing) outside development, for unknown files, and for bad text. */
export function saveLessonFile(draft: LessonDraft, { root = process.cwd(), nodeEnv = process.env.NODE_ENV }: { root?: string; nodeEnv?: string } = {}): { file: string; bytes: number } {
  if (!canSaveContent(nodeEnv)) throw new DomainError(404, "not_found", "saving exists only under npm run dev; copy or download the text instead");
  const absolute = resolveLessonFile(draft, root);
  if (!absolute) throw new DomainError(404, "not_found", "there is no such lesson file");
  const bytes = Buffer.byteLength(draft.source, "utf8");
  if (bytes > MAX_SOURCE_BYTES) throw new DomainError(413, "payload_too_large", `a lesson may be at most ${MAX_SOURCE_BYTES / 1024} KB`);
  if (!isStorableText(draft.source)) throw new DomainError(400, "invalid_input", "the text holds a NUL character or invalid Unicode");
  writeFileSync(/*turbopackIgnore: true*/ absolute, draft.source, "utf8");
  return { file: lessonFile(draft), bytes };
}
