import { z } from "zod";
import { slugSchema } from "../course/schema";

export const bookmarkKinds = ["lesson", "question"] as const;
export const bookmarkKindSchema = z.enum(bookmarkKinds);
export type BookmarkKind = z.infer<typeof bookmarkKindSchema>;

/** A lesson is named "<module>/<lesson>"; a question by its bank id ("arch-003"). */
export const lessonTargetSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, "a lesson is named '<module>/<lesson>'");
export const questionTargetSchema = z.string().regex(/^[a-z]+-\d{3,}$/, "a question id looks like 'arch-001'").max(40);

/** The body of POST /api/bookmarks: add (bookmarked: true) or remove (false); both idempotent. */
export const bookmarkInputSchema = z
  .object({ kind: bookmarkKindSchema, target: z.string().min(1).max(120), bookmarked: z.boolean() })
  .strict()
  .superRefine((input, ctx) => {
    const check = input.kind === "lesson" ? lessonTargetSchema : questionTargetSchema;
    const parsed = check.safeParse(input.target);
    if (!parsed.success) ctx.addIssue({ code: "custom", path: ["target"], message: parsed.error.issues[0]?.message ?? "invalid target" });
  });
export type BookmarkInput = z.infer<typeof bookmarkInputSchema>;

/** A row as it leaves the database, re-checked. */
export const bookmarkSchema = z.object({ kind: bookmarkKindSchema, target: z.string().min(1), createdAt: z.date() });
export type Bookmark = z.infer<typeof bookmarkSchema>;

/** What GET /api/bookmarks answers. */
export type BookmarkList = { bookmarks: { kind: BookmarkKind; target: string; createdAt: string }[] };

export function splitLessonTarget(target: string): { module: string; lesson: string } {
  const [module = "", lesson = ""] = target.split("/");
  return { module: slugSchema.parse(module), lesson: slugSchema.parse(lesson) };
}
