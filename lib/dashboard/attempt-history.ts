import "server-only";
import { z } from "zod";
import type { Db } from "../db";
import type { AttemptMode } from "../quiz/api-types";
import { closeIfExpired } from "../quiz/attempts";
import { buildScoreHistory, type ScorePoint } from "./history";
import { summariseTrend, type Trend } from "./trend";

export const HISTORY_PAGE_SIZE = 25;

/** The history page's query string (?kind=exam&page=2), parsed like any other input; bad values fall back to the defaults. */
export const historyQuerySchema = z.object({
  kind: z.enum(["all", "exam"]).catch("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

export type HistoryRow = ScorePoint & { timeUsedSeconds: number; timedOut: boolean };

export type AttemptHistory = {
  /** this page of attempts, newest first */
  rows: HistoryRow[];
  /** every attempt of this kind, oldest first, for the chart and the trend */
  points: ScorePoint[];
  trend: Trend | null;
  total: number;
  page: number;
  pages: number;
};

/**
 * Every submitted attempt of a learner (or only exam simulations), one page at a time, with the scores
 * over time. Only submitted attempts are graded: an open exam is not listed, and a timed one past its
 * deadline is closed first, exactly as opening it would.
 */
export async function getAttemptHistory(db: Db, learnerId: string | null, query: HistoryQuery, now: Date): Promise<AttemptHistory> {
  if (!learnerId) return { rows: [], points: [], trend: null, total: 0, page: 1, pages: 1 };
  const expired = await db.attempt.findMany({ where: { learnerId, submittedAt: null, deadline: { lte: now } }, select: { id: true, deadline: true, submittedAt: true } });
  for (const attempt of expired) await closeIfExpired(db, attempt, now);

  const where = { learnerId, submittedAt: { not: null }, total: { gt: 0 }, ...(query.kind === "exam" ? { mode: "exam" } : {}) };
  const all = await db.attempt.findMany({
    where,
    select: { id: true, mode: true, module: true, startedAt: true, deadline: true, submittedAt: true, score: true, total: true },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  const attempts = all.map((a) => ({ ...a, mode: a.mode as AttemptMode, submittedAt: a.submittedAt! }));
  const points = buildScoreHistory(attempts);
  const pages = Math.max(1, Math.ceil(points.length / HISTORY_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const byId = new Map(attempts.map((a) => [a.id, a]));
  const newestFirst = [...points].reverse().slice((page - 1) * HISTORY_PAGE_SIZE, page * HISTORY_PAGE_SIZE);
  const rows = newestFirst.map((p): HistoryRow => {
    const a = byId.get(p.id)!;
    return {
      ...p,
      timeUsedSeconds: Math.max(0, Math.round((a.submittedAt.getTime() - a.startedAt.getTime()) / 1000)),
      timedOut: a.deadline !== null && a.submittedAt.getTime() >= a.deadline.getTime(),
    };
  });
  return { rows, points, trend: summariseTrend(points), total: points.length, page, pages };
}
