import { describe, expect, it } from "vitest";
import { computeStrength, recencyWeight, weighAnswers, type AnswerEvidence } from "@/lib/dashboard/evidence";
import { buildScoreHistory, listRecentAttempts, type SubmittedAttempt } from "@/lib/dashboard/history";
import { pickContinue, suggestNextStudy, totalProgress, type OutlineModule } from "@/lib/dashboard/plan";
import { computePosterior, describeProbability, estimateReadiness, normaliseWeights, passProbability } from "@/lib/dashboard/readiness";
import { betaCdf, logGamma, normalCdf } from "@/lib/dashboard/stats";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-26T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const answers = (module: string, right: number, wrong: number, days = 0): AnswerEvidence[] => [
  ...Array.from({ length: right }, () => ({ module, correct: true, answeredAt: ago(days) })),
  ...Array.from({ length: wrong }, () => ({ module, correct: false, answeredAt: ago(days) })),
];

describe("distribution functions", () => {
  it("logGamma matches factorials", () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });

  it("betaCdf matches closed forms and binomial tails", () => {
    for (const x of [0.1, 0.35, 0.7, 0.95]) {
      expect(betaCdf(x, 1, 1)).toBeCloseTo(x, 10);
      expect(betaCdf(x, 2, 1)).toBeCloseTo(x * x, 10);
      expect(betaCdf(x, 1, 2)).toBeCloseTo(1 - (1 - x) ** 2, 10);
      expect(betaCdf(x, 3.7, 1.2)).toBeCloseTo(1 - betaCdf(1 - x, 1.2, 3.7), 10);
    }
    // I_x(a, b) = P(Binomial(a+b−1, x) ≥ a): I_0.7(6, 2) = 7·0.7⁶·0.3 + 0.7⁷
    expect(betaCdf(0.7, 6, 2)).toBeCloseTo(7 * 0.7 ** 6 * 0.3 + 0.7 ** 7, 10);
    expect(betaCdf(0, 2, 3)).toBe(0);
    expect(betaCdf(1, 2, 3)).toBe(1);
    expect(() => betaCdf(0.5, 0, 1)).toThrow(RangeError);
  });

  it("normalCdf is the standard normal", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1.959964)).toBeCloseTo(0.025, 6);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
  });
});

describe("evidence and strength", () => {
  it("weighs an answer by its age with a 14-day half-life; the future counts as now", () => {
    expect(recencyWeight(now, now)).toBe(1);
    expect(recencyWeight(ago(14), now)).toBeCloseTo(0.5, 12);
    expect(recencyWeight(ago(28), now)).toBeCloseTo(0.25, 12);
    expect(recencyWeight(new Date(now.getTime() + DAY), now)).toBe(1);
  });

  it("lists every module in order, ignores modules that left the course, and weighs recent answers more", () => {
    const evidence = weighAnswers([...answers("a", 1, 0, 0), ...answers("a", 0, 1, 14), ...answers("gone", 3, 0)], ["a", "b"], now);
    expect(evidence.map((e) => e.module)).toEqual(["a", "b"]);
    expect(evidence[0]).toMatchObject({ answers: 2, weightedCorrect: 1 });
    expect(evidence[0]!.weightedTotal).toBeCloseTo(1.5, 12);
    const strength = computeStrength(evidence);
    expect(strength[0]!.accuracy).toBeCloseTo(2 / 3, 12);
    expect(strength[1]).toEqual({ module: "b", answers: 0, accuracy: null });
  });
});

