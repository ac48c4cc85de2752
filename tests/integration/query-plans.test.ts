import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "./app";
import { engines } from "./databases";

/**
 * The quiz's hot reads (lib/quiz/answer-store.ts, lib/quiz/attempt-store.ts) must reach the
 * learner's rows through indexes, never by reading a whole table of attempts, questions shown or
 * answers: those tables grow with every learner. A rewrite that reads the same rows can still lose
 * this (SQLite materialises a parenthesised join and scans it: 8 ms a call instead of 0.07), so the
 * plans are checked on tables of a realistic size, on both engines.
 */
const GROWING = ["Attempt", "AttemptQuestion", "Answer"];

const FILL: Record<(typeof engines)[number], string[]> = {
  sqlite: [
    `WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 200)
     INSERT INTO "Learner" ("id", "createdAt") SELECT 'plan-L' || n, 0 FROM g`,
    `WITH RECURSIVE k(m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM k WHERE m < 2)
     INSERT INTO "Attempt" ("id", "learnerId", "mode", "module", "locale", "feedback", "startedAt", "deadline", "submittedAt", "score", "total")
     SELECT l."id" || '-' || m, l."id", 'exam', NULL, 'en', 'end', 0, 9999999999999, NULL, NULL, 65 FROM "Learner" l, k WHERE l."id" LIKE 'plan-%'`,
    // One returning learner with 40 exams behind them: where PostgreSQL's custom plan for the history
    // turned to reading every question shown, of every learner (on a larger copy, 61,000 questions
    // shown: 7.9 ms a call against 0.9 for the guarded plan).
    `WITH RECURSIVE k(m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM k WHERE m < 38)
     INSERT INTO "Attempt" ("id", "learnerId", "mode", "module", "locale", "feedback", "startedAt", "deadline", "submittedAt", "score", "total")
     SELECT 'plan-L7-x' || m, 'plan-L7', 'exam', NULL, 'en', 'end', 0, 1, 1, 10, 65 FROM k`,
    `INSERT INTO "AttemptQuestion" ("id", "attemptId", "position", "questionVersionId", "optionOrder", "flagged")
     SELECT a."id" || '-' || v.rn, a."id", v.rn, v."id", '[]', 0 FROM "Attempt" a,
       (SELECT "id", row_number() OVER () AS rn FROM (SELECT MIN("id") AS "id" FROM "QuestionVersion" GROUP BY "questionId") LIMIT 65) v`,
    `INSERT INTO "Answer" ("id", "attemptQuestionId", "learnerId", "questionId", "response", "correct", "answeredAt", "timeMs")
     SELECT 'x-' || aq."id", aq."id", a."learnerId", qv."questionId", '{}', 1, 1000, 1000
     FROM "AttemptQuestion" aq JOIN "Attempt" a ON a."id" = aq."attemptId" JOIN "QuestionVersion" qv ON qv."id" = aq."questionVersionId" WHERE aq."position" <= 30`,
  ],
  postgresql: [
    `INSERT INTO "Learner" ("id", "createdAt") SELECT 'plan-L' || n, now() FROM generate_series(1, 200) n`,
    `INSERT INTO "Attempt" ("id", "learnerId", "mode", "module", "locale", "feedback", "startedAt", "deadline", "submittedAt", "score", "total")
     SELECT l."id" || '-' || m, l."id", 'exam', NULL, 'en', 'end', now(), now() + interval '2 hours', NULL, NULL, 65 FROM "Learner" l, generate_series(1, 2) m WHERE l."id" LIKE 'plan-%'`,
    `INSERT INTO "Attempt" ("id", "learnerId", "mode", "module", "locale", "feedback", "startedAt", "deadline", "submittedAt", "score", "total")
     SELECT 'plan-L7-x' || m, 'plan-L7', 'exam', NULL, 'en', 'end', now() - interval '3 hours', now() - interval '1 hour', now() - interval '2 hours', 10, 65 FROM generate_series(1, 38) m`,
    `INSERT INTO "AttemptQuestion" ("id", "attemptId", "position", "questionVersionId", "optionOrder", "flagged")
     SELECT a."id" || '-' || v.rn, a."id", v.rn, v."id", '[]', false FROM "Attempt" a,
       (SELECT "id", row_number() OVER () AS rn FROM (SELECT MIN("id") AS "id" FROM "QuestionVersion" GROUP BY "questionId") z LIMIT 65) v`,
    `INSERT INTO "Answer" ("id", "attemptQuestionId", "learnerId", "questionId", "response", "correct", "answeredAt", "timeMs")
     SELECT 'x-' || aq."id", aq."id", a."learnerId", qv."questionId", '{}', true, now(), 1000
     FROM "AttemptQuestion" aq JOIN "Attempt" a ON a."id" = aq."attemptId" JOIN "QuestionVersion" qv ON qv."id" = aq."questionVersionId" WHERE aq."position" <= 30`,
    `ANALYZE`,
  ],
};

