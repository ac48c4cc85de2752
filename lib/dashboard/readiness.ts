/**
 * Readiness: an *estimate* of how likely the learner is to pass, per module and overall, from their
 * recent answers. Pure and deterministic. The method, in the words the learner reads, is on
 * /[locale]/dashboard/readiness; in short:
 *
 * 1. Each question counts once, by its latest answer, weighted by recency (half-life 14 days).
 * 2. Per module, a Beta(1, 1) prior (no opinion) updated with the weighted right and wrong answers
 *    gives a posterior over the learner's accuracy in that module.
 * 3. Module readiness = P(accuracy ≥ the assumed pass mark 70%) under that posterior (exact Beta CDF).
 *    Fewer than 5 answers: "not enough data", never a number.
 * 4. Overall: the exam's module weights (module.yaml) combine module accuracies into an expected exam
 *    score. Its variance adds the posterior uncertainty of each module and the luck of drawing a
 *    65-question exam (binomial). P(score ≥ 70%) by a normal approximation with continuity correction.
 *    Modules without answers enter at the prior (50% ± 29%), which is what the learner has shown so far.
 *    Reported only once modules worth at least half of the exam have enough data.
 */
import { ASSUMED_RAW_PASS } from "../quiz/scoring";
import type { ModuleEvidence } from "./evidence";
import { betaCdf, normalCdf } from "./stats";

export const MIN_ANSWERS = 5;
export const MIN_COVERAGE = 0.5;
export const EXAM_QUESTIONS = 65;
export const PRIOR = { correct: 1, incorrect: 1 } as const;

export type Posterior = { alpha: number; beta: number; mean: number; variance: number };

export type ModuleReadiness = {
  module: string;
  answers: number;
  /** the module's share of the exam, 0–1 */
  weight: number;
  /** posterior accuracy */
  mean: number;
  sd: number;
  /** P(accuracy ≥ pass mark); null when there is not enough data */
  probability: number | null;
};

export type OverallReadiness = {
  /** expected exam score, 0–1 */
  expectedScore: number;
  sd: number;
  /** P(exam score ≥ pass mark); null when there is not enough data */
  probability: number | null;
  /** share of the exam's weight held by modules with enough data */
  coverage: number;
};

export type Readiness = { modules: ModuleReadiness[]; overall: OverallReadiness };

export function computePosterior(evidence: Pick<ModuleEvidence, "weightedCorrect" | "weightedTotal">): Posterior {
  const alpha = PRIOR.correct + evidence.weightedCorrect;
  const beta = PRIOR.incorrect + Math.max(0, evidence.weightedTotal - evidence.weightedCorrect);
  const n = alpha + beta;
  return { alpha, beta, mean: alpha / n, variance: (alpha * beta) / (n * n * (n + 1)) };
}

/** The exam's module weights as shares summing to 1 (equal shares if none is given). */
export function normaliseWeights(modules: string[], weights: Record<string, number>): Record<string, number> {
  const total = modules.reduce((n, m) => n + Math.max(0, weights[m] ?? 0), 0);
  return Object.fromEntries(modules.map((m) => [m, total > 0 ? Math.max(0, weights[m] ?? 0) / total : 1 / modules.length]));
}

/**
 * P(score ≥ pass) on an exam of `questions` questions whose expected score is `mean` with
 * `variance` (posterior + sampling). Passing needs ⌈pass·N⌉ right answers; the half-question
 * continuity correction makes the normal approximation fair to a discrete count.
 */
export function passProbability(mean: number, variance: number, questions = EXAM_QUESTIONS, pass = ASSUMED_RAW_PASS): number {
  // A tiny epsilon keeps 0.7 × 65 = 45.5 from becoming 45.500000000000004 in floating point.
  const needed = Math.ceil(pass * questions - 1e-9);
  const threshold = (needed - 0.5) / questions;
  if (variance <= 0) return mean >= threshold ? 1 : 0;
  return 1 - normalCdf((threshold - mean) / Math.sqrt(variance));
}

export function estimateReadiness(
  evidence: ModuleEvidence[],
  weights: Record<string, number>,
  options: { minAnswers?: number; examQuestions?: number; pass?: number } = {},
): Readiness {
  const { minAnswers = MIN_ANSWERS, examQuestions = EXAM_QUESTIONS, pass = ASSUMED_RAW_PASS } = options;
  const shares = normaliseWeights(
    evidence.map((e) => e.module),
    weights,
  );
  let expectedScore = 0;
  let variance = 0;
  let coverage = 0;
  const modules = evidence.map((e): ModuleReadiness => {
    const post = computePosterior(e);
    const weight = shares[e.module] ?? 0;
    const enough = e.answers >= minAnswers;
    expectedScore += weight * post.mean;
    // Uncertainty about the module's accuracy, plus the luck of the weight·N questions drawn from it:
    // Var(Σ w·p̂) = Σ w²·Var(p) + Σ w·E[p(1−p)]/N, with E[p(1−p)] = mean(1−mean) − Var(p).
    variance += weight * weight * post.variance + (weight * (post.mean * (1 - post.mean) - post.variance)) / examQuestions;
    if (enough) coverage += weight;
    return {
      module: e.module,
      answers: e.answers,
      weight,
      mean: post.mean,
      sd: Math.sqrt(post.variance),
      probability: enough ? 1 - betaCdf(pass, post.alpha, post.beta) : null,
    };
  });
  const enoughOverall = coverage >= MIN_COVERAGE - 1e-9;
  return {
    modules,
    overall: {
      expectedScore,
      sd: Math.sqrt(variance),
      probability: enoughOverall ? passProbability(expectedScore, variance, examQuestions, pass) : null,
      coverage,
    },
  };
}

export type ReadinessBand = "likely" | "borderline" | "unlikely" | "unknown";

/** Words for a probability, so a number is never read as a promise. */
export function describeProbability(probability: number | null): ReadinessBand {
  if (probability === null) return "unknown";
  if (probability >= 0.75) return "likely";
  if (probability >= 0.4) return "borderline";
  return "unlikely";
}