describe("readiness", () => {
  const modules = ["a", "b"];
  const weights = { a: 50, b: 50 };

  it("the posterior is Beta(1 + right, 1 + wrong)", () => {
    expect(computePosterior({ weightedCorrect: 4, weightedTotal: 6 })).toMatchObject({ alpha: 5, beta: 3, mean: 5 / 8 });
    expect(computePosterior({ weightedCorrect: 0, weightedTotal: 0 }).variance).toBeCloseTo(1 / 12, 12);
  });

  it("labels a module with fewer than 5 answers 'not enough data', and gives the exact Beta tail from 5", () => {
    const four = estimateReadiness(weighAnswers(answers("a", 4, 0), modules, now), weights);
    expect(four.modules[0]!.probability).toBeNull();
    const five = estimateReadiness(weighAnswers(answers("a", 5, 0), modules, now), weights);
    // Beta(6, 1): P(p ≥ 0.7) = 1 − 0.7⁶
    expect(five.modules[0]!.probability).toBeCloseTo(1 - 0.7 ** 6, 10);
    expect(five.modules[1]!.probability).toBeNull();
  });

  it("rises with right answers, falls with wrong ones, and is surer with more evidence", () => {
    const p = (right: number, wrong: number) => estimateReadiness(weighAnswers(answers("a", right, wrong), modules, now), weights).modules[0]!.probability!;
    expect(p(9, 1)).toBeGreaterThan(p(8, 2));
    expect(p(8, 2)).toBeGreaterThan(p(5, 5));
    expect(p(0, 10)).toBeLessThan(0.001);
    // Same 90% accuracy: 50 answers are more convincing than 10.
    expect(p(45, 5)).toBeGreaterThan(p(9, 1));
    // Same 50% accuracy: more answers make passing less plausible, not more.
    expect(p(25, 25)).toBeLessThan(p(5, 5));
  });

  it("recent mistakes outweigh old successes", () => {
    const history = [...answers("a", 10, 0, 60), ...answers("a", 0, 5, 0)];
    const recentFirst = estimateReadiness(weighAnswers(history, modules, now), weights).modules[0]!;
    const unweighted = estimateReadiness(weighAnswers(history, modules, now, 1e9), weights).modules[0]!;
    expect(recentFirst.mean).toBeLessThan(0.4);
    expect(unweighted.mean).toBeGreaterThan(0.6);
  });

  it("reports overall readiness only once modules worth half the exam have enough data", () => {
    const three = ["a", "b", "c"];
    const w = { a: 40, b: 30, c: 30 };
    expect(estimateReadiness(weighAnswers(answers("a", 20, 0), three, now), w).overall).toMatchObject({ probability: null, coverage: 0.4 });
    const covered = estimateReadiness(weighAnswers([...answers("a", 20, 0), ...answers("b", 20, 0)], three, now), w).overall;
    expect(covered.coverage).toBeCloseTo(0.7, 12);
    expect(covered.probability).not.toBeNull();
    // The untouched module enters at the prior (50%), so a perfect record elsewhere is not a sure pass.
    expect(covered.expectedScore).toBeLessThan(0.9);
    expect(covered.probability!).toBeLessThan(0.95);
  });

  it("gives about 50% overall to a learner exactly at the pass mark, and near 100% or 0% far from it", () => {
    const at = estimateReadiness(weighAnswers([...answers("a", 7000, 3000), ...answers("b", 7000, 3000)], modules, now), weights).overall;
    expect(at.expectedScore).toBeCloseTo(0.7, 3);
    expect(at.probability!).toBeCloseTo(0.5, 1);
    expect(estimateReadiness(weighAnswers([...answers("a", 200, 0), ...answers("b", 200, 0)], modules, now), weights).overall.probability!).toBeGreaterThan(0.999);
    expect(estimateReadiness(weighAnswers([...answers("a", 0, 200), ...answers("b", 0, 200)], modules, now), weights).overall.probability!).toBeLessThan(0.001);
  });

  it("weighs modules as the exam does", () => {
    const evidence = weighAnswers([...answers("a", 4, 16), ...answers("b", 19, 1)], modules, now);
    const weakHeavy = estimateReadiness(evidence, { a: 80, b: 20 }).overall;
    const weakLight = estimateReadiness(evidence, { a: 20, b: 80 }).overall;
    expect(weakHeavy.expectedScore).toBeLessThan(weakLight.expectedScore);
    expect(weakHeavy.probability!).toBeLessThan(weakLight.probability!);
  });

  it("normalises weights, with equal shares when none is given", () => {
    expect(normaliseWeights(["a", "b"], { a: 30, b: 10 })).toEqual({ a: 0.75, b: 0.25 });
    expect(normaliseWeights(["a", "b"], {})).toEqual({ a: 0.5, b: 0.5 });
  });

  it("passProbability uses the 46-of-65 pass count with a continuity correction", () => {
    expect(passProbability(0.7, 0.01)).toBeCloseTo(0.5, 6);
    expect(passProbability(0.8, 0)).toBe(1);
    expect(passProbability(0.69, 0)).toBe(0);
    expect(passProbability(0.75, 0.0025)).toBeCloseTo(normalCdf(1), 6);
  });

  it("puts probabilities into words and never into certainty without data", () => {
    expect(describeProbability(null)).toBe("unknown");
    expect(describeProbability(0.9)).toBe("likely");
    expect(describeProbability(0.5)).toBe("borderline");
    expect(describeProbability(0.1)).toBe("unlikely");
  });
});

