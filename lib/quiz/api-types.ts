/**
 * The JSON shapes of the quiz API (documented in docs/api.md). Shared by the route handlers and
 * the browser UI. Nothing here ever carries a correct answer or an explanation before the learner
 * has answered (practice) or submitted (exam): those only appear in `feedback` and `review`.
 */
import type { Locale } from "../i18n/locales";
import type { QuestionType } from "./schema";

export type AttemptMode = "practice" | "exam" | "missed" | "review";
export type FeedbackMode = "instant" | "end";

/** A question as a learner sees it: opaque per-attempt option ids (o1, o2, … / m1, m2, …). */
export type PublicQuestion = {
  id: string;
  position: number;
  type: QuestionType;
  module: string;
  stem: string;
  /** single: 1; multiple: N ("choose N"); ordering/matching: number of items */
  choose: number;
  options: { id: string; text: string }[];
  /** matching only: the right-hand items, shuffled */
  matches?: { id: string; text: string }[];
};

/** What a learner sent for one question. */
export type AnswerResponse =
  | { optionIds: string[] } // single, multiple
  | { order: string[] } // ordering: every option id, first to last
  | { pairs: Record<string, string> }; // matching: option id → match id

/** Per-question result, shown once the learner may see it. */
export type QuestionFeedback = {
  correct: boolean;
  /** single/multiple: the correct option ids; ordering: the correct order; matching: option → match */
  correctOptionIds?: string[];
  correctOrder?: string[];
  correctPairs?: Record<string, string>;
  explanations: Record<string, string>;
  source: string;
};

/** The learner's own answer to one question, and what they may see about it so far. */
export type ResponseState = {
  answer: AnswerResponse | null;
  flagged: boolean;
  /** practice with instant feedback: once answered; every mode: once the attempt is submitted */
  feedback?: QuestionFeedback;
};

export type ModuleScore = { module: string; title: string; correct: number; total: number };

export type AttemptResult = {
  correct: number;
  total: number;
  percent: number;
  /**
   * An estimate on the AWS 100–1000 scale (720 is the usual pass line); null unless the attempt is an
   * exam simulation of at least `minScaledQuestions` questions, and then `scaledWithheld` says why.
   */
  scaledEstimate: number | null;
  scaledWithheld: "not_an_exam" | "too_few_questions" | null;
  minScaledQuestions: number;
  passLine: number;
  /** null when there is no scaled estimate */
  passed: boolean | null;
  byModule: ModuleScore[];
  /** seconds from start to submission (for a timed attempt, at most its time limit) */
  timeUsedSeconds: number;
  /** timed attempts: the limit they had; null otherwise */
  timeLimitSeconds: number | null;
  /** true when the deadline passed before the learner submitted (the attempt was submitted at its deadline) */
  timedOut: boolean;
};

export type AttemptState = {
  id: string;
  mode: AttemptMode;
  module: string | null;
  locale: Locale;
  feedback: FeedbackMode;
  status: "active" | "submitted";
  startedAt: string;
  deadline: string | null;
  submittedAt: string | null;
  /** the server's clock, so the browser can correct its own when counting down */
  now: string;
  questions: PublicQuestion[];
  /** keyed by question id */
  responses: Record<string, ResponseState>;
  result: AttemptResult | null;
};

export type AnswerAck = { recorded: true; questionId: string; feedback?: QuestionFeedback };

export type ProgressSummary = {
  modules: { module: string; completedLessons: string[]; answered: number; correct: number }[];
  missedCount: number;
};

export type ApiError = { error: { code: string; message: string } };
