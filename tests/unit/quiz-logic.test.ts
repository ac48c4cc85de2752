import { describe, expect, it } from "vitest";
import type { AnswerResponse } from "@/lib/quiz/api-types";
import { computeDeadline, isPastDeadline, remainingMs, SECONDS_PER_QUESTION } from "@/lib/quiz/deadline";
import { allocateByWeight, drawExam, pickFrom } from "@/lib/quiz/draw";
import { gradeResponse } from "@/lib/quiz/grading";
import { createLayout, InvalidAnswerError, parseAnswer, toFeedback, toPublicAnswer, toPublicQuestion, type StoredQuestion } from "@/lib/quiz/present";
import { createSeededRandom as createRandom } from "../fixtures/random";
import { estimateScaledScore, scaledEstimateFor, summariseScore } from "@/lib/quiz/scoring";

const t = (en: string) => ({ en, zh: `${en}（中）` });
const opt = (id: string, extra: Record<string, unknown> = {}) => ({ id, text: t(`text ${id}`), explanation: t(`why ${id}`), ...extra });
const single: StoredQuestion = { id: "q-001", module: "m", type: "single", difficulty: 1, source: "https://x.test/a", stem: t("S?"), options: [opt("a"), opt("b", { correct: true }), opt("c"), opt("d")] };
const multiple: StoredQuestion = {
  ...single,
  id: "q-002",
  type: "multiple",
  choose: 2,
  options: [opt("a", { correct: true }), opt("b"), opt("c", { correct: true }), opt("d"), opt("e")],
};
const ordering: StoredQuestion = { ...single, id: "q-003", type: "ordering", options: [opt("a"), opt("b"), opt("c"), opt("d")] };
const matching: StoredQuestion = { ...single, id: "q-004", type: "matching", options: ["a", "b", "c"].map((id) => opt(id, { match: t(`match ${id}`) })) };

describe("grading (all-or-nothing)", () => {
  it("single: only the correct option", () => {
    expect(gradeResponse(single, { kind: "choice", optionIds: ["b"] })).toBe(true);
    expect(gradeResponse(single, { kind: "choice", optionIds: ["a"] })).toBe(false);
  });
  it("multiple: exactly the correct set, in any order", () => {
    expect(gradeResponse(multiple, { kind: "choice", optionIds: ["c", "a"] })).toBe(true);
    expect(gradeResponse(multiple, { kind: "choice", optionIds: ["a", "b"] })).toBe(false);
    expect(gradeResponse(multiple, { kind: "choice", optionIds: ["a"] })).toBe(false);
    expect(gradeResponse(multiple, { kind: "choice", optionIds: ["a", "c", "d"] })).toBe(false);
  });
  it("ordering: the authored order only", () => {
    expect(gradeResponse(ordering, { kind: "order", order: ["a", "b", "c", "d"] })).toBe(true);
    expect(gradeResponse(ordering, { kind: "order", order: ["b", "a", "c", "d"] })).toBe(false);
  });
  it("matching: every pair right", () => {
    expect(gradeResponse(matching, { kind: "pairs", pairs: { a: "a", b: "b", c: "c" } })).toBe(true);
    expect(gradeResponse(matching, { kind: "pairs", pairs: { a: "b", b: "a", c: "c" } })).toBe(false);
  });
  it("a response of the wrong kind is wrong, never an error", () => {
    expect(gradeResponse(single, { kind: "order", order: ["b"] })).toBe(false);
  });
});

describe("scaled score estimate", () => {
  it.each([
    [0, 30, 100],
    [21, 30, 720],
    [30, 30, 1000],
    [15, 30, 543],
    [24, 30, 813],
  ])("%i of %i → %i", (correct, total, scaled) => {
    expect(estimateScaledScore(correct, total)).toBe(scaled);
  });
  it("is monotonic and reports the pass line and per-module breakdown", () => {
    let last = 0;
    for (let c = 0; c <= 65; c++) {
      const s = estimateScaledScore(c, 65);
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
    const summary = summariseScore(
      [
        { module: "b", correct: true },
        { module: "a", correct: false },
        { module: "a", correct: true },
      ],
      { a: "Alpha", b: "Beta" },
      ["a", "b"],
    );
    expect(summary).toMatchObject({ correct: 2, total: 3, percent: 67, passLine: 720, byModule: [{ module: "a", title: "Alpha", correct: 1, total: 2 }, { module: "b", correct: 1, total: 1 }] });
    // Three questions are far too few for a scaled score, and a practice round is not an exam.
    expect(summary).toMatchObject({ scaledEstimate: null, passed: null, scaledWithheld: "too_few_questions" });
  });

  it("gives a scaled estimate only to exam simulations of at least 20 questions", () => {
    expect(scaledEstimateFor("exam", 5, 5)).toEqual({ scaledEstimate: null, withheld: "too_few_questions" });
    expect(scaledEstimateFor("exam", 19, 19)).toEqual({ scaledEstimate: null, withheld: "too_few_questions" });
    expect(scaledEstimateFor("exam", 14, 20)).toEqual({ scaledEstimate: 720, withheld: null });
    expect(scaledEstimateFor("practice", 50, 50)).toEqual({ scaledEstimate: null, withheld: "not_an_exam" });
    expect(scaledEstimateFor("missed", 30, 30)).toEqual({ scaledEstimate: null, withheld: "not_an_exam" });
  });
});

describe("drawing questions", () => {
  const pool = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, module: ["a", "b", "c", "d"][i % 4]! }));

  it("allocates by weight with largest remainders, redistributing what a small module lacks", () => {
    expect(Object.fromEntries(allocateByWeight(10, [{ module: "a", weight: 50, available: 20 }, { module: "b", weight: 30, available: 20 }, { module: "c", weight: 20, available: 20 }]))).toEqual({ a: 5, b: 3, c: 2 });
    expect(Object.fromEntries(allocateByWeight(10, [{ module: "a", weight: 80, available: 2 }, { module: "b", weight: 20, available: 20 }]))).toEqual({ a: 2, b: 8 });
    expect(Object.fromEntries(allocateByWeight(100, [{ module: "a", weight: 50, available: 3 }, { module: "b", weight: 50, available: 4 }]))).toEqual({ a: 3, b: 4 });
  });

  it("puts unseen questions first and never repeats one", () => {
    const seen = new Set(["q0", "q1", "q2"]);
    const picked = pickFrom(pool.slice(0, 5), 5, seen, createRandom(1));
    expect(picked.slice(0, 2).every((q) => !seen.has(q.id))).toBe(true);
    expect(new Set(picked.map((q) => q.id)).size).toBe(5);
  });

  it("draws an exam across modules in proportion to their weights", () => {
    const exam = drawExam(pool, 20, { a: 40, b: 30, c: 20, d: 10 }, new Set(), createRandom(7));
    const count = (m: string) => exam.filter((q) => q.module === m).length;
    expect([count("a"), count("b"), count("c"), count("d")]).toEqual([8, 6, 4, 2]);
    expect(new Set(exam.map((q) => q.id)).size).toBe(20);
  });

  it("is reproducible with the same seed and varies with another", () => {
    const a = drawExam(pool, 12, { a: 1, b: 1, c: 1, d: 1 }, new Set(), createRandom(3)).map((q) => q.id);
    const b = drawExam(pool, 12, { a: 1, b: 1, c: 1, d: 1 }, new Set(), createRandom(3)).map((q) => q.id);
    const c = drawExam(pool, 12, { a: 1, b: 1, c: 1, d: 1 }, new Set(), createRandom(4)).map((q) => q.id);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
});

