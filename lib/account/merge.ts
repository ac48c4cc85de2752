import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";

/**
 * Called whenever a session starts (sign-up, sign-in, verified-email sign-in). The guest's records
 * follow the person into their account: attempts, answers, completed lessons, review cards,
 * bookmarks and lab checks and reveals move to the account's learner (made on first sign-in), overlaps resolved without
 * duplicates, and the guest learner is deleted. The old guest cookie therefore names nobody: no
 * request needs a database check to keep it away from the account's records.
 * A guest learner that already belongs to an account is never touched.
 */
export async function attachGuestToUser(db: Db, userId: string, guestId: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const guest = guestId ? await tx.learner.findUnique({ where: { id: guestId }, select: { id: true, userId: true } }) : null;
    const usableGuest = guest && guest.userId === null ? guest : null;
    if (!usableGuest) return;
    const own =
      (await tx.learner.findUnique({ where: { userId }, select: { id: true } })) ??
      (await tx.learner.create({ data: { id: randomUUID(), userId, createdAt: new Date() }, select: { id: true } }));
    await mergeLearners(tx as unknown as Db, usableGuest.id, own.id);
  });
}

/** Moves everything of `fromId` into `intoId`, then deletes `fromId`. Runs inside the caller's transaction. */
async function mergeLearners(tx: Db, fromId: string, intoId: string) {
  await tx.attempt.updateMany({ where: { learnerId: fromId }, data: { learnerId: intoId } });
  await tx.answer.updateMany({ where: { learnerId: fromId }, data: { learnerId: intoId } });

  // Completed lessons: one row per lesson, the earliest completion wins.
  const [theirs, ours] = await Promise.all([
    tx.lessonCompletion.findMany({ where: { learnerId: fromId } }),
    tx.lessonCompletion.findMany({ where: { learnerId: intoId } }),
  ]);
  const ourLessons = new Map(ours.map((c) => [`${c.module}/${c.lesson}`, c]));
  for (const c of theirs) {
    const mine = ourLessons.get(`${c.module}/${c.lesson}`);
    if (!mine) await tx.lessonCompletion.create({ data: { learnerId: intoId, module: c.module, lesson: c.lesson, completedAt: c.completedAt } });
    else if (c.completedAt < mine.completedAt)
      await tx.lessonCompletion.update({ where: { learnerId_module_lesson: { learnerId: intoId, module: c.module, lesson: c.lesson } }, data: { completedAt: c.completedAt } });
  }

  // Review cards: one per question; the most recently reviewed card holds the freshest memory state.
  const [guestCards, ownCards] = await Promise.all([
    tx.reviewCard.findMany({ where: { learnerId: fromId } }),
    tx.reviewCard.findMany({ where: { learnerId: intoId } }),
  ]);
  const ownByQuestion = new Map(ownCards.map((c) => [c.questionId, c]));
  const reviewedAt = (c: { lastReview: Date | null; createdAt: Date }) => (c.lastReview ?? c.createdAt).getTime();
  for (const card of guestCards) {
    const { learnerId: _from, questionId, ...state } = card;
    const mine = ownByQuestion.get(questionId);
    if (!mine) await tx.reviewCard.create({ data: { learnerId: intoId, questionId, ...state } });
    else if (reviewedAt(card) > reviewedAt(mine)) await tx.reviewCard.update({ where: { learnerId_questionId: { learnerId: intoId, questionId } }, data: state });
  }

  const [guestMarks, ownMarks] = await Promise.all([
    tx.bookmark.findMany({ where: { learnerId: fromId } }),
    tx.bookmark.findMany({ where: { learnerId: intoId }, select: { kind: true, target: true } }),
  ]);
  const marked = new Set(ownMarks.map((b) => `${b.kind}:${b.target}`));
  for (const b of guestMarks) {
    if (!marked.has(`${b.kind}:${b.target}`)) await tx.bookmark.create({ data: { learnerId: intoId, kind: b.kind, target: b.target, createdAt: b.createdAt } });
  }

  // Lab checks are a history: all of them move. A reveal is kept once, the earliest.
  await tx.labAttempt.updateMany({ where: { learnerId: fromId }, data: { learnerId: intoId } });
  const [guestReveals, ownReveals] = await Promise.all([
    tx.labReveal.findMany({ where: { learnerId: fromId } }),
    tx.labReveal.findMany({ where: { learnerId: intoId }, select: { labId: true } }),
  ]);
  const revealed = new Set(ownReveals.map((r) => r.labId));
  for (const r of guestReveals) {
    if (!revealed.has(r.labId)) await tx.labReveal.create({ data: { learnerId: intoId, labId: r.labId, revealedAt: r.revealedAt } });
  }

  // Whatever is left (the moved-over duplicates) goes with the guest learner.
  await tx.learner.delete({ where: { id: fromId } });
}