type PgPlan = { "Node Type": string; "Relation Name"?: string; Plans?: PgPlan[] };
const pgScans = (plan: PgPlan): string[] => [...(plan["Node Type"] === "Seq Scan" ? [plan["Relation Name"]!] : []), ...(plan.Plans ?? []).flatMap(pgScans)];

/** The growing tables a statement's plan reads whole when prepared on a connection with these session options (the test's DATABASE_URL). */
async function pgScansOf(text: string, params: string[], { options, generic }: { options?: string; generic: boolean }): Promise<string[]> {
  const client = new Client({ connectionString: process.env.DATABASE_URL, options });
  await client.connect();
  try {
    await client.query(`SET plan_cache_mode = ${generic ? "force_generic_plan" : "force_custom_plan"}`);
    await client.query(`PREPARE s AS ${text}`);
    const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PgPlan }] }>(`EXPLAIN (FORMAT JSON) EXECUTE s(${params.map((p) => client.escapeLiteral(p)).join(", ")})`);
    if (process.env.SHOW_PLANS) console.log(JSON.stringify(rows[0]!["QUERY PLAN"][0].Plan, null, 1));
    return pgScans(rows[0]!["QUERY PLAN"][0].Plan).filter((table) => GROWING.includes(table));
  } finally {
    await client.end();
  }
}

