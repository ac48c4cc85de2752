import "server-only";
import { listModules } from "../course/queries";
import type { Db } from "../db";
import type { Locale } from "../i18n/locales";
import { listCurrentQuestions, readVersion } from "../quiz/catalogue";
import { bookmarkSchema, splitLessonTarget, type Bookmark, type BookmarkList } from "./schema";

/** The learner's bookmarks, newest first. */
export async function listBookmarks(db: Db, learnerId: string | null): Promise<Bookmark[]> {
  if (!learnerId) return [];
  const rows = await db.bookmark.findMany({ where: { learnerId }, select: { kind: true, target: true, createdAt: true }, orderBy: [{ createdAt: "desc" }, { target: "asc" }] });
  return rows.map((row) => bookmarkSchema.parse(row));
}

export function toBookmarkList(bookmarks: Bookmark[]): BookmarkList {
  return { bookmarks: bookmarks.map((b) => ({ kind: b.kind, target: b.target, createdAt: b.createdAt.toISOString() })) };
}

export type BookmarkedLesson = { module: string; lesson: string; title: string; moduleTitle: string; href: string };
/** A bookmarked question by its stem only: nothing of its answer. */
export type BookmarkedQuestion = { id: string; module: string; moduleTitle: string; stem: string };
export type BookmarkView = { lessons: BookmarkedLesson[]; questions: BookmarkedQuestion[] };

/** Bookmarks with titles and stems in the learner's language; anything that left the course is skipped. */
export async function getBookmarkView(db: Db, learnerId: string | null, locale: Locale): Promise<BookmarkView> {
  const bookmarks = await listBookmarks(db, learnerId);
  if (!bookmarks.length) return { lessons: [], questions: [] };
  const modules = listModules(locale);
  const lessons = bookmarks.flatMap((b): BookmarkedLesson[] => {
    if (b.kind !== "lesson") return [];
    const { module, lesson } = splitLessonTarget(b.target);
    const m = modules.find((x) => x.slug === module);
    const l = m?.lessons.find((x) => x.slug === lesson);
    return m && l ? [{ module, lesson, title: l.title, moduleTitle: m.title, href: l.href }] : [];
  });
  const ids = bookmarks.filter((b) => b.kind === "question").map((b) => b.target);
  const current = ids.length ? await listCurrentQuestions(db, { ids }) : [];
  const questions = ids.flatMap((id): BookmarkedQuestion[] => {
    const q = current.find((c) => c.id === id);
    if (!q) return [];
    const stored = readVersion(q.version, q.module);
    return [{ id, module: q.module, moduleTitle: modules.find((m) => m.slug === q.module)?.title ?? q.module, stem: stored.stem[locale] }];
  });
  return { lessons, questions };
}
