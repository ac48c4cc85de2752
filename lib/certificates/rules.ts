/**
 * Who may have a certificate (pure: takes data, returns data). A signed-in learner who has
 * completed every lesson of the course and scored at or above the pass line in a *full* exam
 * simulation: an exam of at least the default length (30 questions), timed at no more than the AWS
 * pace (2 minutes a question), and over — submitted, or past its deadline. An exam still open counts
 * for nothing (lib/quiz/counted.ts).
 */
import { isOpenExam } from "../quiz/counted";
import { SECONDS_PER_QUESTION } from "../quiz/deadline";
import { estimateScaledScore, PASS_LINE } from "../quiz/scoring";

export type ExamRecord = {
  id: string;
  mode: string;
  total: number;
  startedAt: Date;
  deadline: Date | null;
  submittedAt: Date | null;
  /** Correct answers: the stored score once submitted, else the answers saved before the deadline. */
  correct: number;
};

export type QualifyingExam = { attemptId: string; scaledScore: number; finishedAt: Date };

export type Eligibility = {
  lessons: { completed: number; total: number };
  /** The learner's best full exam so far (passed or not), or null when there is none. */
  bestExam: QualifyingExam | null;
  passLine: number;
  minQuestions: number;
  eligible: boolean;
};

export function isFullExam(exam: ExamRecord, minQuestions: number): boolean {
  if (exam.mode !== "exam" || exam.total < minQuestions || exam.deadline === null) return false;
  return exam.deadline.getTime() - exam.startedAt.getTime() <= exam.total * SECONDS_PER_QUESTION * 1000;
}

/** The best finished full exam (highest scaled score, then the earliest), or null. */
export function pickBestExam(exams: ExamRecord[], minQuestions: number, now: Date): QualifyingExam | null {
  let best: QualifyingExam | null = null;
  for (const exam of exams) {
    if (!isFullExam(exam, minQuestions) || isOpenExam(exam, now)) continue;
    const finishedAt = exam.submittedAt ?? exam.deadline!;
    const scaledScore = estimateScaledScore(exam.correct, exam.total);
    if (!best || scaledScore > best.scaledScore || (scaledScore === best.scaledScore && finishedAt < best.finishedAt)) {
      best = { attemptId: exam.id, scaledScore, finishedAt };
    }
  }
  return best;
}

export function decideEligibility(input: { lessonsCompleted: number; lessonsTotal: number; exams: ExamRecord[]; minQuestions: number; now: Date }): Eligibility {
  const bestExam = pickBestExam(input.exams, input.minQuestions, input.now);
  const allLessons = input.lessonsTotal > 0 && input.lessonsCompleted >= input.lessonsTotal;
  return {
    lessons: { completed: input.lessonsCompleted, total: input.lessonsTotal },
    bestExam,
    passLine: PASS_LINE,
    minQuestions: input.minQuestions,
    eligible: allLessons && bestExam !== null && bestExam.scaledScore >= PASS_LINE,
  };
}
