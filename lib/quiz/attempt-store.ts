import "server-only";
import type { Statement } from "better-sqlite3";
import { preparedOnSqlite, type Db } from "../db";

/**
 * Writing a new attempt and its questions (65 rows for a full exam) in one transaction. On SQLite it
 * runs as cached prepared statements in one synchronous better-sqlite3 transaction on Prisma's own
 * connection: through the ORM, the same rows cost several times more (one compiled query per row,
 * and awaits between them while the write lock is held). On PostgreSQL it stays with Prisma, whose
 * createMany is already one multi-row INSERT.
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

type Prepared = { attempt: Statement<unknown[]>; item: Statement<unknown[]> };
const prepared = new WeakMap<object, Prepared>();

function sqlite(db: Db) {
  // Dates as epoch milliseconds and booleans as 0/1: how Prisma's adapter stores them (timestampFormat "unixepoch-ms").
  return preparedOnSqlite<Prepared>(db, prepared, (handle) => ({
    attempt: handle.prepare(
      `INSERT INTO "Attempt" ("id", "learnerId", "mode", "module", "locale", "feedback", "startedAt", "deadline", "submittedAt", "score", "total") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)`,
    ),
    item: handle.prepare(`INSERT INTO "AttemptQuestion" ("id", "attemptId", "position", "questionVersionId", "optionOrder", "flagged") VALUES (?, ?, ?, ?, ?, 0)`),
  }));
}

export async function insertAttempt(db: Db, attempt: NewAttempt, items: NewAttemptQuestion[]): Promise<void> {
  const local = await sqlite(db);
  if (local) {
    const { handle, statements } = local;
    // Never nest inside a transaction Prisma has open on this connection: wait for it to end. From
    // here on everything is synchronous, so nothing can start one in between.
    while (handle.inTransaction) await new Promise((resolve) => setImmediate(resolve));
    handle.transaction(() => {
      statements.attempt.run(attempt.id, attempt.learnerId, attempt.mode, attempt.module, attempt.locale, attempt.feedback, attempt.startedAt.getTime(), attempt.deadline?.getTime() ?? null, attempt.total);
      for (const item of items) statements.item.run(item.id, attempt.id, item.position, item.questionVersionId, item.optionOrder);
    })();
    return;
  }
  await db.$transaction([db.attempt.create({ data: attempt }), db.attemptQuestion.createMany({ data: items.map((item) => ({ ...item, attemptId: attempt.id })) })]);
}
