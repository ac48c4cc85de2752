import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Learner, startApp, type App } from "./app";
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
});
