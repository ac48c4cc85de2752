/**
 * AWS reports results on a 100–1000 scale with 720 as the usual pass line, but does not publish the
 * mapping from raw to scaled scores (it varies per exam form). The course's *estimate* is
 * piecewise linear: 0% → 100, the assumed raw pass mark (70%) → 720, 100% → 1000.
 */
export const SCALE_MIN = 100;
export const SCALE_MAX = 1000;
export const PASS_LINE = 720;
export const ASSUMED_RAW_PASS = 0.7;

export function estimateScaledScore(correct: number, total: number): number {
  if (total <= 0) return SCALE_MIN;
  const raw = Math.min(1, Math.max(0, correct / total));
  const scaled =
    raw <= ASSUMED_RAW_PASS
      ? SCALE_MIN + (raw / ASSUMED_RAW_PASS) * (PASS_LINE - SCALE_MIN)
      : PASS_LINE + ((raw - ASSUMED_RAW_PASS) / (1 - ASSUMED_RAW_PASS)) * (SCALE_MAX - PASS_LINE);
  return Math.round(scaled);
}

/**
 * Below this many questions the course gives no scaled score. The estimate maps a raw percentage, and
 * with few questions one answer moves that percentage (and the estimate) a long way: at 5 questions a
 * single answer is 20 percentage points, the whole gap between "well below" and "comfortably above"
 * the pass line. At 20 questions one answer is 5 points. AWS's own exams have 65.
 */
export const MIN_QUESTIONS_FOR_SCALED = 20;

/** Why an attempt has no scaled score: only exam simulations (every module, by weight) of enough questions get one. */
export type ScaledWithheld = "not_an_exam" | "too_few_questions";

export function scaledEstimateFor(mode: string, correct: number, total: number): { scaledEstimate: number | null; withheld: ScaledWithheld | null } {
  if (mode !== "exam") return { scaledEstimate: null, withheld: "not_an_exam" };
  if (total < MIN_QUESTIONS_FOR_SCALED) return { scaledEstimate: null, withheld: "too_few_questions" };
  return { scaledEstimate: estimateScaledScore(correct, total), withheld: null };
}

export type ScoredItem = { module: string; correct: boolean };

export function summariseScore(items: ScoredItem[], moduleTitles: Record<string, string>, moduleOrder: string[], mode = "exam") {
  const correct = items.filter((i) => i.correct).length;
  const total = items.length;
  const { scaledEstimate, withheld } = scaledEstimateFor(mode, correct, total);
  const modules = [...new Set(items.map((i) => i.module))].sort((a, b) => moduleOrder.indexOf(a) - moduleOrder.indexOf(b));
  return {
    correct,
    total,
    percent: total ? Math.round((correct / total) * 100) : 0,
    scaledEstimate,
    scaledWithheld: withheld,
    minScaledQuestions: MIN_QUESTIONS_FOR_SCALED,
    passLine: PASS_LINE,
    passed: scaledEstimate === null ? null : scaledEstimate >= PASS_LINE,
    byModule: modules.map((module) => {
      const mine = items.filter((i) => i.module === module);
      return { module, title: moduleTitles[module] ?? module, correct: mine.filter((i) => i.correct).length, total: mine.length };
    }),
  };
}
