import "server-only";
import type { Db } from "../db";
import { listLatestAnswers, type LatestAnswer } from "../quiz/latest-answers";
import { DomainError } from "../errors";
import type { PreviewResult, RateInput, RateResult, ReviewQueue } from "./schema";
import { previewRatings, rateCard, scheduleMissed, type StoredCard } from "./scheduler";

const cardColumns = { due: true, stability: true, difficulty: true, scheduledDays: true, learningSteps: true, reps: true, lapses: true, state: true, lastReview: true } as const;

/**
 * Every question whose latest answer was wrong joins the learner's schedule, dated from when it was
 * missed. Done when the queue is read (not on the answer hot path); idempotent. Answers in an exam
 * still open do not count yet, so an open exam schedules nothing.
 */
export async function syncMissedIntoReview(db: Db, learnerId: string, now: Date, latestAnswers?: Promise<LatestAnswer[]>): Promise<void> {
  const [latest, cards] = await Promise.all([latestAnswers ?? listLatestAnswers(db, learnerId, now), db.reviewCard.findMany({ where: { learnerId }, select: { questionId: true } })]);
  const scheduled = new Set(cards.map((c) => c.questionId));
  for (const { questionId, ...answer } of latest.filter((a) => !a.correct && !scheduled.has(a.questionId))) {
    try {
      await db.reviewCard.create({ data: { learnerId, questionId, createdAt: answer.answeredAt, ...scheduleMissed(answer.answeredAt) } });
    } catch (error) {
      // Two tabs read the queue at once: the card exists, which is all that was needed.
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
}

export async function listDueQuestionIds(db: Db, learnerId: string, now: Date, latestAnswers?: Promise<LatestAnswer[]>): Promise<string[]> {
  await syncMissedIntoReview(db, learnerId, now, latestAnswers);
  const due = await db.reviewCard.findMany({
    where: { learnerId, due: { lte: now } },
    select: { questionId: true },
    orderBy: { due: "asc" },
  });
  // Only questions still in the course can be reviewed.
  const live = await db.question.findMany({ where: { id: { in: due.map((d) => d.questionId) }, retiredAt: null }, select: { id: true } });
  const liveIds = new Set(live.map((q) => q.id));
  return due.map((d) => d.questionId).filter((id) => liveIds.has(id));
}

/** `latestAnswers`: the learner's latest answers when the caller has already read them (the dashboard). */
export async function getReviewQueue(db: Db, learnerId: string | null, now: Date, latestAnswers?: Promise<LatestAnswer[]>): Promise<ReviewQueue> {
  if (!learnerId) return { count: 0, questionIds: [], nextDue: null };
  const questionIds = await listDueQuestionIds(db, learnerId, now, latestAnswers);
  const next = await db.reviewCard.findFirst({ where: { learnerId, due: { gt: now } }, orderBy: { due: "asc" }, select: { due: true } });
  return { count: questionIds.length, questionIds, nextDue: next?.due.toISOString() ?? null };
}

export async function rateReview(db: Db, learnerId: string | null, input: RateInput, now: Date): Promise<RateResult> {
  const where = { learnerId_questionId: { learnerId: learnerId ?? "", questionId: input.questionId } };
  const card: StoredCard | null = learnerId ? await db.reviewCard.findUnique({ where, select: cardColumns }) : null;
  if (!card) throw new DomainError(404, "not_in_review", `question ${input.questionId} is not in your review schedule`);
  const next = rateCard(card, input.rating, now);
  await db.reviewCard.update({ where, data: next });
  const intervals = previewRatings(next, next.due);
  return {
    questionId: input.questionId,
    rating: input.rating,
    due: next.due.toISOString(),
    intervals: Object.fromEntries(Object.entries(intervals).map(([k, v]) => [k, v.toISOString()])),
  };
}

/**
 * When a question in the learner's schedule would come back for each rating given now: what the rating
 * buttons show before the learner chooses. Reads only.
 */
export async function previewReview(db: Db, learnerId: string | null, questionId: string, now: Date): Promise<PreviewResult> {
  const card: StoredCard | null = learnerId ? await db.reviewCard.findUnique({ where: { learnerId_questionId: { learnerId, questionId } }, select: cardColumns }) : null;
  if (!card) throw new DomainError(404, "not_in_review", `question ${questionId} is not in your review schedule`);
  const intervals = previewRatings(card, now);
  return {
    questionId,
    now: now.toISOString(),
    intervals: { again: intervals.again.toISOString(), hard: intervals.hard.toISOString(), good: intervals.good.toISOString(), easy: intervals.easy.toISOString() },
  };
}
