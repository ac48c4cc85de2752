import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicQ } from "../fixtures/answers";
import { answerFor, Learner, startApp, type App } from "./app";
import { engines } from "./databases";

describe.each(engines)("quiz API on %s", (engine) => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(engine);
  });
  afterAll(async () => {
    await app.stop();
  });

  const counts = async () => ({
    learners: await app.db.learner.count(),
    attempts: await app.db.attempt.count(),
    answers: await app.db.answer.count(),
    flagged: await app.db.attemptQuestion.count({ where: { flagged: true } }),
  });

  /** Nothing an unanswered question sends may reveal its answer. */
  function expectNoAnswerLeak(text: string, questionIds: string[]) {
    expect(text).not.toMatch(/"correct|"explanation|"feedback":\{/);
    for (const id of questionIds) {
      const q = app.bank.find((b) => b.id === id)!;
      for (const o of q.options) {
        expect(text).not.toContain(JSON.stringify(o.explanation.en).slice(1, -1));
        expect(text).not.toContain(JSON.stringify(o.explanation.zh).slice(1, -1));
      }
    }
  }

  it("practice: a guest starts an attempt, answers with instant feedback, and submits", async () => {
    const learner = new Learner(app);
    const created = await learner.start({ mode: "practice", module: "autoscaling", count: 5, locale: "zh" });
    expect(created.status).toBe(201);
    expect(learner.cookie).toMatch(/^eks_learner=/);
    const attempt = created.json;
    expect(attempt).toMatchObject({ mode: "practice", module: "autoscaling", locale: "zh", feedback: "instant", status: "active", deadline: null });
    expect(attempt.questions).toHaveLength(5);
    expect(new Set(attempt.questions.map((q: { id: string }) => q.id)).size).toBe(5);
    for (const q of attempt.questions) expect(q).toEqual(expect.objectContaining({ id: expect.any(String), type: expect.any(String), stem: expect.any(String), choose: expect.any(Number) }));
    expectNoAnswerLeak(created.text, attempt.questions.map((q: { id: string }) => q.id));

    const [first, second] = attempt.questions;
    const right = await learner.answer(attempt.id, answerFor(app, first, true, "zh"));
    expect(right.status).toBe(200);
    expect(right.json.feedback.correct).toBe(true);
    expect(Object.keys(right.json.feedback.explanations).sort()).toEqual(first.options.map((o: { id: string }) => o.id).sort());
    expect(right.json.feedback.source).toMatch(/^https:\/\//);

    const wrong = await learner.answer(attempt.id, answerFor(app, second, false, "zh"));
    expect(wrong.json.feedback.correct).toBe(false);

    // The state shows feedback only for answered questions.
    const state = await learner.state(attempt.id);
    expect(state.json.responses[first.id].feedback.correct).toBe(true);
    expect(state.json.responses[attempt.questions[2].id]).toEqual({ answer: null, flagged: false });
    expectNoAnswerLeak(JSON.stringify(attempt.questions.slice(2).map((q: { id: string }) => state.json.responses[q.id])), attempt.questions.slice(2).map((q: { id: string }) => q.id));

    const submitted = await learner.submit(attempt.id);
    expect(submitted.status).toBe(200);
    expect(submitted.json.result).toMatchObject({ correct: 1, total: 5, percent: 20, passLine: 720 });
    expect(submitted.json.result.byModule).toEqual([{ module: "autoscaling", title: "自动扩缩容", correct: 1, total: 5 }].map((m) => ({ ...m, title: expect.any(String) })));
    for (const q of attempt.questions) expect(submitted.json.responses[q.id].feedback).toBeDefined();
  });

  it("records the same answer once, and keeps the first answer after instant feedback", async () => {
    const learner = new Learner(app);
    const { json: attempt } = await learner.start({ mode: "practice", module: "architecture", count: 2 });
    const q = attempt.questions[0];
    const body = answerFor(app, q, false);
    const before = await counts();
    expect((await learner.answer(attempt.id, body)).status).toBe(200);
    expect((await learner.answer(attempt.id, body)).status).toBe(200);
    expect((await counts()).answers).toBe(before.answers + 1);
    const change = await learner.answer(attempt.id, answerFor(app, q, true));
    expect(change.status).toBe(409);
    expect(change.json.error.code).toBe("already_answered");
    const stored = await app.db.answer.findFirstOrThrow({ where: { questionId: q.id, item: { attemptId: attempt.id } } });
    expect(stored.correct).toBe(false);
  });

  it("times each first answer from the learner's previous answer in the same attempt, even with another attempt in between", async () => {
    const learner = new Learner(app);
    const first = await learner.start({ mode: "practice", module: "architecture", count: 3, feedback: "end" });
    const other = await learner.start({ mode: "practice", module: "autoscaling", count: 2, feedback: "end" });
    expect([first.status, other.status]).toEqual([201, 201]);
    const answer = async (attempt: { id: string; questions: PublicQ[] }, index: number) => {
      const q = attempt.questions[index]!;
      expect((await learner.answer(attempt.id, answerFor(app, q, true))).status).toBe(200);
      return app.db.answer.findFirstOrThrow({ where: { learnerId: learner.learnerId, questionId: q.id, item: { attemptId: attempt.id } } });
    };
    const a1 = await answer(first.json, 0);
    const b1 = await answer(other.json, 0);
    const a2 = await answer(first.json, 1);
    const b2 = await answer(other.json, 1);
    const startedAt = (id: string) => app.db.attempt.findUniqueOrThrow({ where: { id } }).then((a) => a.startedAt.getTime());
    expect(a1.timeMs).toBe(a1.answeredAt.getTime() - (await startedAt(first.json.id)));
    expect(b1.timeMs).toBe(b1.answeredAt.getTime() - (await startedAt(other.json.id)));
    // From the same attempt's previous answer, not from the other attempt's answer in between.
    expect(a2.timeMs).toBe(a2.answeredAt.getTime() - a1.answeredAt.getTime());
    expect(b2.timeMs).toBe(b2.answeredAt.getTime() - b1.answeredAt.getTime());
    // Changing an answer later moves its time, and the next first answer counts from there.
    const changed = first.json.questions[0]!;
    expect((await learner.answer(first.json.id, answerFor(app, changed, false))).status).toBe(200);
    const moved = await app.db.answer.findUniqueOrThrow({ where: { id: a1.id } });
    const a3 = await answer(first.json, 2);
    expect(a3.timeMs).toBe(a3.answeredAt.getTime() - Math.max(moved.answeredAt.getTime(), a2.answeredAt.getTime()));
  });

  it("exam: weighted draw, acknowledgements only, flags, no feedback until submitted", async () => {
    const learner = new Learner(app);
    const created = await learner.start({ mode: "exam", count: 20 });
    expect(created.status).toBe(201);
    const exam = created.json;
    expect(exam.feedback).toBe("end");
    expect(new Date(exam.deadline).getTime() - new Date(exam.startedAt).getTime()).toBe(20 * 120_000);
    expect(new Set(exam.questions.map((q: { module: string }) => q.module)).size).toBeGreaterThanOrEqual(6);
    expectNoAnswerLeak(created.text, exam.questions.map((q: { id: string }) => q.id));

    const ack = await learner.answer(exam.id, answerFor(app, exam.questions[0], true));
    expect(ack.json).toEqual({ recorded: true, questionId: exam.questions[0].id });
    // Exams allow changing an answer until submission.
    expect((await learner.answer(exam.id, answerFor(app, exam.questions[0], false))).status).toBe(200);
    expect((await learner.answer(exam.id, answerFor(app, exam.questions[0], true))).status).toBe(200);
    expect((await learner.flag(exam.id, { questionId: exam.questions[1].id, flagged: true })).json).toEqual({ questionId: exam.questions[1].id, flagged: true });

    const state = await learner.state(exam.id);
    expect(state.json.responses[exam.questions[1].id].flagged).toBe(true);
    expect(state.json.responses[exam.questions[0].id].answer).toEqual(answerFor(app, exam.questions[0], true).optionIds ? { optionIds: (answerFor(app, exam.questions[0], true) as { optionIds: string[] }).optionIds } : expect.anything());
    expectNoAnswerLeak(state.text, exam.questions.map((q: { id: string }) => q.id));

    const submitted = await learner.submit(exam.id);
    expect(submitted.json.result).toMatchObject({ correct: 1, total: 20 });
    expect(submitted.json.result.scaledEstimate).toBeGreaterThanOrEqual(100);
    expect(submitted.json.result.byModule.reduce((n: number, m: { total: number }) => n + m.total, 0)).toBe(20);

    const before = await counts();
    expect((await learner.submit(exam.id)).json.error.code).toBe("already_submitted");
    expect((await learner.answer(exam.id, answerFor(app, exam.questions[2], true))).json.error.code).toBe("already_submitted");
    expect(await counts()).toEqual(before);
  });

  it("exam deadline: answers after it are refused and the attempt is submitted at the deadline (injected clock)", async () => {
    const learner = new Learner(app);
    const { json: exam } = await learner.start({ mode: "exam", count: 3, timeLimitSeconds: 60 });
    const { recordAnswer } = await import("@/lib/quiz/answers");
    const { getAttemptState } = await import("@/lib/quiz/attempts");
    const learnerId = learner.cookie.split("=")[1]!.split(".")[0]!;
    const start = new Date(exam.startedAt).getTime();
    await recordAnswer(app.db, learnerId, exam.id, answerFor(app, exam.questions[0], true) as never, new Date(start + 30_000));
    await expect(recordAnswer(app.db, learnerId, exam.id, answerFor(app, exam.questions[1], true) as never, new Date(start + 60_000))).rejects.toMatchObject({ status: 409, code: "deadline_passed" });
    const state = await getAttemptState(app.db, learnerId, exam.id, new Date(start + 90_000));
    expect(state.status).toBe("submitted");
    expect(state.submittedAt).toBe(exam.deadline);
    expect(state.result).toMatchObject({ correct: 1, total: 3 });
    expect(await app.db.answer.count({ where: { item: { attemptId: exam.id } } })).toBe(1);
  });

  it("one learner can never read or change another's attempt", async () => {
    const alice = new Learner(app);
    const bob = new Learner(app);
    const { json: attempt } = await alice.start({ mode: "practice", module: "eks-distro", count: 2 });
    await bob.start({ mode: "practice", module: "eks-distro", count: 1 });
    const before = await counts();
    for (const response of [
      await bob.state(attempt.id),
      await bob.answer(attempt.id, answerFor(app, attempt.questions[0], true)),
      await bob.flag(attempt.id, { questionId: attempt.questions[0].id, flagged: true }),
      await bob.submit(attempt.id),
      await new Learner(app).state(attempt.id),
    ]) {
      expect(response.status).toBe(404);
      expect(response.json.error.code).toBe("not_found");
    }
    // A forged signature is no identity at all; a cookie this app could never have written is a 400.
    const aliceId = alice.cookie.split("=")[1]!.split(".")[0];
    const mallory = new Learner(app);
    mallory.cookie = `eks_learner=${aliceId}.${"A".repeat(43)}`;
    expect((await mallory.state(attempt.id)).status).toBe(404);
    mallory.cookie = `eks_learner=${aliceId}.forged`;
    const malformed = await mallory.state(attempt.id);
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe("invalid_cookie");
    expect(await counts()).toEqual(before);
  });

  it("refuses every kind of bad input with a clear error and writes nothing", async () => {
    const learner = new Learner(app);
    // Single-choice questions only: three options for one of them must be refused. (A random draw
    // could hold no single-choice question, and three options are a valid answer to a "choose 3".)
    const singles = app.bank.filter((q) => q.module === "load-balancing" && q.type === "single").map((q) => q.id);
    const { json: attempt } = await learner.start({ mode: "practice", questionIds: singles.slice(0, 3), feedback: "end" });
    const [q1, q2] = attempt.questions;
    const other = q1;
    const before = await counts();
    const cases: [Promise<{ status: number; json: { error: { code: string; message: string } } }>, number, string][] = [
      [learner.send(app.routes.attempts.POST as never, { raw: "{not json" }), 400, "invalid_json"],
      [learner.send(app.routes.attempts.POST as never, { raw: JSON.stringify({ mode: "practice", module: "autoscaling" }), headers: { "content-type": "text/plain" } }), 415, "unsupported_media_type"],
      [learner.send(app.routes.attempts.POST as never, { raw: JSON.stringify({ mode: "exam", pad: "x".repeat(20_000) }) }), 413, "payload_too_large"],
      [learner.start({ mode: "quiz" }), 400, "validation_failed"],
      [learner.start({ mode: "practice" }), 400, "validation_failed"],
      [learner.start({ mode: "practice", module: "no-such-module" }), 400, "unknown_module"],
      [learner.start({ mode: "practice", questionIds: ["nope-001"] }), 400, "unknown_question"],
      [learner.start({ mode: "exam", count: 500 }), 400, "validation_failed"],
      [learner.start({ mode: "exam", timeLimitSeconds: 1 }), 400, "validation_failed"],
      [learner.start({ mode: "practice", module: "autoscaling", extra: true }), 400, "validation_failed"],
      [learner.start({ mode: "missed" }), 422, "no_questions"],
      [learner.send(app.routes.attempts.POST as never, { body: { mode: "exam" }, headers: { origin: "https://evil.example" } }), 403, "cross_origin"],
      [learner.state("00000000-0000-0000-0000-000000000000"), 404, "not_found"],
      [learner.answer("00000000-0000-0000-0000-000000000000", answerFor(app, q1, true)), 404, "not_found"],
      [learner.answer(attempt.id, { questionId: "arch-001", optionIds: ["o1"] }), 400, "unknown_question"],
      [learner.answer(attempt.id, { questionId: other.id, optionIds: ["o99"] }), 400, "invalid_answer"],
      [learner.answer(attempt.id, { questionId: other.id, optionIds: ["o1", "o2", "o3"] }), 400, "invalid_answer"],
      [learner.answer(attempt.id, { questionId: q2.id }), 400, "validation_failed"],
      [learner.answer(attempt.id, { questionId: q2.id, optionIds: ["o1"], order: ["o1"] }), 400, "validation_failed"],
      [learner.flag(attempt.id, { questionId: q2.id, flagged: "yes" }), 400, "validation_failed"],
      [learner.complete({ module: "architecture", lesson: "nope", completed: true }), 400, "unknown_lesson"],
    ];
    for (const [pending, status, code] of cases) {
      const response = await pending;
      expect({ status: response.status, code: response.json.error.code }).toEqual({ status, code });
      expect(response.json.error.message.length).toBeGreaterThan(5);
    }
    expect(await counts()).toEqual(before);
  });

  it("retake what I missed: exactly the questions whose latest answer was wrong", async () => {
    const learner = new Learner(app);
    const { json: practice } = await learner.start({ mode: "practice", module: "anywhere", count: 6 });
    const wrongIds: string[] = [];
    for (const [i, q] of practice.questions.entries()) {
      const right = i % 2 === 0;
      if (!right) wrongIds.push(q.id);
      await learner.answer(practice.id, answerFor(app, q, right));
    }
    expect((await learner.progress()).json.missedCount).toBe(3);
    const { json: missed } = await learner.start({ mode: "missed" });
    expect(missed.questions.map((q: { id: string }) => q.id).sort()).toEqual(wrongIds.sort());
    // Answering one correctly takes it off the list.
    await learner.answer(missed.id, answerFor(app, missed.questions.find((q: { id: string }) => q.id === wrongIds[0])!, true));
    const { json: again } = await learner.start({ mode: "missed" });
    expect(again.questions.map((q: { id: string }) => q.id).sort()).toEqual(wrongIds.slice(1).sort());
  });

  it("tracks completed lessons and per-module scores", async () => {
    const learner = new Learner(app);
    expect((await learner.progress()).json.missedCount).toBe(0);
    expect((await learner.complete({ module: "architecture", lesson: "control-plane", completed: true })).status).toBe(200);
    expect((await learner.complete({ module: "architecture", lesson: "control-plane", completed: true })).status).toBe(200);
    await learner.complete({ module: "architecture", lesson: "data-plane", completed: true });
    await learner.complete({ module: "architecture", lesson: "data-plane", completed: false });
    const { json: attempt } = await learner.start({ mode: "practice", module: "architecture", count: 2 });
    await learner.answer(attempt.id, answerFor(app, attempt.questions[0], true));
    await learner.answer(attempt.id, answerFor(app, attempt.questions[1], false));
    const progress = (await learner.progress()).json;
    expect(progress.modules.find((m: { module: string }) => m.module === "architecture")).toEqual({ module: "architecture", completedLessons: ["control-plane"], answered: 2, correct: 1 });
    expect(progress.missedCount).toBe(1);
  });
});
