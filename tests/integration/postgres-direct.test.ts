import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Learner, startApp, type App } from "./app";

/**
 * The quiz's hot queries run straight on pg pools on PostgreSQL (lib/db.ts queryOnPostgres): named
 * statements on a pool of their own, plain text on Prisma's. They must store and read times exactly
 * as Prisma does — UTC in `timestamp(3)` columns, whatever the server's time zone — and a lost
 * connection must count as a database error.
 */
describe("queries straight on the PostgreSQL pools", () => {
  let app: App;
  const zone = process.env.TZ;
  beforeAll(async () => {
    app = await startApp("postgresql");
  });
  afterEach(() => {
    process.env.TZ = zone;
  });
  afterAll(async () => {
    await app.stop();
  });

  it("writes and reads times as Prisma does, in a time zone far from UTC", async () => {
    process.env.TZ = "Asia/Shanghai";
    const { readAnswerContext } = await import("@/lib/quiz/answer-store");
    const learner = new Learner(app);
    const started = await learner.start({ mode: "exam", count: 20 });
    expect(started.status).toBe(201);
    type Shown = { id: string; type: string; choose: number; options: { id: string }[] };
    const question = (started.json.questions as Shown[]).find((q) => q.type === "single" || q.type === "multiple")!;
    const questionId = question.id;
    const answered = await learner.answer(started.json.id, { questionId, optionIds: question.options.slice(0, question.choose).map((o) => o.id) });
    expect(answered.status).toBe(200);

    const stored = await app.db.attempt.findUniqueOrThrow({ where: { id: started.json.id } });
    expect(stored.startedAt.toISOString()).toBe(started.json.startedAt);
    expect(stored.deadline!.toISOString()).toBe(started.json.deadline);
    const answer = await app.db.answer.findFirstOrThrow({ where: { learnerId: learner.learnerId } });
    expect(Math.abs(answer.answeredAt.getTime() - Date.now())).toBeLessThan(60_000);

    const context = await readAnswerContext(app.db, started.json.id, questionId);
    expect(context?.startedAt.toISOString()).toBe(started.json.startedAt);
    expect(context?.deadline?.toISOString()).toBe(started.json.deadline);
    expect(context?.lastAnsweredAt?.getTime()).toBe(answer.answeredAt.getTime());
  });

  it("survives an idle pooled connection being cut before Prisma has connected, and reconnects", async () => {
    const { createDb } = await import("@/lib/db");
    const { readLearnerHistory } = await import("@/lib/quiz/attempt-store");
    const { Client } = await import("pg");
    // Named, so that only this client's connections are cut (not the app's, which the other tests use).
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set("application_name", "direct-pool-test");
    const fresh = createDb(url.toString());
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(" "));
    try {
      // Straight on the pools, before Prisma's adapter has connected and added its own listener.
      expect((await readLearnerHistory(fresh, "nobody", new Date())).seen.size).toBe(0);
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
      const { rowCount } = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'direct-pool-test'`, [database]);
      await admin.end();
      expect(rowCount).toBeGreaterThan(0);
      await expect.poll(() => logged.some((line) => String(line).includes("idle pooled connection failed"))).toBe(true);
      expect((await readLearnerHistory(fresh, "nobody", new Date())).seen.size).toBe(0);
    } finally {
      console.error = original;
      await fresh.$disconnect();
    }
  });

  it("runs named statements on connections whose planner never chooses a scan, and plain text on Prisma's", async () => {
    const { queryOnPostgres } = await import("@/lib/db");
    const show = "SELECT current_setting('enable_seqscan') AS value";
    const named = await queryOnPostgres<{ value: string }>(app.db, { name: "test.show-enable-seqscan", text: show }, []);
    expect(named.rows).toEqual([{ value: "off" }]);
    // The same name again runs the statement prepared on that connection (or prepares it on another).
    expect((await queryOnPostgres<{ value: string }>(app.db, { name: "test.show-enable-seqscan", text: show }, [])).rows).toEqual([{ value: "off" }]);
    expect((await queryOnPostgres<{ value: string }>(app.db, show, [])).rows).toEqual([{ value: "on" }]);
  });

  it("keeps the session options a DATABASE_URL gives, beside the named statements' own", async () => {
    const { createDb, queryOnPostgres } = await import("@/lib/db");
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set("options", "-c statement_timeout=4321");
    const db = createDb(url.toString());
    try {
      const show = "SELECT current_setting('enable_seqscan') AS scan, current_setting('statement_timeout') AS timeout";
      expect((await queryOnPostgres(db, { name: "test.show-both", text: show }, [])).rows).toEqual([{ scan: "off", timeout: "4321ms" }]);
      expect((await queryOnPostgres(db, show, [])).rows).toEqual([{ scan: "on", timeout: "4321ms" }]);
    } finally {
      await db.$disconnect();
    }
  });

  it("names a failed connection a database error, so the metric counts it", async () => {
    const { createDb } = await import("@/lib/db");
    const { readLearnerHistory } = await import("@/lib/quiz/attempt-store");
    const { countDatabaseError } = await import("@/lib/metrics");
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const unreachable = createDb("postgresql://postgres@127.0.0.1:1/nothing");
    const error = await readLearnerHistory(unreachable, "someone", new Date()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("DatabaseError");
    expect(countDatabaseError(error)).toBe(true);
    await unreachable.$disconnect();
  });
});
