import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, Learner, startApp, type App } from "./app";
import { engines } from "./databases";
import { syncQuestionBank } from "@/lib/quiz/sync";
import { createDb } from "@/lib/db";

describe.each(engines)("question sync and versioning on %s", (engine) => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(engine);
  });
  afterAll(async () => {
    await app.stop();
  });

  it("copies every authored question once; a second sync changes nothing", async () => {
    expect(await app.db.question.count()).toBe(app.bank.length);
    expect(await app.db.questionVersion.count()).toBe(app.bank.length);
    const again = await syncQuestionBank(app.db, app.bank);
    expect(again).toEqual({ created: 0, newVersions: 0, retired: 0, unchanged: app.bank.length });
    expect(await app.db.questionVersion.count()).toBe(app.bank.length);
  });

  // Several app instances are the PostgreSQL deployment; SQLite serves one process.
  it.runIf(engine === "postgresql")("two app instances syncing at once create no duplicates", async () => {
    const other = createDb(process.env.DATABASE_URL!);
    try {
      const edited = app.bank.map((q) => (q.id === "arch-002" ? { ...q, difficulty: 3 as const } : q));
      await Promise.all([syncQuestionBank(app.db, edited), syncQuestionBank(other, edited)]);
      expect(await app.db.questionVersion.count({ where: { questionId: "arch-002" } })).toBe(2);
      await syncQuestionBank(app.db, app.bank);
    } finally {
      await other.$disconnect();
    }
  });

  it("an edited question gets a new version; past attempts keep the version the learner saw", async () => {
    const learner = new Learner(app);
    const { json: attempt } = await learner.start({ mode: "practice", questionIds: ["arch-001"] });
    const oldStem = attempt.questions[0].stem;
    await learner.answer(attempt.id, answerFor(app, attempt.questions[0], true));

    const original = app.bank.find((q) => q.id === "arch-001")!;
    // Flip the answer key: a regrade would turn the learner's right answer wrong.
    const correctIndex = original.options.findIndex((o) => o.correct);
    const flipped = {
      ...original,
      stem: { en: `${original.stem.en} (revised)`, zh: `${original.stem.zh}（修订）` },
      options: original.options.map((o, i) => ({ ...o, correct: i === (correctIndex + 1) % original.options.length ? true : undefined })),
    };
    const report = await syncQuestionBank(app.db, app.bank.map((q) => (q.id === "arch-001" ? flipped : q)));
    expect(report.newVersions).toBe(1);

    const state = (await learner.state(attempt.id)).json;
    expect(state.questions[0].stem).toBe(oldStem);
    expect(state.responses["arch-001"].feedback.correct).toBe(true);

    const { json: fresh } = await learner.start({ mode: "practice", questionIds: ["arch-001"] });
    expect(fresh.questions[0].stem).toBe(`${original.stem.en} (revised)`);
    expect((await syncQuestionBank(app.db, app.bank)).newVersions).toBe(1);
  });

  it("a removed question is retired: never drawn again, past results intact", async () => {
    const learner = new Learner(app);
    const { json: attempt } = await learner.start({ mode: "practice", questionIds: ["elb-001"] });
    await learner.answer(attempt.id, answerFor(app, attempt.questions[0], false));
    const report = await syncQuestionBank(app.db, app.bank.filter((q) => q.id !== "elb-001"));
    expect(report.retired).toBe(1);
    expect((await learner.start({ mode: "practice", questionIds: ["elb-001"] })).json.error.code).toBe("unknown_question");
    const { json: all } = await learner.start({ mode: "practice", module: "load-balancing", count: 50 });
    expect(all.questions.map((q: { id: string }) => q.id)).not.toContain("elb-001");
    const past = (await learner.state(attempt.id)).json;
    expect(past.questions[0].id).toBe("elb-001");
    expect(past.responses["elb-001"].feedback.correct).toBe(false);
    // Restoring it brings it back without a new version.
    const restored = await syncQuestionBank(app.db, app.bank);
    expect(restored.newVersions).toBe(0);
    expect(await app.db.question.count({ where: { retiredAt: null } })).toBe(app.bank.length);
  });
});
