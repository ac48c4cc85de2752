import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, Learner, startApp, type App } from "./app";
import { engines } from "./databases";

/**
 * Starting an attempt answers with a state built from what it wrote (lib/quiz/attempts.ts
 * startAttempt, lib/quiz/attempt-store.ts), not read back: it must be exactly what reading it back gives.
 */
describe.each(engines)("starting an attempt on %s", (engine) => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(engine);
  });
  afterAll(async () => {
    await app.stop();
  });

  it.each([
    { mode: "exam", count: 65 },
    { mode: "practice", module: "architecture", count: 10, feedback: "instant" },
    { mode: "practice", module: "autoscaling", count: 5, feedback: "end" },
  ])("answers $mode with the state stored ($count questions)", async (request) => {
    const learner = new Learner(app);
    const started = await learner.start(request);
    expect(started.status).toBe(201);
    const stored = await learner.state(started.json.id);
    expect(stored.status).toBe(200);
    const { now: _a, ...fromStart } = started.json;
    const { now: _b, ...fromRead } = stored.json;
    expect(fromStart).toEqual(fromRead);
    expect(fromStart.questions).toHaveLength(request.count);
    expect(await app.db.attemptQuestion.count({ where: { attemptId: started.json.id } })).toBe(request.count);
    const attempt = await app.db.attempt.findUniqueOrThrow({ where: { id: started.json.id } });
    expect(attempt).toMatchObject({ total: request.count, submittedAt: null, score: null, mode: request.mode });
    expect(attempt.deadline === null).toBe(request.mode !== "exam");
  });

  it("writes a new guest's learner row with its first attempt, and a returning guest's attempt under it", async () => {
    const learner = new Learner(app);
    const first = await learner.start({ mode: "exam", count: 5 });
    expect(first.status).toBe(201);
    const row = await app.db.learner.findUniqueOrThrow({ where: { id: learner.learnerId } });
    expect(row.userId).toBeNull();
    expect(Math.abs(row.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await app.db.attempt.findUniqueOrThrow({ where: { id: first.json.id } })).toMatchObject({ learnerId: learner.learnerId });
    const again = await learner.start({ mode: "practice", module: "architecture", count: 3 });
    expect(again.status).toBe(201);
    expect(await app.db.attempt.count({ where: { learnerId: learner.learnerId } })).toBe(2);
    expect(await app.db.learner.count({ where: { id: learner.learnerId } })).toBe(1);
  });

  it("writes neither the new guest nor the attempt when the attempt cannot be stored", async () => {
    const { planAttempt, startAttempt } = await import("@/lib/quiz/attempts");
    const { createAttemptSchema } = await import("@/lib/quiz/inputs");
    const now = new Date();
    const plan = await planAttempt(app.db, null, createAttemptSchema.parse({ mode: "exam", count: 3, locale: "en" }), now);
    // A question version that does not exist: the last row breaks a foreign key, after the learner and attempt rows.
    const broken = { ...plan, items: plan.items.map((item, index) => (index === 2 ? { ...item, versionId: "no-such-version" } : item)) };
    const guest = { id: `atomic-${engine}-${Date.now()}`, createdAt: now };
    const learners = await app.db.learner.count();
    const attempts = await app.db.attempt.count();
    await expect(startAttempt(app.db, guest, broken, now)).rejects.toThrow();
    expect(await app.db.learner.count()).toBe(learners);
    expect(await app.db.attempt.count()).toBe(attempts);
    expect(await app.db.learner.findUnique({ where: { id: guest.id } })).toBeNull();
  });
});

/**
 * What an attempt start reads besides the request: the learner's history in one grouped query
 * (lib/quiz/attempt-store.ts readLearnerHistory) and the question pool kept in memory per sync
 * revision (lib/quiz/catalogue.ts). Each is held to the plain ORM reading it replaced.
 */
