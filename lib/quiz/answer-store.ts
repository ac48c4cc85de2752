import "server-only";
import type { Statement } from "better-sqlite3";
import { preparedOnSqlite, queryOnPostgres, type Db, type PgStatement } from "../db";

/**
 * Storage for the quiz's hottest path — one read and one insert per answer. On SQLite these run as
 * cached prepared statements on Prisma's own connection (the ORM's per-query overhead is several
 * times the query itself); on PostgreSQL, as named statements straight on a connection pool.
 * Everything else in the quiz uses the ORM.
 */
export type AnswerContext = {
  learnerId: string;
  mode: string;
  feedback: string;
  locale: string;
  deadline: Date | null;
  submittedAt: Date | null;
  startedAt: Date;
  /** the latest answer saved in this attempt so far (for time on item) */
  lastAnsweredAt: Date | null;
  item: null | {
    id: string;
    optionOrder: string;
    version: { id: string; body: string };
    module: string;
    answer: { response: string; correct: boolean } | null;
  };
};

export type NewAnswer = { id: string; attemptQuestionId: string; learnerId: string; questionId: string; response: string; correct: boolean; answeredAt: Date; timeMs: number | null };

type Row = {
  learnerId: string;
  mode: string;
  feedback: string;
  locale: string;
  deadline: unknown;
  submittedAt: unknown;
  startedAt: unknown;
  lastAnsweredAt: unknown;
  itemId: string | null;
  optionOrder: string | null;
  versionId: string | null;
  body: string | null;
  module: string | null;
  answerResponse: string | null;
  answerCorrect: unknown;
};

// One query: the attempt, the item for this question (if it is in the attempt) and any answer to it.
// For time on item, the attempt's latest answer: the learner's answers since the attempt started,
// newest first on their own index, down to the first that belongs to this attempt — usually the very
// first one. (A MAX over every question of the attempt took 65 lookups: the read cost 113–147 µs a call
// on SQLite with it, 28 without, 52–64 this way; on PostgreSQL 0.18–0.22 ms of execution, 0.08 this
// way.) CROSS JOIN keeps SQLite to that order; PostgreSQL picks it by cost. The module and the answer
// are scalar subqueries: fewer joins plan faster (0.34 against 0.47–0.67 ms at 120,000 answers).
// tests/integration/query-plans.test.ts holds both engines to index-only plans.
export const CONTEXT_SQL = (p: (n: number) => string) => `
  SELECT a."learnerId", a."mode", a."feedback", a."locale", a."deadline", a."submittedAt", a."startedAt",
         (SELECT x."answeredAt" FROM "Answer" x CROSS JOIN "AttemptQuestion" y
          WHERE x."learnerId" = a."learnerId" AND x."answeredAt" >= a."startedAt" AND y."id" = x."attemptQuestionId" AND y."attemptId" = a."id"
          ORDER BY x."answeredAt" DESC LIMIT 1) AS "lastAnsweredAt",
         aq."id" AS "itemId", aq."optionOrder", qv."id" AS "versionId", qv."body",
         (SELECT q."module" FROM "Question" q WHERE q."id" = qv."questionId") AS "module",
         (SELECT ans."response" FROM "Answer" ans WHERE ans."attemptQuestionId" = aq."id") AS "answerResponse",
         (SELECT ans."correct" FROM "Answer" ans WHERE ans."attemptQuestionId" = aq."id") AS "answerCorrect"
  FROM "Attempt" a
  LEFT JOIN "AttemptQuestion" aq ON aq."attemptId" = a."id"
    AND aq."questionVersionId" IN (SELECT v."id" FROM "QuestionVersion" v WHERE v."questionId" = ${p(2)})
  LEFT JOIN "QuestionVersion" qv ON qv."id" = aq."questionVersionId"
  WHERE a."id" = ${p(1)}`;

const INSERT_SQL = (p: (n: number) => string) => `
  INSERT INTO "Answer" ("id", "attemptQuestionId", "learnerId", "questionId", "response", "correct", "answeredAt", "timeMs")
  VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)})
  ON CONFLICT ("attemptQuestionId") DO NOTHING`;

// On PostgreSQL by name: planning the read cost more than running it (lib/db.ts).
export const CONTEXT_PG: PgStatement = { name: "quiz.answer-context", text: CONTEXT_SQL((n) => `$${n}`) };
const INSERT_PG: PgStatement = { name: "quiz.answer-insert", text: INSERT_SQL((n) => `$${n}`) };

// Raw rows differ by engine: SQLite gives epoch milliseconds and 0/1, PostgreSQL Date and boolean.
const toDate = (value: unknown): Date | null =>
  value === null || value === undefined ? null : value instanceof Date ? value : new Date(Number(value));
const toBool = (value: unknown) => value === true || value === 1 || value === 1n;

function toContext(row: Row | undefined): AnswerContext | null {
  if (!row) return null;
  const complete = row.itemId && row.optionOrder && row.versionId && row.body && row.module;
  return {
    learnerId: row.learnerId,
    mode: row.mode,
    feedback: row.feedback,
    locale: row.locale,
    deadline: toDate(row.deadline),
    submittedAt: toDate(row.submittedAt),
    startedAt: toDate(row.startedAt)!,
    lastAnsweredAt: toDate(row.lastAnsweredAt),
    item: complete
      ? {
          id: row.itemId!,
          optionOrder: row.optionOrder!,
          version: { id: row.versionId!, body: row.body! },
          module: row.module!,
          answer: row.answerResponse === null ? null : { response: row.answerResponse, correct: toBool(row.answerCorrect) },
        }
      : null,
  };
}

type Prepared = { context: Statement<[string, string], Row>; insert: Statement<unknown[]> };
const prepared = new WeakMap<object, Prepared>();

function sqlite(db: Db) {
  return preparedOnSqlite(db, prepared, (handle) => {
    const statements: Prepared = {
      // better-sqlite3 binds anonymous "?" in order of appearance (the question id comes first in the text).
      context: handle.prepare<[string, string], Row>(CONTEXT_SQL(() => "?")),
      insert: handle.prepare(INSERT_SQL(() => "?")),
    };
    statements.context.safeIntegers(false);
    return statements;
  });
}

export async function readAnswerContext(db: Db, attemptId: string, questionId: string): Promise<AnswerContext | null> {
  const local = await sqlite(db);
  if (local) return toContext(local.statements.context.get(questionId, attemptId));
  const result = await queryOnPostgres<Row>(db, CONTEXT_PG, [attemptId, questionId]);
  return toContext(result.rows[0]);
}

/** Inserts the first answer to an item; false when one already exists (a duplicate arrived first). */
export async function insertAnswer(db: Db, answer: NewAnswer): Promise<boolean> {
  const local = await sqlite(db);
  if (local) {
    // Never slip a write into a transaction Prisma has open on this connection (it could roll back).
    while (local.handle.inTransaction) await new Promise((resolve) => setImmediate(resolve));
    const { changes } = local.statements.insert.run(answer.id, answer.attemptQuestionId, answer.learnerId, answer.questionId, answer.response, answer.correct ? 1 : 0, answer.answeredAt.getTime(), answer.timeMs);
    return changes === 1;
  }
  const result = await queryOnPostgres(db, INSERT_PG, [answer.id, answer.attemptQuestionId, answer.learnerId, answer.questionId, answer.response, answer.correct, answer.answeredAt, answer.timeMs]);
  return result.rowCount === 1;
}
