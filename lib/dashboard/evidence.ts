/**
 * What a learner's answers say about each module, weighted by how recent they are. Pure: takes the
 * answers and the time, returns numbers. Shared by the strength chart and the readiness estimate.
 */
export const HALF_LIFE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** One answer, as evidence: each question counts once (its latest answer, lib/quiz/latest-answers.ts). */
export type AnswerEvidence = { module: string; correct: boolean; answeredAt: Date };

export type ModuleEvidence = {
  module: string;
  /** how many answers (unweighted) */
  answers: number;
  /** sum of the weights of the right answers */
  weightedCorrect: number;
  /** sum of the weights of all answers */
  weightedTotal: number;
};

/** An answer's weight: 1 today, ½ after one half-life, ¼ after two. Answers "from the future" (clock skew) count as today's. */
export function recencyWeight(answeredAt: Date, now: Date, halfLifeDays = HALF_LIFE_DAYS): number {
  const ageDays = Math.max(0, now.getTime() - answeredAt.getTime()) / DAY_MS;
  return 0.5 ** (ageDays / halfLifeDays);
}

/** Per module (every module of `modules`, in that order, even without answers), the weighted counts. */
export function weighAnswers(answers: AnswerEvidence[], modules: string[], now: Date, halfLifeDays = HALF_LIFE_DAYS): ModuleEvidence[] {
  const byModule = new Map(modules.map((module) => [module, { module, answers: 0, weightedCorrect: 0, weightedTotal: 0 }]));
  for (const answer of answers) {
    const entry = byModule.get(answer.module);
    if (!entry) continue; // a module that left the course
    const weight = recencyWeight(answer.answeredAt, now, halfLifeDays);
    entry.answers++;
    entry.weightedTotal += weight;
    if (answer.correct) entry.weightedCorrect += weight;
  }
  return [...byModule.values()];
}

export type ModuleStrength = { module: string; answers: number; /** 0–1, or null without answers */ accuracy: number | null };

/** Strength per module: recency-weighted accuracy (no prior: what the learner actually did). */
export function computeStrength(evidence: ModuleEvidence[]): ModuleStrength[] {
  return evidence.map((e) => ({ module: e.module, answers: e.answers, accuracy: e.weightedTotal > 0 ? e.weightedCorrect / e.weightedTotal : null }));
}
