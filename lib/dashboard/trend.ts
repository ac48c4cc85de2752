/** The trend of a learner's scores over time, for the history page. Pure. */
import type { ScorePoint } from "./history";

export const TREND_WINDOW = 5;

export type Trend = {
  /** exam simulations when there are at least two, otherwise every attempt */
  basis: "exam" | "all";
  /** mean percentage of the latest (up to TREND_WINDOW) attempts */
  recent: number;
  recentCount: number;
  /** mean percentage of the (up to TREND_WINDOW) attempts before those, if any */
  previous: number | null;
  previousCount: number;
  /** recent − previous, in percentage points; null without earlier attempts */
  change: number | null;
};

const mean = (points: ScorePoint[]) => Math.round(points.reduce((n, p) => n + p.percent, 0) / points.length);

/** Compares the latest attempts with the ones before them; null with fewer than two attempts. `points` oldest first. */
export function summariseTrend(points: ScorePoint[]): Trend | null {
  const exams = points.filter((p) => p.mode === "exam");
  const basis = exams.length >= 2 ? "exam" : "all";
  const series = basis === "exam" ? exams : points;
  if (series.length < 2) return null;
  // With a short history, split it in two halves rather than comparing one attempt with everything else.
  const size = Math.min(TREND_WINDOW, Math.ceil(series.length / 2));
  const recentPoints = series.slice(-size);
  const previousPoints = series.slice(-2 * size, -size);
  const recent = mean(recentPoints);
  const previous = previousPoints.length ? mean(previousPoints) : null;
  return { basis, recent, recentCount: recentPoints.length, previous, previousCount: previousPoints.length, change: previous === null ? null : recent - previous };
}
