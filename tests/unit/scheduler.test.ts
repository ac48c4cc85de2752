import { describe, expect, it } from "vitest";
import { previewRatings, rateCard, scheduleMissed } from "@/lib/review/scheduler";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const t0 = new Date("2026-11-25T09:00:00Z");

describe("FSRS scheduling (injected clock)", () => {
  it("a missed question comes back within minutes", () => {
    const card = scheduleMissed(t0);
    const wait = card.due.getTime() - t0.getTime();
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(10 * MINUTE);
    expect(card.reps).toBe(1);
  });

  it("each good review moves it further out, graduating to days", () => {
    let card = scheduleMissed(t0);
    let now = card.due;
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = rateCard(card, "good", now);
      gaps.push(card.due.getTime() - now.getTime());
      now = card.due;
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!);
    expect(gaps[gaps.length - 1]!).toBeGreaterThanOrEqual(DAY);
  });

  it("easy goes further than good, good further than hard, and again brings it back soon", () => {
    let card = scheduleMissed(t0);
    for (let i = 0; i < 3; i++) card = rateCard(card, "good", card.due);
    const at = card.due;
    const preview = previewRatings(card, at);
    expect(preview.easy.getTime()).toBeGreaterThan(preview.good.getTime());
    expect(preview.good.getTime()).toBeGreaterThan(preview.hard.getTime());
    expect(preview.hard.getTime()).toBeGreaterThan(preview.again.getTime());
    const lapsed = rateCard(card, "again", at);
    expect(lapsed.lapses).toBe(card.lapses + 1);
    expect(lapsed.due.getTime() - at.getTime()).toBeLessThanOrEqual(10 * MINUTE);
  });

  it("is deterministic", () => {
    expect(rateCard(scheduleMissed(t0), "good", new Date(t0.getTime() + 5 * MINUTE))).toEqual(rateCard(scheduleMissed(t0), "good", new Date(t0.getTime() + 5 * MINUTE)));
  });
});
