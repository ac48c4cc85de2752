import "server-only";
import type { Statement } from "better-sqlite3";
import { preparedOnSqlite, queryOnPostgres, type Db, type PgStatement } from "../db";
import { openExamSql } from "./counted";

/**
 * The database work of starting an attempt: what the draw needs to know about the learner (one
 * grouped read), then the attempt and its questions (65 rows for a full exam) in one write. On
 * SQLite both run as cached prepared statements on Prisma's own connection, the write in one
 * synchronous better-sqlite3 transaction: through the ORM, the same rows cost several times more
 * (one compiled query per row, and awaits between them while the write lock is held). On PostgreSQL
 * the write is one statement — a data-modifying CTE inserting the attempt and every question from
 * arrays — so one round trip, atomic without an explicit transaction; both run as named statements
 * straight on a connection pool (lib/db.ts). A new guest's learner row is written in the same
 * transaction or statement.
 */
export type NewAttempt = {
  id: string;
  learnerId: string;
  mode: string;
  module: string | null;
  locale: string;
  feedback: string;
  startedAt: Date;
  deadline: Date | null;
  total: number;
};
export type NewAttemptQuestion = { id: string; position: number; questionVersionId: string; optionOrder: string };

/** Every question a learner has been shown (`seen`) and those in one of their exams still open at `now` (`hidden`). */
export type LearnerHistory = { seen: Set<string>; hidden: Set<string> };

type HistoryRow = { questionId: string; open: unknown };

// One row per question the learner has ever been shown; `open` is 1 when an exam still open holds it.
// Grouped by version first (a question has few), so only those few rows meet QuestionVersion: joining
// each of the learner's shown questions to it before grouping cost PostgreSQL about twice the time
// (1.93–1.94 against 1.01–1.05 ms of execution in the same runs, for a learner with 40 exams behind them).
export const HISTORY_SQL = (p: (n: number) => string) => `
  SELECT qv."questionId" AS "questionId", MAX(shown."open") AS "open"
  FROM (
    SELECT aq."questionVersionId" AS "versionId", MAX(CASE WHEN ${openExamSql("a", p(2))} THEN 1 ELSE 0 END) AS "open"
    FROM "Attempt" a
    JOIN "AttemptQuestion" aq ON aq."attemptId" = a."id"
    WHERE a."learnerId" = ${p(1)}
    GROUP BY aq."questionVersionId"
  ) shown
  JOIN "QuestionVersion" qv ON qv."id" = shown."versionId"
  GROUP BY qv."questionId"`;

// The attempt and its questions from arrays, in one statement; with a new guest's row first when the
// attempt is its first record ($14, $15). Foreign keys are checked at the end of the statement, by
// which time the learner exists.
const INSERT_ATTEMPT_PG = (withLearner: boolean) => `
  WITH ${withLearner ? `learner AS (INSERT INTO "Learner" ("id", "createdAt") VALUES ($14, $15)),` : ""}
  attempt AS (
    INSERT INTO "Attempt" ("id", "learnerId", "mode", "module", "locale", "feedback", "startedAt", "deadline", "submittedAt", "score", "total")
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL, $9)
    RETURNING "id"
  )
  INSERT INTO "AttemptQuestion" ("id", "attemptId", "position", "questionVersionId", "optionOrder", "flagged")
  SELECT item."id", attempt."id", item."position", item."questionVersionId", item."optionOrder", false
  FROM attempt, unnest($10::text[], $11::int[], $12::text[], $13::text[]) AS item("id", "position", "questionVersionId", "optionOrder")`;
const INSERT_WITH_LEARNER_PG: PgStatement = { name: "quiz.attempt-insert-with-learner", text: INSERT_ATTEMPT_PG(true) };
const INSERT_ONLY_ATTEMPT_PG: PgStatement = { name: "quiz.attempt-insert", text: INSERT_ATTEMPT_PG(false) };
export const HISTORY_PG: PgStatement = { name: "quiz.history", text: HISTORY_SQL((n) => `$${n}`) };

