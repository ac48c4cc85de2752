import "server-only";
import type { Db } from "../db";
import { countedAnswerWhere } from "../quiz/counted";
import { readVersion } from "../quiz/catalogue";

/**
 * What instructors see first: how many people use the course, and which questions trip them up.
 * Answers in exams still open are left out, like everywhere else (lib/quiz/counted.ts).
 */
export async function getInstructorOverview(db: Db, now: Date) {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000);
  const [learners, accounts, attemptsThisWeek, answersThisWeek, missed] = await Promise.all([
    db.learner.count(),
    db.user.count(),
    db.attempt.count({ where: { startedAt: { gte: weekAgo } } }),
    db.answer.count({ where: { answeredAt: { gte: weekAgo }, ...countedAnswerWhere(now) } }),
    db.answer.groupBy({ by: ["questionId"], where: { correct: false, ...countedAnswerWhere(now) }, _count: { _all: true }, orderBy: { _count: { questionId: "desc" } }, take: 10 }),
  ]);
  const questions = await db.question.findMany({ where: { id: { in: missed.map((m) => m.questionId) } }, select: { id: true, module: true } });
  const moduleOf = new Map(questions.map((q) => [q.id, q.module]));
  return {
    learners,
    accounts,
    attemptsThisWeek,
    answersThisWeek,
    mostMissed: missed.map((row) => ({ questionId: row.questionId, module: moduleOf.get(row.questionId) ?? null, misses: row._count._all })),
  };
}

/** One question version as stored (the latest when `version` is not given), re-checked on the way out; null if none. */
export async function getQuestionVersion(db: Db, questionId: string, version?: number) {
  const row = await db.questionVersion.findFirst({
    where: { questionId, ...(version ? { version } : {}) },
    orderBy: { version: "desc" },
    select: { id: true, version: true, body: true, question: { select: { module: true, retiredAt: true, versions: { select: { version: true }, orderBy: { version: "desc" }, take: 1 } } } },
  });
  if (!row) return null;
  return { version: row.version, isCurrent: row.question.versions[0]?.version === row.version, retired: row.question.retiredAt !== null, question: readVersion(row, row.question.module) };
}
