import "server-only";
import { lessonExists } from "../course/queries";
import type { Db } from "../db";
import { DomainError } from "../errors";
import { splitLessonTarget, type BookmarkInput } from "./schema";

/** Enough for any real use; stops a script from filling the table. */
export const MAX_BOOKMARKS = 500;

/** Refuses a bookmark of something that is not in the course. Call before anything is written. */
export async function assertBookmarkTarget(db: Db, input: Pick<BookmarkInput, "kind" | "target">): Promise<void> {
  if (input.kind === "lesson") {
    const { module, lesson } = splitLessonTarget(input.target);
    if (!lessonExists(module, lesson)) throw new DomainError(400, "unknown_lesson", `there is no lesson ${input.target}`);
    return;
  }
  const question = await db.question.findFirst({ where: { id: input.target, retiredAt: null }, select: { id: true } });
  if (!question) throw new DomainError(400, "unknown_question", `there is no question ${input.target}`);
}

/** Adds or removes a bookmark. Idempotent: adding twice keeps one, removing what is not there is fine. */
export async function setBookmark(db: Db, learnerId: string, input: BookmarkInput, now: Date): Promise<BookmarkInput> {
  const { kind, target } = input;
  if (!input.bookmarked) {
    await db.bookmark.deleteMany({ where: { learnerId, kind, target } });
    return input;
  }
  const existing = await db.bookmark.findUnique({ where: { learnerId_kind_target: { learnerId, kind, target } }, select: { kind: true } });
  if (existing) return input;
  if ((await db.bookmark.count({ where: { learnerId } })) >= MAX_BOOKMARKS) {
    throw new DomainError(422, "too_many_bookmarks", `at most ${MAX_BOOKMARKS} bookmarks; remove some first`);
  }
  try {
    await db.bookmark.create({ data: { learnerId, kind, target, createdAt: now } });
  } catch (error) {
    // The same bookmark added twice at once (two tabs): it exists, which is what was asked.
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
  return input;
}