describe.each(engines)("what starting an attempt reads on %s", (engine) => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(engine);
  });
  afterAll(async () => {
    await app.stop();
  });


  it("reads the same seen and open-exam questions as the ORM's open-exam filter, at any moment", async () => {
    const { readLearnerHistory } = await import("@/lib/quiz/attempt-store");
    const { openExamWhere } = await import("@/lib/quiz/counted");
    const learner = new Learner(app);
    const t0 = new Date(Date.now() - 3 * 3600 * 1000);
    const start = async (body: unknown, now: Date) => {
      const response = await learner.send(app.routes.attempts.POST as never, { body, headers: at(now) });
      expect(response.status).toBe(201);
      return response.json as { id: string; deadline: string | null };
    };
    // An exam long expired, one submitted, one still open now, and a practice round.
    const expired = await start({ mode: "exam", count: 5 }, t0);
    const submitted = await start({ mode: "exam", count: 5 }, new Date());
    expect((await learner.submit(submitted.id)).status).toBe(200);
    const open = await start({ mode: "exam", count: 5 }, new Date());
    await start({ mode: "practice", module: "architecture", count: 3 }, new Date());
    const learnerId = learner.learnerId;
    const viaOrm = async (now: Date) => {
      const ids = async (where: object) =>
        new Set((await app.db.attemptQuestion.findMany({ where: { attempt: where }, select: { questionVersion: { select: { questionId: true } } } })).map((r) => r.questionVersion.questionId));
      return { seen: await ids({ learnerId }), hidden: await ids(openExamWhere(learnerId, now)) };
    };
    // Before the first deadline, between deadlines, exactly at the open exam's deadline, and after it.
    const moments = [new Date(t0.getTime() + 1000), new Date(), new Date(open.deadline!), new Date(new Date(open.deadline!).getTime() + 1000)];
    for (const now of moments) {
      const history = await readLearnerHistory(app.db, learnerId, now);
      const expected = await viaOrm(now);
      expect({ seen: [...history.seen].sort(), hidden: [...history.hidden].sort() }).toEqual({ seen: [...expected.seen].sort(), hidden: [...expected.hidden].sort() });
    }
    expect((await readLearnerHistory(app.db, learnerId, moments[1]!)).hidden.size).toBe(5);
    expect((await readLearnerHistory(app.db, learnerId, moments[0]!)).hidden.size).toBe(10);
    expect(expired.deadline).not.toBeNull();
    expect(await readLearnerHistory(app.db, null, new Date())).toEqual({ seen: new Set(), hidden: new Set() });
  });

  it("draws exams from the pool of the latest sync: a retired question never, a new version at once", async () => {
    const { syncQuestionBank } = await import("@/lib/quiz/sync");
    const { listCurrentQuestions } = await import("@/lib/quiz/catalogue");
    const before = await listCurrentQuestions(app.db);
    expect(await listCurrentQuestions(app.db)).toBe(before); // kept while the revision stands
    const retiredId = before[0]!.id;
    const edited = app.bank.find((q) => q.id === before[1]!.id)!;
    const revised = { ...edited, stem: { en: `${edited.stem.en} (revised)`, zh: `${edited.stem.zh}（修订）` } };
    const bank = app.bank.filter((q) => q.id !== retiredId).map((q) => (q.id === edited.id ? revised : q));
    try {
      await syncQuestionBank(app.db, bank);
      const after = await listCurrentQuestions(app.db);
      expect(after.map((q) => q.id)).not.toContain(retiredId);
      expect(after).toHaveLength(before.length - 1);
      const version = after.find((q) => q.id === edited.id)!;
      expect(version.versionId).not.toBe(before[1]!.versionId);
      expect(JSON.parse(version.version.body).stem.en).toBe(revised.stem.en);
      // Open exams never share a question, so one learner's exams end up drawing the whole pool.
      const learner = new Learner(app);
      const drawn: { id: string; stem: string }[] = [];
      while (drawn.length < after.length) {
        const exam = await learner.start({ mode: "exam", count: 65 });
        expect(exam.status).toBe(201);
        drawn.push(...(exam.json as { questions: { id: string; stem: string }[] }).questions);
      }
      expect(drawn.map((q) => q.id).sort()).toEqual(after.map((q) => q.id).sort());
      expect(drawn.find((q) => q.id === edited.id)?.stem).toBe(revised.stem.en);
    } finally {
      await syncQuestionBank(app.db, app.bank);
    }
    const restored = await listCurrentQuestions(app.db);
    expect(restored.map((q) => q.id)).toContain(retiredId);
  });
});
