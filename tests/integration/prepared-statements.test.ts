import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Learner, startApp, type App } from "./app";

/**
 * On PostgreSQL the quiz's hot raw queries are named statements (lib/db.ts preparedOnPostgres):
 * each connection parses and plans them once. Everything else stays unnamed, so a connection never
 * accumulates one statement per query shape the ORM generates.
 */
describe("prepared statements on postgresql", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp("postgresql");
  });
  afterAll(async () => {
    await app.stop();
  });

  it("prepares the answer, history and revision reads once per connection and nothing else", async () => {
    const { createDb } = await import("@/lib/db");
    const { readAnswerContext, insertAnswer } = await import("@/lib/quiz/answer-store");
    const { readLearnerHistory } = await import("@/lib/quiz/attempt-store");
    const { listCurrentQuestions } = await import("@/lib/quiz/catalogue");
    const learner = new Learner(app);
    const started = await learner.start({ mode: "exam" });
    expect(started.status).toBe(201);
    const attemptId: string = started.json.id;
    const questionId: string = started.json.questions[0].id;

    // A client of its own, used strictly one query at a time: the pool then opens a single
    // connection, and pg_prepared_statements (which lists the asking connection's) sees every call.
    const db = createDb(process.env.DATABASE_URL!);
    try {
      expect(await db.learner.count()).toBeGreaterThan(0);
      const contexts = [];
      for (let i = 0; i < 7; i++) contexts.push(await readAnswerContext(db, attemptId, questionId));
      expect(new Set(contexts.map((c) => JSON.stringify(c))).size).toBe(1);
      const item = contexts[0]!.item!;
      expect(item.answer).toBeNull();
      const answer = { attemptQuestionId: item.id, learnerId: learner.learnerId, questionId, response: "{}", correct: false, answeredAt: new Date(), timeMs: 1000 };
      expect(await insertAnswer(db, { id: crypto.randomUUID(), ...answer })).toBe(true);
      expect(await insertAnswer(db, { id: crypto.randomUUID(), ...answer })).toBe(false);
      expect((await readAnswerContext(db, attemptId, questionId))!.item!.answer).toEqual({ response: "{}", correct: false });
      expect((await readLearnerHistory(db, learner.learnerId, new Date())).hidden.has(questionId)).toBe(true);
      // The pool's revision is named; the pool itself, read once per revision, is not.
      expect((await listCurrentQuestions(db)).length).toBeGreaterThan(100);

      const statements = await db.$queryRawUnsafe<{ name: string; statement: string; generic_plans: bigint; custom_plans: bigint }[]>(
        `SELECT name, statement, generic_plans, custom_plans FROM pg_prepared_statements ORDER BY name`,
      );
      const calls = Object.fromEntries(statements.map((s) => [s.name.replace(/_[0-9a-f]{12}$/, ""), Number(s.generic_plans + s.custom_plans)]));
      // The ORM's count, the pool read and this very query are unnamed, so they are not listed.
      expect(calls).toEqual({ answer_context: 8, answer_insert: 2, learner_history: 1, pool_revision: 1 });
      for (const s of statements) expect(s.name).toMatch(/^[a-z_]+_[0-9a-f]{12}$/);
    } finally {
      await db.$disconnect();
    }
  });
});
