import { describe, expect, it } from "vitest";
import { formatInviteCode, generateInviteCode } from "@/lib/classes/invite";
import { createClassSchema, inviteCodeSchema } from "@/lib/classes/schema";
import { toCsv } from "@/lib/instructor/csv";
import { countChoices, judgeItem, pointBiserial } from "@/lib/instructor/item-stats";
import { measureTimeOnItem } from "@/lib/quiz/time-on-item";
import type { Question } from "@/lib/quiz/schema";

const sums = (pairs: [number, number][]) => ({
  n: pairs.length,
  sx: pairs.reduce((a, [x]) => a + x, 0),
  sy: pairs.reduce((a, [, y]) => a + y, 0),
  sxy: pairs.reduce((a, [x, y]) => a + x * y, 0),
  syy: pairs.reduce((a, [, y]) => a + y * y, 0),
});

describe("point-biserial discrimination", () => {
  it("is 1 when only the strongest get it right, −1 when only the weakest do, and undefined without spread", () => {
    expect(pointBiserial(sums([[1, 1], [1, 1], [0, 0], [0, 0]]))).toBeCloseTo(1, 10);
    expect(pointBiserial(sums([[0, 1], [0, 1], [1, 0], [1, 0]]))).toBeCloseTo(-1, 10);
    expect(pointBiserial(sums([[1, 1], [1, 0.5]]))).toBeNull(); // everyone right
    expect(pointBiserial(sums([[1, 0.5], [0, 0.5]]))).toBeNull(); // everyone's rest the same
    expect(pointBiserial(sums([[1, 1]]))).toBeNull();
  });
});

describe("needs attention", () => {
  const options = [
    { option: "a", correct: true, picks: 8, strongPicks: 3 },
    { option: "b", correct: false, picks: 2, strongPicks: 0 },
    { option: "c", correct: false, picks: 0, strongPicks: 0 },
  ];
  it("says nothing below the minimum number of responses", () => {
    expect(judgeItem({ responses: 9, facility: 0, discrimination: -1, options })).toEqual([]);
  });
  it("names each reason", () => {
    expect(judgeItem({ responses: 10, facility: 0.1, discrimination: 0.05, options }).map((r) => r.code)).toEqual(["too_hard", "low_discrimination", "unused_distractor"]);
    expect(judgeItem({ responses: 40, facility: 0.97, discrimination: -0.2, options: null }).map((r) => r.code)).toEqual(["too_easy", "negative_discrimination"]);
    const misleading = [{ option: "a", correct: true, picks: 10, strongPicks: 1 }, { option: "b", correct: false, picks: 10, strongPicks: 4 }];
    expect(judgeItem({ responses: 20, facility: 0.5, discrimination: 0.3, options: misleading })).toEqual([{ code: "strong_prefer_distractor", option: "b", picks: 4, keyPicks: 1 }]);
    expect(judgeItem({ responses: 20, facility: 0.5, discrimination: 0.3, options: options.map((o) => ({ ...o, picks: 1 })) })).toEqual([]);
  });
});

describe("choice counts", () => {
  const text = { en: "x", zh: "x" };
  const base = { id: "t-001", difficulty: 1 as const, source: "https://example.com", stem: text };
  it("counts ordering by position and matching by pair", () => {
    const ordering = { ...base, type: "ordering", options: ["a", "b", "c"].map((id) => ({ id, text, explanation: text })) } as Question;
    const counted = countChoices(ordering, [
      { response: JSON.stringify({ kind: "order", order: ["a", "b", "c"] }), count: 3, strong: 0 },
      { response: JSON.stringify({ kind: "order", order: ["b", "a", "c"] }), count: 1, strong: 0 },
      { response: "not json", count: 5, strong: 0 },
    ]);
    expect(counted).toEqual({ kind: "positions", items: [{ option: "a", byPosition: [3, 1, 0] }, { option: "b", byPosition: [1, 3, 0] }, { option: "c", byPosition: [0, 0, 4] }] });
    const matching = { ...base, type: "matching", options: ["a", "b", "c"].map((id) => ({ id, text, explanation: text, match: text })) } as Question;
    const pairs = countChoices(matching, [{ response: JSON.stringify({ kind: "pairs", pairs: { a: "b", b: "a", c: "c" } }), count: 2, strong: 0 }]);
    expect(pairs.kind === "pairs" && pairs.items[0]).toEqual({ option: "a", byMatch: { a: 0, b: 2, c: 0 } });
  });
});

describe("time on item", () => {
  const start = new Date("2026-01-01T00:00:00Z");
  it("runs from the previous answer (or the start), and drops breaks", () => {
    expect(measureTimeOnItem({ startedAt: start, lastAnsweredAt: null }, new Date(start.getTime() + 30_000))).toBe(30_000);
    expect(measureTimeOnItem({ startedAt: start, lastAnsweredAt: new Date(start.getTime() + 60_000) }, new Date(start.getTime() + 75_000))).toBe(15_000);
    expect(measureTimeOnItem({ startedAt: start, lastAnsweredAt: null }, new Date(start.getTime() + 11 * 60_000))).toBeNull();
    expect(measureTimeOnItem({ startedAt: start, lastAnsweredAt: null }, new Date(start.getTime() - 1))).toBeNull();
  });
});

describe("invite codes and class input", () => {
  it("draws 12 symbols from the alphabet and reads them back in any display form", () => {
    const codes = new Set(Array.from({ length: 200 }, generateInviteCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
      expect(inviteCodeSchema.parse(formatInviteCode(code).toLowerCase())).toBe(code);
    }
    expect(inviteCodeSchema.safeParse("ABCD-EFGH-IJKL").success).toBe(false); // I and L are not used
  });
  it("trims names and refuses empty, long or control-character ones", () => {
    expect(createClassSchema.parse({ name: "  Cohort  " })).toEqual({ name: "Cohort" });
    for (const name of ["", "   ", "x".repeat(81), "a\nb"]) expect(createClassSchema.safeParse({ name }).success).toBe(false);
  });
});

describe("CSV", () => {
  it("quotes what needs quoting and defuses spreadsheet formulas", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], ["=SUM(A1)", null], [-3, "@cmd"]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n\'=SUM(A1),\r\n-3,\'@cmd\r\n');
  });
});