describe("score history and recent attempts", () => {
  const attempt = (id: string, days: number, score: number | null, total: number, mode: SubmittedAttempt["mode"] = "practice"): SubmittedAttempt => ({
    id,
    mode,
    module: mode === "practice" ? "a" : null,
    submittedAt: ago(days),
    score,
    total,
  });

  it("orders by date, computes percent and, for exams of 20 or more questions only, the scaled estimate", () => {
    const history = buildScoreHistory([attempt("late", 1, 14, 20, "exam"), attempt("early", 5, 3, 4), attempt("empty", 3, 0, 0), attempt("none", 2, null, 5), attempt("small", 1.5, 7, 10, "exam")]);
    expect(history.map((p) => p.id)).toEqual(["early", "none", "small", "late"]);
    expect(history.map((p) => p.percent)).toEqual([75, 0, 70, 70]);
    expect(history.map((p) => p.scaledEstimate)).toEqual([null, null, null, 720]);
  });

  it("lists the ten most recent, newest first", () => {
    const many = Array.from({ length: 14 }, (_, i) => attempt(`a${String(i).padStart(2, "0")}`, i, 1, 2));
    const recent = listRecentAttempts(many);
    expect(recent).toHaveLength(10);
    expect(recent[0]!.id).toBe("a00");
    expect(recent[9]!.id).toBe("a09");
  });
});

describe("what to do next", () => {
  const outline: OutlineModule[] = [
    { slug: "a", lessons: ["a1", "a2"] },
    { slug: "b", lessons: ["b1", "b2"] },
  ];

  it("continues an unfinished attempt first", () => {
    expect(pickContinue({ unfinishedAttempt: { id: "x", mode: "exam", module: null }, outline, completed: new Set(["a/a1"]), lastCompleted: { module: "a", lesson: "a1" } })).toEqual({
      kind: "attempt",
      attemptId: "x",
      mode: "exam",
      module: null,
    });
  });

  it("otherwise the next lesson after the last one completed, wrapping to earlier gaps; the first lesson to begin with", () => {
    expect(pickContinue({ unfinishedAttempt: null, outline, completed: new Set(), lastCompleted: null })).toEqual({ kind: "lesson", module: "a", lesson: "a1", started: false });
    expect(pickContinue({ unfinishedAttempt: null, outline, completed: new Set(["b/b1"]), lastCompleted: { module: "b", lesson: "b1" } })).toMatchObject({ module: "b", lesson: "b2", started: true });
    expect(pickContinue({ unfinishedAttempt: null, outline, completed: new Set(["b/b1", "b/b2"]), lastCompleted: { module: "b", lesson: "b2" } })).toMatchObject({ module: "a", lesson: "a1" });
    expect(pickContinue({ unfinishedAttempt: null, outline, completed: new Set(["a/a1", "a/a2", "b/b1", "b/b2"]), lastCompleted: { module: "a", lesson: "a1" } })).toEqual({ kind: "finished" });
  });

  it("suggests the weakest module's first unread lesson, then practice, with the review queue", () => {
    const modules = [
      { module: "a", answers: 10, mean: 0.4 },
      { module: "b", answers: 10, mean: 0.8 },
    ];
    expect(suggestNextStudy({ modules: modules.map((m) => ({ ...m, answers: 0 })), outline, completed: new Set(), reviewDue: 0 })).toBeNull();
    expect(suggestNextStudy({ modules, outline, completed: new Set(["a/a1"]), reviewDue: 2 })).toEqual({ module: "a", lesson: "a2", reviewDue: 2 });
    expect(suggestNextStudy({ modules, outline, completed: new Set(["a/a1", "a/a2"]), reviewDue: 0 })).toEqual({ module: "a", lesson: null, reviewDue: 0 });
    // A tie goes to the module with less evidence.
    expect(suggestNextStudy({ modules: [{ module: "a", answers: 9, mean: 0.5 }, { module: "b", answers: 2, mean: 0.5 }], outline, completed: new Set(), reviewDue: 0 })!.module).toBe("b");
  });

  it("totals lessons and answers, ignoring completions of lessons no longer in the course", () => {
    const totals = totalProgress(outline, [
      { module: "a", completedLessons: ["a1", "old"], answered: 3, correct: 2 },
      { module: "b", completedLessons: [], answered: 4, correct: 1 },
    ]);
    expect(totals).toEqual({ lessonsCompleted: 1, lessonsTotal: 4, answered: 7, correct: 3 });
  });
});
