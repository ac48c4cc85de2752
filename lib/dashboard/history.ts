/** Submitted attempts as the dashboard shows them: a score history and the most recent ones. Pure. */
import type { AttemptMode } from "../quiz/api-types";
import { scaledEstimateFor } from "../quiz/scoring";

export type SubmittedAttempt = { id: string; mode: AttemptMode; module: string | null; submittedAt: Date; score: number | null; total: number };

export type ScorePoint = {
  id: string;
  mode: AttemptMode;
  module: string | null;
  submittedAt: Date;
  score: number;
  total: number;
  /** 0–100, rounded */
  percent: number;
  /** exam simulations of enough questions only: the estimated AWS scaled score (lib/quiz/scoring.ts) */
  scaledEstimate: number | null;
};

export const RECENT_ATTEMPTS = 10;

function toPoint(attempt: SubmittedAttempt): ScorePoint {
  const score = attempt.score ?? 0;
  return {
    id: attempt.id,
    mode: attempt.mode,
    module: attempt.module,
    submittedAt: attempt.submittedAt,
    score,
    total: attempt.total,
    percent: attempt.total > 0 ? Math.round((score / attempt.total) * 100) : 0,
    scaledEstimate: scaledEstimateFor(attempt.mode, score, attempt.total).scaledEstimate,
  };
}

const byTime = (a: SubmittedAttempt, b: SubmittedAttempt) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id.localeCompare(b.id);

/** Every submitted attempt with questions, oldest first. */
export function buildScoreHistory(attempts: SubmittedAttempt[]): ScorePoint[] {
  return attempts
    .filter((a) => a.total > 0)
    .sort(byTime)
    .map(toPoint);
}

/** The latest `count` submitted attempts, newest first. */
export function listRecentAttempts(attempts: SubmittedAttempt[], count = RECENT_ATTEMPTS): ScorePoint[] {
  return buildScoreHistory(attempts).reverse().slice(0, count);
}
