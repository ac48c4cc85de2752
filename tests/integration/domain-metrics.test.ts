import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, Learner, startApp, type App } from "./app";
import { engines } from "./databases";

/** The course's own Prometheus counters move with what learners do, through the real route handlers. */
describe.each(engines)("domain metrics on %s", (engine) => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(engine);
  });
  afterAll(async () => {
    await app.stop();
  });

  async function value(name: string, labels: Record<string, string>): Promise<number> {
    const { getMetrics } = await import("@/lib/metrics");
    const metric = await getMetrics().registry.getSingleMetric(name)!.get();
    const match = metric.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l));
    return match?.value ?? 0;
  }
  async function snapshot() {
    return {
      practiceStarted: await value("eks_course_attempts_started_total", { mode: "practice" }),
      examStarted: await value("eks_course_attempts_started_total", { mode: "exam" }),
      practiceAnswers: await value("eks_course_answers_recorded_total", { mode: "practice" }),
      examAnswers: await value("eks_course_answers_recorded_total", { mode: "exam" }),
      examSubmitted: await value("eks_course_attempts_submitted_total", { mode: "exam", how: "submitted" }),
      examExpired: await value("eks_course_attempts_submitted_total", { mode: "exam", how: "expired" }),
      signInSuccess: await value("eks_course_sign_ins_total", { result: "success" }),
      signInFailure: await value("eks_course_sign_ins_total", { result: "failure" }),
      signInLocked: await value("eks_course_sign_ins_total", { result: "locked" }),
      accountLock: await value("eks_course_rate_limit_refusals_total", { scope: "account_lock" }),
      uniqueViolations: await value("eks_course_database_errors_total", { code: "P2002" }),
    };
  }

  it("counts attempts started and closed by mode, and answers stored (not identical re-sends)", async () => {
    const before = await snapshot();
    const learner = new Learner(app);
    const practice = (await learner.start({ mode: "practice", module: "autoscaling", count: 2, locale: "en" })).json;
    expect((await learner.answer(practice.id, answerFor(app, practice.questions[0], true))).status).toBe(200);
    // The same answer again is acknowledged but nothing new is stored.
    expect((await learner.answer(practice.id, answerFor(app, practice.questions[0], true))).status).toBe(200);

    const exam = (await learner.start({ mode: "exam", count: 3, locale: "en" })).json;
    expect((await learner.answer(exam.id, answerFor(app, exam.questions[0], false))).status).toBe(200);
    expect((await learner.answer(exam.id, answerFor(app, exam.questions[0], true))).status).toBe(200);
    expect((await learner.submit(exam.id)).status).toBe(200);
    // A refused request counts nothing.
    expect((await learner.start({ mode: "exam", count: 0, locale: "en" })).status).toBe(400);

    const after = await snapshot();
    expect(after.practiceStarted - before.practiceStarted).toBe(1);
    expect(after.examStarted - before.examStarted).toBe(1);
    expect(after.practiceAnswers - before.practiceAnswers).toBe(1);
    expect(after.examAnswers - before.examAnswers).toBe(2);
    expect(after.examSubmitted - before.examSubmitted).toBe(1);
    expect(after.examExpired - before.examExpired).toBe(0);
  });

  it("counts an exam closed at its deadline as expired", async () => {
    const before = await snapshot();
    const learner = new Learner(app);
    const exam = (await learner.start({ mode: "exam", count: 2, locale: "en", timeLimitSeconds: 60 })).json;
    const { getAttemptState } = await import("@/lib/quiz/attempts");
    const learnerId = learner.cookie.split("=")[1]!.split(".")[0]!;
    const state = await getAttemptState(app.db, learnerId, exam.id, new Date(new Date(exam.startedAt).getTime() + 90_000));
    expect(state.status).toBe("submitted");
    // Whoever touches it next finds it closed: counted once.
    await getAttemptState(app.db, learnerId, exam.id, new Date(new Date(exam.startedAt).getTime() + 120_000));
    const after = await snapshot();
    expect(after.examExpired - before.examExpired).toBe(1);
    expect(after.examSubmitted - before.examSubmitted).toBe(0);
  });

  it("counts sign-ins by result and the account lock as a rate-limit refusal", async () => {
    const before = await snapshot();
    const address = `metrics-${Date.now().toString(36)}@example.com`;
    const owner = new Learner(app);
    expect((await owner.signUp(address)).status).toBe(200);
    expect((await new Learner(app).signIn(address)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await new Learner(app).signIn(address, "not the password at all")).status).toBe(401);
    expect((await new Learner(app).signIn(address)).status).toBe(429);
    const after = await snapshot();
    expect(after.signInSuccess - before.signInSuccess).toBe(1);
    expect(after.signInFailure - before.signInFailure).toBe(5);
    expect(after.signInLocked - before.signInLocked).toBe(1);
    expect(after.accountLock - before.accountLock).toBe(1);
  });

  it("counts a database error that reaches the request boundary, by Prisma code", async () => {
    const before = await snapshot();
    const { handle } = await import("@/lib/http");
    const id = crypto.randomUUID();
    await app.db.learner.create({ data: { id } });
    const response = await handle(async () => {
      await app.db.learner.create({ data: { id } });
      return new Response(null, { status: 204 });
    });
    expect(response.status).toBe(500);
    const after = await snapshot();
    expect(after.uniqueViolations - before.uniqueViolations).toBe(1);
  });
});
