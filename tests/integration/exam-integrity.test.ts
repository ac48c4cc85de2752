import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { answerFor, at, Learner, startApp, type App } from "./app";
import { engines } from "./databases";

/**
 * An exam reveals nothing before it is over: no page, counter or response tells a right answer from a
 * wrong one until the learner submits (or the deadline passes).
 */
describe.each(engines)("exam integrity on %s", (engine) => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(engine);
  });
  afterAll(async () => {
    await app.stop();
  });

  const later = () => new Date(Date.now() + 30 * 24 * 3600 * 1000);

  async function everythingVisible(learner: Learner, now: Date) {
    const { getDashboard } = await import("@/lib/dashboard/queries");
    const { getInstructorOverview } = await import("@/lib/instructor/queries");
    const progress = (await learner.send(app.routes.progress.GET as never, { headers: at(now) })).json;
    const review = (await learner.send(app.routes.review.GET as never, { headers: at(now) })).json;
    const dashboard = await getDashboard(app.db, learner.learnerId, "en", now);
    const overview = await getInstructorOverview(app.db, now);
    const missed = await learner.send(app.routes.attempts.POST as never, { body: { mode: "missed" }, headers: at(now) });
    return { progress, review, dashboard, overview, missed };
  }

  it("counts an open exam's answers nowhere, and everywhere once it is submitted", async () => {
    const learner = new Learner(app);
    const exam = (await learner.start({ mode: "exam", count: 5 })).json;
    const [q1, q2] = exam.questions;
    expect((await learner.answer(exam.id, answerFor(app, q1, false))).status).toBe(200);
    expect((await learner.answer(exam.id, answerFor(app, q2, true))).status).toBe(200);

    // still inside the exam's 10 minutes
    const during = await everythingVisible(learner, new Date(Date.now() + 60_000));
    expect(during.progress.modules.every((m: { answered: number; correct: number }) => m.answered === 0 && m.correct === 0)).toBe(true);
    expect(during.progress.missedCount).toBe(0);
    expect(during.review.count).toBe(0);
    expect(await app.db.reviewCard.count({ where: { learnerId: learner.learnerId } })).toBe(0);
    expect(during.dashboard.modules.every((m) => m.answered === 0 && m.strength === null)).toBe(true);
    expect(during.dashboard.reviewDue).toBe(0);
    expect(during.overview.mostMissed.map((m) => m.questionId)).not.toContain(q1.id);
    expect(during.missed.status).toBe(422);

    // No other attempt may show an open exam's question, so instant feedback cannot leak its key.
    const practice = await learner.start({ mode: "practice", questionIds: [q1.id] });
    expect(practice.status).toBe(409);
    expect(practice.json.error.code).toBe("exam_in_progress");
    const examIds = new Set(exam.questions.map((q: { id: string }) => q.id));
    for (const module of new Set(exam.questions.map((q: { module: string }) => q.module))) {
      const drawn = (await learner.start({ mode: "practice", module, count: 50 })).json;
      expect(drawn.questions.filter((q: { id: string }) => examIds.has(q.id))).toEqual([]);
    }

    expect((await learner.submit(exam.id)).status).toBe(200);
    const after = await everythingVisible(learner, later());
    const answered = after.progress.modules.reduce((n: number, m: { answered: number }) => n + m.answered, 0);
    expect(answered).toBe(2);
    expect(after.progress.missedCount).toBe(1);
    expect(after.review.questionIds).toContain(q1.id);
    expect(after.overview.mostMissed.map((m) => m.questionId)).toContain(q1.id);
    expect(after.missed.status).toBe(201);
  });

  it("draws and shuffles through the secure random source, never a seeded one", async () => {
    const random = await import("@/lib/quiz/random");
    const spy = vi.spyOn(random.secureRandom, "int");
    try {
      const exam = (await new Learner(app).start({ mode: "exam", count: 5 })).json;
      // at least one draw per question for the selection and one per option for each layout
      expect(spy.mock.calls.length).toBeGreaterThanOrEqual(exam.questions.length * 3);
    } finally {
      spy.mockRestore();
    }
  });

  it("answers the same bytes for a right and a wrong exam answer", async () => {
    const learner = new Learner(app);
    const exam = (await learner.start({ mode: "exam", count: 3 })).json;
    const q = exam.questions[0];
    const wrong = await learner.answer(exam.id, answerFor(app, q, false));
    const right = await learner.answer(exam.id, answerFor(app, q, true));
    const wrongAgain = await learner.answer(exam.id, answerFor(app, q, false));
    for (const r of [wrong, right, wrongAgain]) {
      expect(r.status).toBe(200);
      expect(r.text).toBe(JSON.stringify({ recorded: true, questionId: q.id }));
      expect([...r.headers.keys()].sort()).toEqual([...wrong.headers.keys()].sort());
    }
    // the state mid-exam holds the answer given, never its grade
    const state = (await learner.state(exam.id)).json;
    expect(state.responses[q.id].feedback).toBeUndefined();
    expect(state.result).toBeNull();
  });

  it("counts an exam once its deadline has passed, even unsubmitted", async () => {
    const learner = new Learner(app);
    const exam = (await learner.start({ mode: "exam", count: 2, timeLimitSeconds: 10 })).json;
    await learner.answer(exam.id, answerFor(app, exam.questions[0], false));
    const soon = await everythingVisible(learner, new Date(Date.now() + 1000));
    expect(soon.progress.missedCount).toBe(0);
    const past = await everythingVisible(learner, new Date(Date.now() + 60_000));
    expect(past.progress.missedCount).toBe(1);
    expect(past.review.count + (past.review.nextDue ? 1 : 0)).toBeGreaterThan(0);
  });

  it("exports an open exam without grades", async () => {
    const learner = new Learner(app);
    await learner.signUp(`export-${Date.now()}@example.com`);
    const exam = (await learner.start({ mode: "exam", count: 2 })).json;
    await learner.answer(exam.id, answerFor(app, exam.questions[0], false));
    const open = (await learner.exportData()).json.attempts.find((a: { id: string }) => a.id === exam.id);
    expect(open.score).toBeNull();
    expect(open.questions[0].answer.correct).toBeNull();
    await learner.submit(exam.id);
    const closed = (await learner.exportData()).json.attempts.find((a: { id: string }) => a.id === exam.id);
    expect(closed.questions[0].answer.correct).toBe(false);
  });

  it("writes nothing for a rejected start or lesson completion by a new visitor", async () => {
    const before = { learners: await app.db.learner.count(), attempts: await app.db.attempt.count(), completions: await app.db.lessonCompletion.count() };
    const visitor = new Learner(app);
    expect((await visitor.start({ mode: "practice", questionIds: ["nope-001"] })).status).toBe(400);
    expect((await visitor.start({ mode: "missed" })).status).toBe(422);
    expect((await visitor.start({ mode: "review" })).status).toBe(422);
    expect((await visitor.start({ mode: "practice", module: "no-such-module" })).status).toBe(400);
    expect((await visitor.complete({ module: "autoscaling", lesson: "nope", completed: true })).status).toBe(400);
    expect((await visitor.send(app.routes.bookmarks.POST as never, { body: { kind: "lesson", target: "autoscaling/vpa-and-hpa", bookmarked: false } })).status).toBe(200);
    expect(visitor.cookie).toBe("");
    expect({ learners: await app.db.learner.count(), attempts: await app.db.attempt.count(), completions: await app.db.lessonCompletion.count() }).toEqual(before);
  });
});
