import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, Learner, startApp, type App } from "./app";
import { engines } from "./databases";

type Q = { id: string; type: string; module: string; stem: string; options: { id: string; text: string }[]; matches?: { id: string; text: string }[] };
type Handler = Parameters<Learner["send"]>[0];

/**
 * What the results and feedback screens rely on: an attempt shown in the other language without
 * showing more, a practice round of one attempt's misses, time used and time-outs, no scaled score for
 * small sets, and the rating previews of the review schedule.
 */
describe.each(engines)("results, language and review previews on %s", (engine) => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(engine);
  });
  afterAll(async () => {
    await app.stop();
  });

  const view = (learner: Learner, id: string, query: string) => learner.send(app.routes.attempt.GET as Handler, { id, path: `/api/attempts/${id}${query}` });
  const zhStem = (id: string) => app.bank.find((q) => q.id === id)!.stem.zh;
  const enStem = (id: string) => app.bank.find((q) => q.id === id)!.stem.en;

  it("shows an open exam in the other language with exactly the same (absent) verdicts, and refuses a bad ?locale", async () => {
    const learner = new Learner(app);
    const exam = (await learner.start({ mode: "exam", count: 4, locale: "en" })).json;
    const [q1, q2] = exam.questions as Q[];
    await learner.answer(exam.id, answerFor(app, q1!, true));
    await learner.answer(exam.id, answerFor(app, q2!, false));
    await learner.flag(exam.id, { questionId: q2!.id, flagged: true });

    const en = (await learner.state(exam.id)).json;
    const zh = await view(learner, exam.id, "?locale=zh");
    expect(zh.status).toBe(200);
    expect(zh.json.locale).toBe("zh");
    expect(zh.json.questions.map((q: Q) => q.stem)).toEqual(en.questions.map((q: Q) => zhStem(q.id)));
    expect(en.questions.map((q: Q) => q.stem)).toEqual(en.questions.map((q: Q) => enStem(q.id)));
    // Same ids, same order of options, same answers and flags; no feedback, no result in either.
    expect(zh.json.questions.map((q: Q) => q.options.map((o) => o.id))).toEqual(en.questions.map((q: Q) => q.options.map((o) => o.id)));
    expect(zh.json.responses).toEqual(en.responses);
    expect(JSON.stringify(zh.json)).not.toMatch(/"feedback":\{|"correct"|explanations|correctOption/);
    expect(zh.json.result).toBeNull();

    // Answering in the new language: the right and the wrong answer still get the same reply.
    const [, , q3, q4] = en.questions as Q[];
    const answerZh = (q: Q, right: boolean) => learner.send(app.routes.answers.POST as Handler, { id: exam.id, path: `/api/attempts/${exam.id}/answers?locale=zh`, body: answerFor(app, q, right) });
    const right = await answerZh(q3!, true);
    const wrong = await answerZh(q4!, false);
    expect(right.status).toBe(200);
    expect(right.text.replace(q3!.id, "X")).toBe(wrong.text.replace(q4!.id, "X"));

    for (const [query, code] of [
      ["?locale=fr", "validation_failed"],
      ["?locale=zh&locale=en", "validation_failed"],
      ["?lang=zh", "validation_failed"],
      ["?locale=%00", "invalid_input"],
      ["?__proto__=1", "invalid_input"],
    ] as const) {
      const refused = await view(learner, exam.id, query);
      expect([query, refused.status, refused.json.error.code]).toEqual([query, 400, code]);
    }
    // Someone else asking in another language is still told nothing.
    const other = await view(new Learner(app), exam.id, "?locale=zh");
    expect(other.status).toBe(404);
  });

  it("gives feedback, explanations and module names in the language asked for", async () => {
    const learner = new Learner(app);
    const practice = (await learner.start({ mode: "practice", module: "autoscaling", count: 2, locale: "en" })).json;
    const [q1, q2] = practice.questions as Q[];
    const ack = await learner.send(app.routes.answers.POST as Handler, { id: practice.id, path: `/api/attempts/${practice.id}/answers?locale=zh`, body: answerFor(app, q1!, false) });
    const authored = app.bank.find((q) => q.id === q1!.id)!;
    expect(Object.values(ack.json.feedback.explanations).sort()).toEqual(authored.options.map((o) => o.explanation.zh).sort());

    await learner.answer(practice.id, answerFor(app, q2!, true));
    const submitted = await learner.send(app.routes.submit.POST as Handler, { id: practice.id, method: "POST", path: `/api/attempts/${practice.id}/submit?locale=zh` });
    expect(submitted.status).toBe(200);
    expect(submitted.json.result.byModule).toEqual([expect.objectContaining({ module: "autoscaling", title: expect.stringMatching(/[\u4e00-\u9fff]/) })]);
    const backInEnglish = (await view(learner, practice.id, "?locale=en")).json;
    expect(backInEnglish.result.byModule[0].title).not.toMatch(/[\u4e00-\u9fff]/);
    expect(Object.values(backInEnglish.responses[q1!.id].feedback.explanations).sort()).toEqual(authored.options.map((o) => o.explanation.en).sort());
  });

  it("practises exactly the wrong and unanswered questions of a submitted attempt, and nothing of an open one", async () => {
    const learner = new Learner(app);
    const exam = (await learner.start({ mode: "exam", count: 6 })).json;
    const qs = exam.questions as Q[];
    await learner.answer(exam.id, answerFor(app, qs[0]!, true));
    await learner.answer(exam.id, answerFor(app, qs[1]!, false));
    await learner.answer(exam.id, answerFor(app, qs[2]!, true));
    await learner.answer(exam.id, answerFor(app, qs[3]!, false));
    // qs[4] and qs[5] are left unanswered.

    const before = await app.db.attempt.count();
    const early = await learner.start({ mode: "practice", fromAttempt: exam.id });
    expect([early.status, early.json.error.code]).toEqual([409, "attempt_in_progress"]);
    const stranger = await new Learner(app).start({ mode: "practice", fromAttempt: exam.id });
    expect([stranger.status, stranger.json.error.code]).toEqual([404, "not_found"]);
    expect(await app.db.attempt.count()).toBe(before);

    for (const body of [
      { mode: "practice", fromAttempt: exam.id, count: 2 },
      { mode: "practice", fromAttempt: exam.id, module: "autoscaling" },
      { mode: "missed", fromAttempt: exam.id },
      { mode: "practice", fromAttempt: "not-a-uuid" },
    ]) {
      const refused = await learner.start(body);
      expect([refused.status, refused.json.error.code]).toEqual([400, "validation_failed"]);
    }

    await learner.submit(exam.id);
    const retry = await learner.start({ mode: "practice", fromAttempt: exam.id, feedback: "instant", locale: "zh" });
    expect(retry.status).toBe(201);
    expect(retry.json.mode).toBe("practice");
    expect(retry.json.module).toBeNull();
    expect(retry.json.questions.map((q: Q) => q.id)).toEqual([qs[1]!.id, qs[3]!.id, qs[4]!.id, qs[5]!.id]);

    // A module practice keeps its module; one with nothing missed has nothing to practise.
    const practice = (await learner.start({ mode: "practice", module: "architecture", count: 2, feedback: "end" })).json;
    await learner.answer(practice.id, answerFor(app, practice.questions[0], false));
    await learner.submit(practice.id);
    const again = (await learner.start({ mode: "practice", fromAttempt: practice.id })).json;
    expect(again.module).toBe("architecture");
    expect(again.questions.map((q: Q) => q.id)).toEqual(practice.questions.map((q: Q) => q.id));

    const perfect = (await learner.start({ mode: "practice", module: "anywhere", count: 1, feedback: "end" })).json;
    await learner.answer(perfect.id, answerFor(app, perfect.questions[0], true));
    await learner.submit(perfect.id);
    const nothing = await learner.start({ mode: "practice", fromAttempt: perfect.id });
    expect([nothing.status, nothing.json.error.code]).toEqual([422, "no_questions"]);
  });

  it("gives a scaled score only to exam simulations of at least 20 questions, and says why not otherwise", async () => {
    const learner = new Learner(app);
    const small = (await learner.start({ mode: "exam", count: 5 })).json;
    for (const q of small.questions) await learner.answer(small.id, answerFor(app, q, true));
    const smallResult = (await learner.submit(small.id)).json.result;
    expect(smallResult).toMatchObject({ correct: 5, total: 5, percent: 100, scaledEstimate: null, passed: null, scaledWithheld: "too_few_questions", minScaledQuestions: 20 });

    const module = (await learner.start({ mode: "practice", module: "what-is-eks", count: 5, feedback: "end" })).json;
    for (const q of module.questions) await learner.answer(module.id, answerFor(app, q, true));
    expect((await learner.submit(module.id)).json.result).toMatchObject({ scaledEstimate: null, passed: null, scaledWithheld: "not_an_exam" });

    const full = (await learner.start({ mode: "exam", count: 20 })).json;
    for (const q of full.questions.slice(0, 14)) await learner.answer(full.id, answerFor(app, q, true));
    expect((await learner.submit(full.id)).json.result).toMatchObject({ correct: 14, total: 20, percent: 70, scaledEstimate: 720, passed: true, scaledWithheld: null });
  });

  it("reports the time used, and that time ran out when the deadline closed the exam", async () => {
    const learner = new Learner(app);
    const hourAgo = new Date(Date.now() - 3_600_000);
    const late = (await learner.send(app.routes.attempts.POST as Handler, { body: { mode: "exam", count: 2, timeLimitSeconds: 90 }, headers: { "x-test-now": hourAgo.toISOString() } })).json;
    const closed = (await learner.state(late.id)).json;
    expect(closed.status).toBe("submitted");
    expect(closed.result).toMatchObject({ timeUsedSeconds: 90, timeLimitSeconds: 90, timedOut: true });

    const onTime = (await learner.start({ mode: "exam", count: 2 })).json;
    const result = (await learner.submit(onTime.id)).json.result;
    expect(result.timedOut).toBe(false);
    expect(result.timeLimitSeconds).toBe(240);
    expect(result.timeUsedSeconds).toBeGreaterThanOrEqual(0);
    expect(result.timeUsedSeconds).toBeLessThan(240);

    const practice = (await learner.start({ mode: "practice", module: "autoscaling", count: 1, feedback: "end" })).json;
    expect((await learner.submit(practice.id)).json.result).toMatchObject({ timeLimitSeconds: null, timedOut: false });
  });

  it("previews when a question in review comes back for each rating, and the rating keeps that promise", async () => {
    const learner = new Learner(app);
    const preview = (questionId: string, now?: Date) =>
      learner.send(app.routes.preview.GET as Handler, { path: `/api/review/preview?questionId=${encodeURIComponent(questionId)}`, headers: now ? { "x-test-now": now.toISOString() } : {} });
    const practice = (await learner.start({ mode: "practice", questionIds: ["arch-003"] })).json;
    await learner.answer(practice.id, answerFor(app, practice.questions[0], false));
    const queue = (await learner.reviewQueue(new Date(Date.now() + 3_600_000))).json;
    expect(queue.questionIds).toEqual(["arch-003"]);

    const now = new Date(Date.now() + 3_600_000);
    const shown = await preview("arch-003", now);
    expect(shown.status).toBe(200);
    expect(shown.json.now).toBe(now.toISOString());
    const at = (k: string) => Date.parse(shown.json.intervals[k]);
    expect(at("again")).toBeGreaterThan(now.getTime());
    expect(at("again")).toBeLessThanOrEqual(at("hard"));
    expect(at("hard")).toBeLessThanOrEqual(at("good"));
    expect(at("good")).toBeLessThan(at("easy"));
    // A preview writes nothing: asking twice gives the same answer.
    expect((await preview("arch-003", now)).json).toEqual(shown.json);

    const rated = (await learner.rate({ questionId: "arch-003", rating: "good" }, now)).json;
    expect(rated.due).toBe(shown.json.intervals.good);

    const notMine = await preview("arch-004", now);
    expect([notMine.status, notMine.json.error.code]).toEqual([404, "not_in_review"]);
    const nobody = await new Learner(app).send(app.routes.preview.GET as Handler, { path: "/api/review/preview?questionId=arch-003" });
    expect(nobody.status).toBe(404);
    for (const query of ["", "?questionId=", "?questionId=a&questionId=b", "?questionId=arch-003&x=1"]) {
      const refused = await learner.send(app.routes.preview.GET as Handler, { path: `/api/review/preview${query}` });
      expect([query, refused.status, refused.json.error.code]).toEqual([query, 400, "validation_failed"]);
    }
  });

  it("lists every submitted attempt in the history, never an open exam, with the trend and pages", async () => {
    const { getAttemptHistory, HISTORY_PAGE_SIZE } = await import("@/lib/dashboard/attempt-history");
    const learner = new Learner(app);
    const idOf = () => learner.cookie.split("=")[1]!.split(".")[0]!;
    // Two exams, the second better than the first; a practice round; an exam past its deadline; an open exam.
    const exams: string[] = [];
    for (const right of [1, 3]) {
      const exam = (await learner.start({ mode: "exam", count: 4 })).json;
      for (const q of exam.questions.slice(0, right)) await learner.answer(exam.id, answerFor(app, q, true));
      await learner.submit(exam.id);
      exams.push(exam.id);
    }
    const practice = (await learner.start({ mode: "practice", module: "autoscaling", count: 2, feedback: "end" })).json;
    await learner.submit(practice.id);
    const expired = (await learner.send(app.routes.attempts.POST as Handler, { body: { mode: "exam", count: 2, timeLimitSeconds: 60 }, headers: { "x-test-now": new Date(Date.now() - 3_600_000).toISOString() } })).json;
    const open = (await learner.start({ mode: "exam", count: 3 })).json;
    await learner.answer(open.id, answerFor(app, open.questions[0], true));

    const all = await getAttemptHistory(app.db, idOf(), { kind: "all", page: 1 }, new Date());
    const listed = all.rows.map((r) => r.id);
    expect(listed).not.toContain(open.id);
    expect(all.points.map((p) => p.id)).not.toContain(open.id);
    expect(new Set(listed)).toEqual(new Set([...exams, practice.id, expired.id]));
    expect(all.total).toBe(4);
    expect(all.rows.find((r) => r.id === expired.id)).toMatchObject({ timedOut: true, timeUsedSeconds: 60, score: 0 });
    expect(all.rows.find((r) => r.id === exams[1])).toMatchObject({ score: 3, total: 4, percent: 75, scaledEstimate: null, timedOut: false });

    const examsOnly = await getAttemptHistory(app.db, idOf(), { kind: "exam", page: 1 }, new Date());
    expect(examsOnly.rows.every((r) => r.mode === "exam")).toBe(true);
    expect(examsOnly.total).toBe(3);
    // Oldest first in the chart: the expired one (submitted at its deadline an hour ago) at 0%, then 25% and 75%.
    expect(examsOnly.points.map((p) => p.percent)).toEqual([0, 25, 75]);
    expect(examsOnly.trend).toEqual({ basis: "exam", recent: 50, recentCount: 2, previous: 0, previousCount: 1, change: 50 });

    // Pages: a page past the end shows the last one; a visitor has nothing.
    expect(HISTORY_PAGE_SIZE).toBeGreaterThan(4);
    expect((await getAttemptHistory(app.db, idOf(), { kind: "all", page: 99 }, new Date())).page).toBe(1);
    expect(await getAttemptHistory(app.db, null, { kind: "all", page: 1 }, new Date())).toMatchObject({ rows: [], total: 0 });
    // Still open and unlisted after the history was read; no other learner sees anything.
    expect((await learner.state(open.id)).json.status).toBe("active");
    expect((await getAttemptHistory(app.db, (await app.db.learner.create({ data: { id: crypto.randomUUID() } })).id, { kind: "all", page: 1 }, new Date())).total).toBe(0);
  });
});
