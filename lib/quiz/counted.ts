/**
 * An exam reveals nothing until it is over. Answers saved in a timed exam that is still open (not
 * submitted, deadline not yet passed) count nowhere — progress, scores, readiness, "missed", the review
 * schedule, instructor statistics, data export — so no other page can tell a right answer from a wrong
 * one before submission. Every query that reads answers for what they say filters with this.
 */
export function countedAnswerWhere(now: Date) {
  return { item: { attempt: openExamExcluded(now) } };
}

/** Attempts whose answers count at `now`: anything but an exam that is still open. */
export function openExamExcluded(now: Date) {
  return { OR: [{ mode: { not: "exam" } }, { submittedAt: { not: null } }, { deadline: { lte: now } }] };
}

/** The exams a learner has open at `now` (submitted ones and ones past their deadline are over). */
export function openExamWhere(learnerId: string, now: Date) {
  return { learnerId, mode: "exam", submittedAt: null, deadline: { gt: now } };
}

/**
 * `openExamWhere` as SQL, for the prepared read of a learner's history (lib/quiz/attempt-store.ts):
 * the same three conditions on the "Attempt" row aliased `alias`, with `now` bound at `nowParam`
 * (epoch milliseconds on SQLite, a timestamp on PostgreSQL). A NULL deadline is never open, as in
 * the ORM's `deadline: { gt: now }`. tests/integration/exam-integrity.test.ts holds the two to each other.
 */
export function openExamSql(alias: string, nowParam: string): string {
  return `(${alias}."mode" = 'exam' AND ${alias}."submittedAt" IS NULL AND ${alias}."deadline" > ${nowParam})`;
}

export function isOpenExam(attempt: { mode: string; submittedAt: Date | null; deadline: Date | null }, now: Date): boolean {
  return attempt.mode === "exam" && attempt.submittedAt === null && attempt.deadline !== null && attempt.deadline.getTime() > now.getTime();
}
