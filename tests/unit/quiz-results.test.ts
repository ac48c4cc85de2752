import { describe, expect, it } from "vitest";
import { formatInterval } from "@/components/quiz/format-interval";
import type { ScorePoint } from "@/lib/dashboard/history";
import { summariseTrend } from "@/lib/dashboard/trend";
import { getMessages } from "@/lib/i18n/messages";

const point = (percent: number, mode: ScorePoint["mode"] = "exam", i = 0): ScorePoint => ({
  id: `a${i}`,
  mode,
  module: null,
  submittedAt: new Date(Date.UTC(2026, 0, 1 + i)),
  score: percent,
  total: 100,
  percent,
  scaledEstimate: null,
});

describe("the trend of a learner's scores", () => {
  it("needs two attempts, and compares the latest five with the five before", () => {
    expect(summariseTrend([])).toBeNull();
    expect(summariseTrend([point(50)])).toBeNull();
    expect(summariseTrend([point(40, "exam", 0), point(60, "exam", 1)])).toEqual({ basis: "exam", recent: 60, recentCount: 1, previous: 40, previousCount: 1, change: 20 });
    const twelve = [50, 50, 60, 60, 60, 60, 60, 70, 70, 70, 70, 70].map((p, i) => point(p, "exam", i));
    expect(summariseTrend(twelve)).toMatchObject({ recent: 70, recentCount: 5, previous: 60, previousCount: 5, change: 10 });
  });

  it("follows exam simulations when there are two or more, otherwise every attempt", () => {
    const mixed = [point(90, "practice", 0), point(40, "exam", 1), point(100, "practice", 2), point(55, "exam", 3)];
    expect(summariseTrend(mixed)).toMatchObject({ basis: "exam", recent: 55, previous: 40, change: 15 });
    expect(summariseTrend([point(90, "practice", 0), point(40, "exam", 1), point(70, "practice", 2)])).toMatchObject({ basis: "all", recent: 55, previous: 90 });
  });

  it("is told in words in both languages", () => {
    expect(getMessages("en").quiz.history.trend("exam", 74, 3, 8, 3)).toBe("Your last 3 exam simulations averaged 74%: 8 points up on the 3 before.");
    expect(getMessages("en").quiz.history.trend("all", 60, 1, -5, 1)).toBe("Your last attempt scored 60%: 5 points down on the one before.");
    expect(getMessages("zh").quiz.history.trend("exam", 74, 3, 8, 3)).toBe("你最近 3 次模拟考试的平均分为 74%，比之前 3 次提高了 8 个百分点。");
  });
});

describe("rating intervals", () => {
  const now = "2026-01-01T00:00:00.000Z";
  const after = (ms: number) => new Date(Date.parse(now) + ms).toISOString();
  it("says how far away the next review is, in the largest unit that fits", () => {
    expect(formatInterval("en", now, after(10 * 60_000))).toBe("in 10 minutes");
    expect(formatInterval("en", now, after(20_000))).toBe("in 1 minute");
    expect(formatInterval("en", now, after(3 * 86_400_000))).toBe("in 3 days");
    expect(formatInterval("zh", now, after(3 * 86_400_000))).toBe("3天后");
    expect(formatInterval("zh", now, after(2 * 3_600_000))).toBe("2小时后");
  });
});

describe("why a result has no scaled score", () => {
  it("explains the arithmetic for a small set", () => {
    expect(getMessages("en").quiz.scaledWithheld("too_few_questions", 5, 20)).toContain("each answer moves your percentage by 20 points");
    expect(getMessages("zh").quiz.scaledWithheld("too_few_questions", 5, 20)).toContain("20 个百分点");
  });
});
