import "server-only";
import type { Db } from "../db";
import { countedAnswerWhere } from "./counted";

export type LatestAnswer = { questionId: string; module: string; correct: boolean; answeredAt: Date };

/**
 * Each question's latest counted answer by this learner (answers in an exam still open at `now` do
 * not count). "Missed", the review schedule and progress scores all judge a question by this one
 * answer, so they share this one query.
 */
export async function listLatestAnswers(db: Db, learnerId: string, now: Date = new Date()): Promise<LatestAnswer[]> {
  const answers = await db.answer.findMany({
    where: { learnerId, ...countedAnswerWhere(now) },
    select: { questionId: true, correct: true, answeredAt: true, item: { select: { questionVersion: { select: { question: { select: { module: true } } } } } } },
    orderBy: [{ answeredAt: "desc" }, { id: "asc" }],
  });
  const latest = new Map<string, LatestAnswer>();
  for (const a of answers) {
    if (!latest.has(a.questionId)) latest.set(a.questionId, { questionId: a.questionId, module: a.item.questionVersion.question.module, correct: a.correct, answeredAt: a.answeredAt });
  }
  return [...latest.values()];
}
