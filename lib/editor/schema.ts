import { z } from "zod";
import { slugSchema } from "../course/schema";
import { locales } from "../i18n/locales";

/** 200 KB of UTF-8 is at most 200 × 1024 characters; the byte limit itself is checked in lib/editor/compile.ts. */
const MAX_SOURCE_CHARS = 200 * 1024;

/** Which lesson file: module and lesson slugs and a language. Slugs never hold '/', '.' or '..'. */
export const lessonRefSchema = z.object({ module: slugSchema, lesson: slugSchema, locale: z.enum(locales) }).strict();
export type LessonRef = z.infer<typeof lessonRefSchema>;

export const lessonDraftSchema = lessonRefSchema.extend({ source: z.string().max(MAX_SOURCE_CHARS, "the source may be at most 200 KB") }).strict();
export type LessonDraft = z.infer<typeof lessonDraftSchema>;
