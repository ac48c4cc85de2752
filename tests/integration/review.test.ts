import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, Learner, startApp, type App } from "./app";
import { engines } from "./databases";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe.each(engines)("spaced repetition on %s", (engine) => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(engine);
  });
  afterAll(async () => {
    await app.stop();
  });

  it("a missed question is due minutes later; rating it in review moves it out, further the better it was known", async () => {
    const learner = new Learner(app);
    const { json: practice } = await learner.start({ mode: "practice", questionIds: ["arch-003", "arch-004"] });
    const { recordAnswer } = await import("@/lib/quiz/answers");
    const learnerId = learner.cookie.split("=")[1]!.split(".")[0]!;
    const t0 = new Date(practice.startedAt);
    await recordAnswer(app.db, learnerId, practice.id, answerFor(app, practice.questions[0], false) as never, t0);
    await recordAnswer(app.db, learnerId, practice.id, answerFor(app, practice.questions[1], true) as never, t0);

    // Right answers never enter the schedule; the missed one is not due yet at the moment it was missed.
    const atMiss = (await learner.reviewQueue(t0)).json;
    expect(atMiss.count).toBe(0);
    const nextDue = new Date(atMiss.nextDue).getTime();
    expect(nextDue - t0.getTime()).toBeGreaterThan(0);
    expect(nextDue - t0.getTime()).toBeLessThanOrEqual(10 * MINUTE);

    const t1 = new Date(t0.getTime() + 15 * MINUTE);
    expect((await learner.reviewQueue(t1)).json).toMatchObject({ count: 1, questionIds: [practice.questions[0].id] });
    const review = await learner.send(app.routes.attempts.POST as never, { body: { mode: "review" }, headers: { "x-test-now": t1.toISOString() } });
    expect(review.status).toBe(201);
    expect(review.json).toMatchObject({ mode: "review", feedback: "instant" });
    expect(review.json.questions.map((q: { id: string }) => q.id)).toEqual([practice.questions[0].id]);

    // Known well: each "good" pushes it further, reaching days.
    let now = t1;
    let last = 0;
    for (let i = 0; i < 3; i++) {
      const rated = (await learner.rate({ questionId: practice.questions[0].id, rating: "good" }, now)).json;
      const gap = new Date(rated.due).getTime() - now.getTime();
      expect(gap).toBeGreaterThan(last);
      last = gap;
      expect((await learner.reviewQueue(now)).json.count).toBe(0);
      now = new Date(rated.due);
    }
    expect(last).toBeGreaterThanOrEqual(DAY);
    expect((await learner.reviewQueue(now)).json.count).toBe(1);
    // Forgotten: "again" brings it back within minutes.
    const again = (await learner.rate({ questionId: practice.questions[0].id, rating: "again" }, now)).json;
    expect(new Date(again.due).getTime() - now.getTime()).toBeLessThanOrEqual(10 * MINUTE);
  });

  it("refuses bad ratings, questions outside the schedule and other learners, changing nothing", async () => {
    const alice = new Learner(app);
    const { json: practice } = await alice.start({ mode: "practice", questionIds: ["elb-003"] });
    await alice.answer(practice.id, answerFor(app, practice.questions[0], false));
    await alice.reviewQueue();
    const before = await app.db.reviewCard.findMany({ orderBy: [{ learnerId: "asc" }, { questionId: "asc" }] });
    const bob = new Learner(app);
    await bob.start({ mode: "practice", module: "eks-distro", count: 1 });
    for (const [response, status, code] of [
      [await alice.rate({ questionId: "elb-003", rating: "perfect" }), 400, "validation_failed"],
      [await alice.rate({ questionId: "elb-004", rating: "good" }), 404, "not_in_review"],
      [await bob.rate({ questionId: "elb-003", rating: "good" }), 404, "not_in_review"],
      [await new Learner(app).rate({ questionId: "elb-003", rating: "good" }), 404, "not_in_review"],
    ] as const) {
      expect({ status: response.status, code: response.json.error.code }).toEqual({ status, code });
    }
    expect(await app.db.reviewCard.findMany({ orderBy: [{ learnerId: "asc" }, { questionId: "asc" }] })).toEqual(before);
    expect((await bob.reviewQueue()).json.count).toBe(0);
    expect((await bob.send(app.routes.attempts.POST as never, { body: { mode: "review" } })).json.error.code).toBe("no_questions");
  });
});