type Prepared = { learner: Statement<unknown[]>; attempt: Statement<unknown[]>; item: Statement<unknown[]>; history: Statement<[number, string], HistoryRow> };
const prepared = new WeakMap<object, Prepared>();

function sqlite(db: Db) {
  // Dates as epoch milliseconds and booleans as 0/1: how Prisma's adapter stores them (timestampFormat "unixepoch-ms").
  return preparedOnSqlite<Prepared>(db, prepared, (handle) => {
    const statements: Prepared = {
      learner: handle.prepare(`INSERT INTO "Learner" ("id", "createdAt") VALUES (?, ?)`),
      attempt: handle.prepare(
        `INSERT INTO "Attempt" ("id", "learnerId", "mode", "module", "locale", "feedback", "startedAt", "deadline", "submittedAt", "score", "total") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)`,
      ),
      item: handle.prepare(`INSERT INTO "AttemptQuestion" ("id", "attemptId", "position", "questionVersionId", "optionOrder", "flagged") VALUES (?, ?, ?, ?, ?, 0)`),
      // better-sqlite3 binds anonymous "?" in order of appearance: `now` (in the SELECT) comes first.
      history: handle.prepare<[number, string], HistoryRow>(HISTORY_SQL(() => "?")),
    };
    statements.history.safeIntegers(false);
    return statements;
  });
}

const isSet = (value: unknown) => value === true || value === 1 || value === 1n;

/**
 * One grouped read instead of every question row of every past attempt (a learner with 40 exams
 * behind them has 2,600): its cost grows with the questions of the bank, not with the learner's history.
 */
export async function readLearnerHistory(db: Db, learnerId: string | null, now: Date): Promise<LearnerHistory> {
  const history: LearnerHistory = { seen: new Set(), hidden: new Set() };
  if (!learnerId) return history;
  const local = await sqlite(db);
  const rows = local ? local.statements.history.all(now.getTime(), learnerId) : (await queryOnPostgres<HistoryRow>(db, HISTORY_PG, [learnerId, now])).rows;
  for (const row of rows) {
    history.seen.add(row.questionId);
    if (isSet(row.open)) history.hidden.add(row.questionId);
  }
  return history;
}

/** A guest learner whose first record is this attempt: its row is written with it, or not at all. */
export type NewLearner = { id: string; createdAt: Date };

/** Writes the attempt and its questions (and `newLearner` first, when given) atomically. */
export async function insertAttempt(db: Db, attempt: NewAttempt, items: NewAttemptQuestion[], newLearner?: NewLearner): Promise<void> {
  const local = await sqlite(db);
  if (local) {
    const { handle, statements } = local;
    // Never nest inside a transaction Prisma has open on this connection: wait for it to end. From
    // here on everything is synchronous, so nothing can start one in between.
    while (handle.inTransaction) await new Promise((resolve) => setImmediate(resolve));
    handle.transaction(() => {
      if (newLearner) statements.learner.run(newLearner.id, newLearner.createdAt.getTime());
      statements.attempt.run(attempt.id, attempt.learnerId, attempt.mode, attempt.module, attempt.locale, attempt.feedback, attempt.startedAt.getTime(), attempt.deadline?.getTime() ?? null, attempt.total);
      for (const item of items) statements.item.run(item.id, attempt.id, item.position, item.questionVersionId, item.optionOrder);
    })();
    return;
  }
  const values = [
    attempt.id,
    attempt.learnerId,
    attempt.mode,
    attempt.module,
    attempt.locale,
    attempt.feedback,
    attempt.startedAt,
    attempt.deadline,
    attempt.total,
    items.map((item) => item.id),
    items.map((item) => item.position),
    items.map((item) => item.questionVersionId),
    items.map((item) => item.optionOrder),
  ];
  if (newLearner) await queryOnPostgres(db, INSERT_WITH_LEARNER_PG, [...values, newLearner.id, newLearner.createdAt]);
  else await queryOnPostgres(db, INSERT_ONLY_ATTEMPT_PG, values);
}