describe("deadlines (injected clock)", () => {
  const start = new Date("2026-11-25T10:00:00Z");
  const deadline = computeDeadline(start, 30 * SECONDS_PER_QUESTION);
  it("gives 2 minutes per question", () => {
    expect(deadline.toISOString()).toBe("2026-11-25T11:00:00.000Z");
  });
  it("counts down and closes exactly at the deadline", () => {
    expect(remainingMs(deadline, new Date("2026-11-25T10:59:59Z"))).toBe(1000);
    expect(isPastDeadline(deadline, new Date("2026-11-25T10:59:59.999Z"))).toBe(false);
    expect(isPastDeadline(deadline, new Date("2026-11-25T11:00:00Z"))).toBe(true);
    expect(remainingMs(deadline, new Date("2026-11-25T12:00:00Z"))).toBe(0);
    expect(isPastDeadline(null, new Date())).toBe(false);
  });
});

describe("presenting questions", () => {
  it("hides the answer: opaque ids, no correctness or explanations", () => {
    const layout = createLayout(single, createRandom(5));
    const shown = toPublicQuestion(single, layout, "en", 1);
    expect(shown.options.map((o) => o.id)).toEqual(["o1", "o2", "o3", "o4"]);
    expect(JSON.stringify(shown)).not.toMatch(/correct|why |explanation|x\.test/);
  });

  it("translates answers both ways and grades them", () => {
    const layout = createLayout(multiple, createRandom(9));
    const publicOf = (id: string) => `o${layout.options.indexOf(id) + 1}`;
    const authored = parseAnswer(multiple, layout, { optionIds: [publicOf("c"), publicOf("a")] });
    expect(gradeResponse(multiple, authored)).toBe(true);
    expect(toPublicAnswer(layout, authored)).toEqual({ optionIds: [publicOf("c"), publicOf("a")] });
    const feedback = toFeedback(multiple, layout, "zh", true);
    expect(feedback.correctOptionIds?.sort()).toEqual([publicOf("a"), publicOf("c")].sort());
    expect(feedback.explanations[publicOf("b")]).toBe("why b（中）");
  });

  it("matching answers use separate opaque ids for the right-hand side", () => {
    const layout = createLayout(matching, createRandom(2));
    const o = (id: string) => `o${layout.options.indexOf(id) + 1}`;
    const m = (id: string) => `m${layout.matches!.indexOf(id) + 1}`;
    const authored = parseAnswer(matching, layout, { pairs: { [o("a")]: m("a"), [o("b")]: m("b"), [o("c")]: m("c") } });
    expect(gradeResponse(matching, authored)).toBe(true);
    expect(toFeedback(matching, layout, "en", true).correctPairs).toEqual({ [o("a")]: m("a"), [o("b")]: m("b"), [o("c")]: m("c") });
  });

  it.each([
    [single, { optionIds: ["o9"] }, /does not belong/],
    [single, { optionIds: ["o1", "o2"] }, /too many options: choose 1, got 2/],
    [multiple, { optionIds: ["o1"] }, /choose 2 options, got 1/],
    [multiple, { optionIds: ["o1", "o1"] }, /chosen twice/],
    [ordering, { order: ["o1", "o2"] }, /each of the 4 items exactly once/],
    [ordering, { optionIds: ["o1"] }, /answered with order/],
    [matching, { pairs: { o1: "m1", o2: "m1", o3: "m2" } }, /used twice/],
    [matching, { pairs: { o1: "m1" } }, /pair each of the 3 items/],
  ] as [StoredQuestion, AnswerResponse, RegExp][])("rejects a malformed answer to %#", (question, answer, message) => {
    const layout = createLayout(question, createRandom(1));
    expect(() => parseAnswer(question, layout, answer)).toThrow(InvalidAnswerError);
    expect(() => parseAnswer(question, layout, answer)).toThrow(message);
  });
});
