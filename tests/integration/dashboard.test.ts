import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, Learner, startApp, type App } from "./app";
import { engines } from "./databases";

type Handler = Parameters<Learner["send"]>[0];
const DAY = 24 * 60 * 60 * 1000;
const idOf = (learner: Learner) => learner.cookie.split("=")[1]!.split(".")[0]!;

describe.each(engines)("dashboard queries on %s", (engine) => {
  let app: App;
  let getDashboard: typeof import("@/lib/dashboard/queries").getDashboard;
  let recordAnswer: typeof import("@/lib/quiz/answers").recordAnswer;

  beforeAll(async () => {
    app = await startApp(engine);
    ({ getDashboard } = await import("@/lib/dashboard/queries"));
    ({ recordAnswer } = await import("@/lib/quiz/answers"));
  });
  afterAll(async () => {
    await app.stop();
  });

  /** Starts a practice of these questions at `at`, answers them (right or wrong) and optionally submits. */
  async function practise(learner: Learner, ids: string[], right: boolean[], at: Date, submit = true) {
    const { json: attempt } = await learner.send(app.routes.attempts.POST as Handler, { body: { mode: "practice", questionIds: ids }, headers: { "x-test-now": at.toISOString() } });
    for (const [i, q] of attempt.questions.entries()) await recordAnswer(app.db, idOf(learner), attempt.id, answerFor(app, q, right[i]!) as never, at);
    if (submit) await app.db.attempt.update({ where: { id: attempt.id }, data: { submittedAt: at, score: right.filter(Boolean).length } });
    return attempt.id as string;
  }

  it("is empty, with the first lesson to start, for a visitor and for a learner who has done nothing", async () => {
    const now = new Date();
    for (const dashboard of [await getDashboard(app.db, null, "en", now), await getDashboard(app.db, "no-such-learner", "zh", now)]) {
      expect(dashboard.active).toBe(false);
      expect(dashboard.history).toEqual([]);
      expect(dashboard.recent).toEqual([]);
      expect(dashboard.suggestion).toBeNull();
      expect(dashboard.overall.probability).toBeNull();
      expect(dashboard.modules.every((m) => m.readiness.probability === null && m.strength === null)).toBe(true);
      expect(dashboard.continueTarget).toEqual({ kind: "lesson", module: dashboard.outline[0]!.slug, lesson: dashboard.outline[0]!.lessons[0]!.slug, started: false });
      expect(dashboard.totals.lessonsCompleted).toBe(0);
      expect(dashboard.totals.lessonsTotal).toBe(dashboard.outline.reduce((n, m) => n + m.lessons.length, 0));
    }
  });

  it("shows progress, history, strength, readiness, next steps and bookmarks of this learner only", async () => {
    const alice = new Learner(app);
    const now = new Date();
    // Architecture: 5 of 6 right a week ago; load balancing: 1 of 5 right today.
    const arch = ["arch-001", "arch-002", "arch-003", "arch-004", "arch-005", "arch-006"];
    const elb = ["elb-001", "elb-002", "elb-003", "elb-004", "elb-005"];
    const first = await practise(alice, arch, [true, true, true, true, true, false], new Date(now.getTime() - 7 * DAY));
    const second = await practise(alice, elb, [true, false, false, false, false], new Date(now.getTime() - DAY));
    await alice.complete({ module: "architecture", lesson: "control-plane", completed: true });
    for (const body of [
      { kind: "lesson", target: "load-balancing/elb-with-eks", bookmarked: true },
      { kind: "question", target: "elb-002", bookmarked: true },
    ]) {
      expect((await alice.send(app.routes.bookmarks.POST as unknown as Handler, { body })).status).toBe(200);
    }

    const d = await getDashboard(app.db, idOf(alice), "en", now);
    expect(d.active).toBe(true);
    expect(d.totals).toMatchObject({ lessonsCompleted: 1, answered: 11, correct: 6 });
    expect(d.history.map((p) => [p.id, p.percent, p.scaledEstimate])).toEqual([
      [first, 83, null],
      [second, 20, null],
    ]);
    expect(d.recent.map((p) => p.id)).toEqual([second, first]);

    const archRow = d.modules.find((m) => m.slug === "architecture")!;
    const elbRow = d.modules.find((m) => m.slug === "load-balancing")!;
    expect(archRow).toMatchObject({ lessonsCompleted: 1, answered: 6, right: 5 });
    expect(archRow.strength).toBeCloseTo(5 / 6, 10); // same age: weights cancel
    expect(elbRow.strength).toBeCloseTo(1 / 5, 10);
    expect(archRow.readiness.probability).toBeGreaterThan(elbRow.readiness.probability!);
    expect(d.modules.find((m) => m.slug === "autoscaling")!.readiness.probability).toBeNull();
    // Architecture (20%) and load balancing (15%) cover 35% of the exam: not enough for an overall number.
    expect(d.overall.coverage).toBeCloseTo(0.35, 10);
    expect(d.overall.probability).toBeNull();

    // Weakest: load balancing; its first lesson is next. Wrong answers are due for review.
    expect(d.suggestion).toMatchObject({ module: "load-balancing", lesson: d.outline.find((m) => m.slug === "load-balancing")!.lessons[0]!.slug });
    expect(d.reviewDue).toBe(5);
    expect(d.suggestion!.reviewDue).toBe(5);
    // Continue after the last completed lesson.
    const archLessons = d.outline.find((m) => m.slug === "architecture")!.lessons.map((l) => l.slug);
    expect(d.continueTarget).toEqual({ kind: "lesson", module: "architecture", lesson: archLessons[archLessons.indexOf("control-plane") + 1], started: true });

    expect(d.bookmarks.lessons).toEqual([expect.objectContaining({ module: "load-balancing", lesson: "elb-with-eks", href: "/en/learn/load-balancing/elb-with-eks" })]);
    expect(d.bookmarks.questions).toEqual([{ id: "elb-002", module: "load-balancing", moduleTitle: expect.any(String), stem: app.bank.find((q) => q.id === "elb-002")!.stem.en }]);
    const zh = await getDashboard(app.db, idOf(alice), "zh", now);
    expect(zh.bookmarks.questions[0]!.stem).toBe(app.bank.find((q) => q.id === "elb-002")!.stem.zh);

    // Bob sees none of it.
    const bob = new Learner(app);
    await bob.complete({ module: "what-is-eks", lesson: "managed-kubernetes", completed: true });
    const b = await getDashboard(app.db, idOf(bob), "en", now);
    expect(b.totals).toMatchObject({ lessonsCompleted: 1, answered: 0 });
    expect(b.history).toEqual([]);
    expect(b.bookmarks).toEqual({ lessons: [], questions: [] });
    expect(b.reviewDue).toBe(0);
  });

  it("continues an unfinished attempt; closes an exam past its deadline into the history with its scaled estimate", async () => {
    const carol = new Learner(app);
    const start = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const exam = await carol.send(app.routes.attempts.POST as Handler, { body: { mode: "exam", count: 2, timeLimitSeconds: 60 }, headers: { "x-test-now": start.toISOString() } });
    await recordAnswer(app.db, idOf(carol), exam.json.id, answerFor(app, exam.json.questions[0], true) as never, start);
    const open = await practise(carol, ["scale-001"], [true], new Date(), false);

    const d = await getDashboard(app.db, idOf(carol), "en", new Date());
    expect(d.continueTarget).toEqual({ kind: "attempt", attemptId: open, mode: "practice", module: null });
    expect(d.history).toEqual([expect.objectContaining({ id: exam.json.id, mode: "exam", score: 1, total: 2, percent: 50, scaledEstimate: null })]);
    const stored = await app.db.attempt.findUniqueOrThrow({ where: { id: exam.json.id } });
    expect(stored.submittedAt?.getTime()).toBe(start.getTime() + 60_000);

    // Once the open practice is submitted, the next lesson is the way on again.
    await app.db.attempt.update({ where: { id: open }, data: { submittedAt: new Date(), score: 1 } });
    expect((await getDashboard(app.db, idOf(carol), "en", new Date())).continueTarget.kind).toBe("lesson");
  });
});