describe.each(engines)("query plans of the quiz's hot reads on %s", (engine) => {
  let app: App;
  let attemptId: string;
  let questionId: string;
  beforeAll(async () => {
    app = await startApp(engine);
    for (const sql of FILL[engine]) await app.db.$executeRawUnsafe(sql);
    const item = await app.db.attemptQuestion.findFirstOrThrow({ where: { attemptId: "plan-L7-2", position: 40 }, include: { questionVersion: true } });
    attemptId = item.attemptId;
    questionId = item.questionVersion.questionId;
  });
  afterAll(async () => {
    await app.stop();
  });

  /** `grouped`: the query's own GROUP BY subqueries, whose few rows (one per question version) may be scanned. */
  async function tablesScanned(sql: (p: (n: number) => string) => string, params: unknown[], grouped: string[] = []): Promise<string[]> {
    if (engine === "sqlite") {
      // SQLite names each table by its alias: "SCAN aq" reads every row, "SEARCH aq USING INDEX …" does not.
      const rows = await app.db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql(() => "?")}`, ...params);
      expect(rows.length).toBeGreaterThan(0);
      if (process.env.SHOW_PLANS) console.log(rows.map((row) => row.detail));
      return rows
        .map((row) => row.detail)
        .filter((detail) => /^SCAN /.test(detail) || detail.startsWith("MATERIALIZE"))
        .filter((detail) => !grouped.includes(detail.replace(/^SCAN /, "")));
    }
    // As the app runs them: named, on connections with PREPARED_SESSION_OPTIONS, from a custom plan
    // (the first five calls) or the generic one PostgreSQL may keep after that.
    const { PREPARED_SESSION_OPTIONS } = await import("@/lib/db");
    const values = params.map((value) => (value instanceof Date ? value.toISOString() : String(value)));
    const custom = await pgScansOf(sql((n) => `$${n}`), values, { options: PREPARED_SESSION_OPTIONS, generic: false });
    const generic = await pgScansOf(sql((n) => `$${n}`), values, { options: PREPARED_SESSION_OPTIONS, generic: true });
    return [...custom, ...generic];
  }

  it("finds the answer context through indexes", async () => {
    const { CONTEXT_SQL, readAnswerContext } = await import("@/lib/quiz/answer-store");
    // SQLite binds "?" in order of appearance (the question id first); PostgreSQL by number.
    expect(await tablesScanned(CONTEXT_SQL, engine === "sqlite" ? [questionId, attemptId] : [attemptId, questionId])).toEqual([]);
    const context = await readAnswerContext(app.db, attemptId, questionId);
    expect(context?.item?.answer).toBeNull();
    expect(context?.lastAnsweredAt).not.toBeNull();
  });

  it("reads a learner's history through indexes", async () => {
    const { HISTORY_SQL, readLearnerHistory } = await import("@/lib/quiz/attempt-store");
    const now = new Date();
    expect(await tablesScanned(HISTORY_SQL, engine === "sqlite" ? [now.getTime(), "plan-L7"] : ["plan-L7", now], ["shown"])).toEqual([]);
    expect((await readLearnerHistory(app.db, "plan-L7", now)).seen.size).toBe(65);
  });
});

/**
 * On PostgreSQL these reads are named statements (lib/db.ts), which may switch to one generic plan
 * after five calls and keep it until the next ANALYZE. Made while the tables are tiny (a fresh
 * deployment, just after its first automatic ANALYZE), an unguarded generic plan reads them whole and
 * hashes them: fine for ten answers, ruinous for the hundred thousand that arrive before the next
 * ANALYZE. The connections that run them are told never to scan where an index serves
 * (PREPARED_SESSION_OPTIONS); this holds their generic plans to indexes at that worst moment.
 */
describe("generic plans of the named statements on PostgreSQL, with the tables still tiny", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp("postgresql");
    for (const sql of [
      `INSERT INTO "Learner" ("id", "createdAt") VALUES ('tiny-L', now())`,
      `INSERT INTO "Attempt" ("id", "learnerId", "mode", "module", "locale", "feedback", "startedAt", "deadline", "submittedAt", "score", "total")
       VALUES ('tiny-A', 'tiny-L', 'exam', NULL, 'en', 'end', now(), now() + interval '2 hours', NULL, NULL, 20)`,
      `INSERT INTO "AttemptQuestion" ("id", "attemptId", "position", "questionVersionId", "optionOrder", "flagged")
       SELECT 'tiny-' || v.rn, 'tiny-A', v.rn, v."id", '[]', false
       FROM (SELECT "id", row_number() OVER () AS rn FROM (SELECT MIN("id") AS "id" FROM "QuestionVersion" GROUP BY "questionId") z LIMIT 20) v`,
      `INSERT INTO "Answer" ("id", "attemptQuestionId", "learnerId", "questionId", "response", "correct", "answeredAt", "timeMs")
       SELECT 'x-' || aq."id", aq."id", 'tiny-L', qv."questionId", '{}', true, now(), 1000
       FROM "AttemptQuestion" aq JOIN "QuestionVersion" qv ON qv."id" = aq."questionVersionId" WHERE aq."position" <= 10`,
      `ANALYZE`,
    ])
      await app.db.$executeRawUnsafe(sql);
  });
  afterAll(async () => {
    await app.stop();
  });

  it("holds the answer read and the history read to indexes", async () => {
    const { PREPARED_SESSION_OPTIONS } = await import("@/lib/db");
    const { CONTEXT_PG } = await import("@/lib/quiz/answer-store");
    const { HISTORY_PG } = await import("@/lib/quiz/attempt-store");
    const item = await app.db.attemptQuestion.findFirstOrThrow({ where: { attemptId: "tiny-A", position: 15 }, include: { questionVersion: true } });
    const context = ["tiny-A", item.questionVersion.questionId];
    const history = ["tiny-L", new Date().toISOString()];
    // The precondition: without the guard, these tables are small enough for scans (else this test would prove nothing).
    expect(await pgScansOf(CONTEXT_PG.text, context, { generic: true })).not.toEqual([]);
    expect(await pgScansOf(CONTEXT_PG.text, context, { options: PREPARED_SESSION_OPTIONS, generic: true })).toEqual([]);
    expect(await pgScansOf(HISTORY_PG.text, history, { options: PREPARED_SESSION_OPTIONS, generic: true })).toEqual([]);
  });
});
