import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "./app";
import { engines } from "./databases";

/** Pearson correlation written out plainly, to check the database's sums against. */
function pearson(x: number[], y: number[]) {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0, sxx = 0, syy = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i]! - my);
    sxx += (xi - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe.each(engines)("item analysis on %s", (engine) => {
  let app: App;
  let analyseItems: typeof import("@/lib/instructor/item-analysis").analyseItems;
  const now = new Date("2026-11-20T12:00:00Z");

  beforeAll(async () => {
    app = await startApp(engine);
    ({ analyseItems } = await import("@/lib/instructor/item-analysis"));
  });
  afterAll(async () => {
    await app.stop();
  });

  const versionId = async (questionId: string) => (await app.db.questionVersion.findFirstOrThrow({ where: { questionId }, orderBy: { version: "desc" } })).id;
  const keyOf = (questionId: string) => app.bank.find((q) => q.id === questionId)!.options.find((o) => o.correct)!.id;
  const wrongOf = (questionId: string, n = 0) => app.bank.find((q) => q.id === questionId)!.options.filter((o) => !o.correct)[n]!.id;

  /** One attempt of `mode` by a new (or given) learner, with these answers written straight to the tables. */
  async function attempt(
    answers: { questionId: string; right: boolean; option?: string; timeMs?: number | null; flagged?: boolean }[],
    options: { mode?: string; learnerId?: string; at?: Date; submitted?: boolean; deadline?: Date | null } = {},
  ) {
    const learnerId = options.learnerId ?? randomUUID();
    const at = options.at ?? now;
    await app.db.learner.upsert({ where: { id: learnerId }, create: { id: learnerId, createdAt: at }, update: {} });
    const id = randomUUID();
    await app.db.attempt.create({
      data: { id, learnerId, mode: options.mode ?? "practice", locale: "en", feedback: "end", startedAt: at, deadline: options.deadline ?? null, submittedAt: options.submitted === false ? null : at, score: answers.filter((a) => a.right).length, total: answers.length },
    });
    for (const [position, a] of answers.entries()) {
      const itemId = randomUUID();
      await app.db.attemptQuestion.create({ data: { id: itemId, attemptId: id, position, questionVersionId: await versionId(a.questionId), optionOrder: "{}", flagged: a.flagged ?? false } });
      const option = a.option ?? (a.right ? keyOf(a.questionId) : wrongOf(a.questionId));
      await app.db.answer.create({
        data: { id: randomUUID(), attemptQuestionId: itemId, learnerId, questionId: a.questionId, response: JSON.stringify({ kind: "choice", optionIds: [option] }), correct: a.right, answeredAt: new Date(at.getTime() + position * 1000), timeMs: a.timeMs ?? null },
      });
    }
    return learnerId;
  }

  it("computes facility, point-biserial discrimination, picks, median time and flag rate on a known fixture", async () => {
    // Item X = arch-001, rest = arch-002 and arch-003. Ten learners, one practice each:
    const pattern: [boolean, boolean, boolean][] = [
      ...Array.from({ length: 4 }, () => [true, true, true] as [boolean, boolean, boolean]), // rest 1
      [true, true, false], [true, true, false], // rest 0.5
      [false, true, false], [false, true, false], // rest 0.5
      [false, false, false], [false, false, false], // rest 0
    ];
    const learners: string[] = [];
    for (const [i, [x, r1, r2]] of pattern.entries()) {
      learners.push(
        await attempt([
          { questionId: "arch-001", right: x, timeMs: (i + 1) * 1000, flagged: i < 2, option: x ? undefined : wrongOf("arch-001", i % 2) },
          { questionId: "arch-002", right: r1 },
          { questionId: "arch-003", right: r2 },
        ]),
      );
    }
    // None of these count: a second try by the first learner (wrong), a review, an exam still open.
    await attempt([{ questionId: "arch-001", right: false }, { questionId: "arch-002", right: false }], { learnerId: learners[0], at: new Date(now.getTime() + 60_000) });
    await attempt([{ questionId: "arch-001", right: false }, { questionId: "arch-002", right: false }], { mode: "review" });
    await attempt([{ questionId: "arch-001", right: false }, { questionId: "arch-002", right: false }], { mode: "exam", submitted: false, deadline: new Date(now.getTime() + 3_600_000) });

    const rows = await analyseItems(app.db, { version: "current" }, now);
    const x = rows.find((r) => r.questionId === "arch-001")!;
    expect(x.responses).toBe(10);
    expect(x.facility).toBeCloseTo(0.6, 10);
    const expected = pearson(pattern.map((p) => (p[0] ? 1 : 0)), pattern.map((p) => ((p[1] ? 1 : 0) + (p[2] ? 1 : 0)) / 2));
    expect(expected).toBeCloseTo(0.7638, 3);
    expect(x.discrimination).toBeCloseTo(expected, 10);
    expect(x.discriminationN).toBe(10);
    expect(x.medianTimeMs).toBe(5500);
    expect(x.flagRate).toBeCloseTo(0.2, 10);
    expect(x.choices.kind).toBe("options");
    const picks = Object.fromEntries((x.choices.kind === "options" ? x.choices.options : []).map((o) => [o.option, o.picks]));
    expect(picks[keyOf("arch-001")]).toBe(6);
    expect(picks[wrongOf("arch-001", 0)]).toBe(2);
    expect(picks[wrongOf("arch-001", 1)]).toBe(2);
    expect(picks[wrongOf("arch-001", 2)]).toBe(0);
    // Ten responses: enough to judge. The third distractor was never picked; discrimination is fine.
    expect(x.reasons.map((r) => r.code)).toEqual(["unused_distractor"]);

    // arch-003: right only for the four strongest → facility 0.4, positive discrimination.
    const r2 = rows.find((r) => r.questionId === "arch-003")!;
    expect(r2.facility).toBeCloseTo(0.4, 10);
    expect(r2.discrimination).toBeGreaterThan(0.5);

    // Filters: another module or type leaves these out; an unknown version number finds nothing.
    expect((await analyseItems(app.db, { module: "autoscaling", version: "current" }, now)).some((r) => r.questionId === "arch-001")).toBe(false);
    expect((await analyseItems(app.db, { type: "ordering", version: "all" }, now)).some((r) => r.questionId === "arch-001")).toBe(false);
    expect(await analyseItems(app.db, { version: "99" }, now)).toEqual([]);
    expect((await analyseItems(app.db, { module: "architecture", type: "single", version: "1" }, now)).find((r) => r.questionId === "arch-001")?.responses).toBe(10);
  });

  it("flags an item strong learners get wrong, and counts an exam once its deadline has passed", async () => {
    // elb-001: the ten strongest (rest 1) all pick the same distractor; the ten weakest pick the key.
    for (let i = 0; i < 10; i++) await attempt([{ questionId: "elb-001", right: false }, { questionId: "elb-002", right: true }, { questionId: "elb-003", right: true }]);
    for (let i = 0; i < 10; i++) await attempt([{ questionId: "elb-001", right: true }, { questionId: "elb-002", right: false }, { questionId: "elb-003", right: false }]);
    const row = (await analyseItems(app.db, { module: "load-balancing", version: "current" }, now)).find((r) => r.questionId === "elb-001")!;
    expect(row.facility).toBeCloseTo(0.5, 10);
    expect(row.discrimination).toBeCloseTo(-1, 10);
    const codes = row.reasons.map((r) => r.code);
    expect(codes).toContain("negative_discrimination");
    expect(codes).toContain("strong_prefer_distractor");

    // An exam past its deadline (not yet closed) counts; one still open never does.
    await attempt([{ questionId: "elb-004", right: true }], { mode: "exam", submitted: false, deadline: new Date(now.getTime() - 1000) });
    await attempt([{ questionId: "elb-005", right: true }], { mode: "exam", submitted: false, deadline: new Date(now.getTime() + 60_000) });
    const all = await analyseItems(app.db, { module: "load-balancing", version: "all" }, now);
    expect(all.find((r) => r.questionId === "elb-004")?.responses).toBe(1);
    expect(all.find((r) => r.questionId === "elb-005")).toBeUndefined();
  });
});
