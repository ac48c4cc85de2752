import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { DomainError, notFound } from "../errors";
import type { Locale } from "../i18n/locales";
import type { AttemptMode, AttemptState, FeedbackMode, ResponseState } from "./api-types";
import { getModuleCatalogue, listCurrentQuestions, readVersion, type PoolEntry } from "./catalogue";
import { computeDeadline, isPastDeadline, SECONDS_PER_QUESTION } from "./deadline";
import { drawExam, pickFrom } from "./draw";
import type { AuthoredResponse } from "./grading";
import type { AttemptView, CreateAttemptInput } from "./inputs";
import { canAccessAttempt } from "./permissions";
import { createLayout, toFeedback, toPublicAnswer, toPublicQuestion, type OptionLayout } from "./present";
import { secureRandom, type Random } from "./random";
import { insertAttempt, readLearnerHistory, type NewLearner } from "./attempt-store";
import { countAttemptClosed, countAttemptStarted } from "../metrics";
import { listDueQuestionIds } from "../review/queue";
import { listLatestAnswers } from "./latest-answers";
import { summariseScore } from "./scoring";

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const DEFAULT_PRACTICE = 10;
/** The default exam length; a "full" exam simulation (lib/certificates/) has at least this many questions. */
export const DEFAULT_EXAM = 30;
const MAX_MISSED = 65;

/** Questions whose latest counted answer by this learner was wrong. */
export async function listMissedQuestionIds(db: Db, learnerId: string | null, now: Date): Promise<string[]> {
  if (!learnerId) return [];
  return (await listLatestAnswers(db, learnerId, now)).filter((a) => !a.correct).map((a) => a.questionId);
}

/**
 * The questions a learner got wrong or left unanswered in one of their own attempts, in its order.
 * Only a submitted attempt (or a timed one past its deadline, closed here) tells: before that its
 * verdicts are not the learner's to see. Someone else's attempt is "not found", as everywhere.
 */
async function listMissedInAttempt(db: Db, learnerId: string | null, attemptId: string, now: Date): Promise<{ questionIds: string[]; module: string | null }> {
  let attempt = await loadOwnAttempt(db, learnerId, attemptId);
  if (await closeIfExpired(db, attempt, now)) attempt = await loadOwnAttempt(db, learnerId, attemptId);
  if (!attempt.submittedAt) throw new DomainError(409, "attempt_in_progress", "that attempt is not submitted yet: its results are not known until it is");
  return {
    questionIds: attempt.items.filter((i) => !i.answer?.correct).map((i) => readVersion(i.questionVersion, i.questionVersion.question.module).id),
    module: attempt.mode === "practice" ? attempt.module : null,
  };
}

/** What a new attempt will hold, decided and validated before anything is written (or a guest made). */
export type AttemptPlan = { input: CreateAttemptInput; items: { versionId: string; version: { id: string; body: string }; module: string; layout: OptionLayout }[] };

const planItem = (q: PoolEntry, random: Random) => ({ versionId: q.versionId, version: q.version, module: q.module, layout: createLayout(readVersion(q.version, q.module), random) });

/**
 * Draws the questions of a new attempt and their presentation. Every bad request fails here, before
 * the caller creates a learner or writes a row. `learnerId` is null for a visitor with no records yet.
 */
export async function planAttempt(db: Db, learnerId: string | null, input: CreateAttemptInput, now: Date, random: Random = secureRandom): Promise<AttemptPlan> {
  const catalogue = getModuleCatalogue();
  if (input.module && !catalogue.some((m) => m.slug === input.module)) throw new DomainError(400, "unknown_module", `there is no module '${input.module}'`);

  // One read for what the learner has been shown (fresh questions come first) and what their open
  // exams hold: no other attempt may show those, or a practice round with instant feedback would
  // reveal an exam answer before submission. An exam's pool (the whole bank) is read alongside.
  const [{ seen, hidden }, examPool] = await Promise.all([readLearnerHistory(db, learnerId, now), input.mode === "exam" ? listCurrentQuestions(db) : undefined]);
  const visible = (pool: readonly PoolEntry[]) => pool.filter((q) => !hidden.has(q.id));
  let picked: PoolEntry[];
  if (input.mode === "practice") {
    if (input.fromAttempt) {
      const source = await listMissedInAttempt(db, learnerId, input.fromAttempt, now);
      const pool = visible(await listCurrentQuestions(db, { ids: source.questionIds }));
      picked = source.questionIds.flatMap((id) => pool.filter((q) => q.id === id));
      if (!picked.length) throw new DomainError(422, "no_questions", "nothing to practise: every question of that attempt was answered correctly (or is no longer in the course)");
      return { input: { ...input, module: source.module ?? undefined }, items: picked.map((q) => planItem(q, random)) };
    }
    const pool = await listCurrentQuestions(db, { module: input.module, ids: input.questionIds });
    if (input.questionIds) {
      const missing = input.questionIds.filter((id) => !pool.some((q) => q.id === id));
      if (missing.length) throw new DomainError(400, "unknown_question", `no such question: ${missing.join(", ")}`);
      const inExam = input.questionIds.filter((id) => hidden.has(id));
      if (inExam.length) throw new DomainError(409, "exam_in_progress", `${inExam.join(", ")} ${inExam.length === 1 ? "is" : "are"} part of your exam in progress: submit the exam first`);
      picked = input.questionIds.map((id) => pool.find((q) => q.id === id)!);
    } else {
      picked = pickFrom(visible(pool), input.count ?? DEFAULT_PRACTICE, seen, random);
    }
  } else if (input.mode === "missed") {
    const missed = await listMissedQuestionIds(db, learnerId, now);
    const pool = missed.length ? visible(await listCurrentQuestions(db, { ids: missed })) : [];
    picked = pickFrom(pool, Math.min(input.count ?? MAX_MISSED, MAX_MISSED), new Set(), random);
  } else if (input.mode === "review") {
    // The spaced-repetition queue: every question due now, most overdue first. Reading the queue
    // schedules missed questions, so a visitor with no records has nothing due and writes nothing.
    const due = learnerId ? (await listDueQuestionIds(db, learnerId, now)).filter((id) => !hidden.has(id)) : [];
    const pool = due.length ? await listCurrentQuestions(db, { ids: due }) : [];
    picked = due.flatMap((id) => pool.filter((q) => q.id === id)).slice(0, input.count ?? 50);
  } else {
    const pool = visible(examPool ?? (await listCurrentQuestions(db)));
    const weights = Object.fromEntries(catalogue.map((m) => [m.slug, m.weight]));
    picked = drawExam(pool, input.count ?? DEFAULT_EXAM, weights, seen, random);
  }
  if (!picked.length) throw new DomainError(
      422,
      "no_questions",
      input.mode === "missed" ? "there is nothing to retake: no question's latest answer is wrong" : input.mode === "review" ? "nothing is due for review right now" : "there are no questions to draw",
    );
  return { input, items: picked.map((q) => planItem(q, random)) };
}

/**
 * Stores a planned attempt for a learner and returns its state, built from what was just written
 * (a new attempt has no answers, flags or submission yet) rather than read back. `learner`: an
 * existing learner's id, or a new guest whose row is written with the attempt (both or neither).
 */
export async function startAttempt(db: Db, learner: string | NewLearner, plan: AttemptPlan, now: Date): Promise<AttemptState> {
  const { input, items } = plan;
  const learnerId = typeof learner === "string" ? learner : learner.id;
  const mode: AttemptMode = input.mode;
  const feedback: FeedbackMode = mode === "exam" ? "end" : (input.feedback ?? "instant");
  const deadline = mode === "exam" ? computeDeadline(now, input.timeLimitSeconds ?? items.length * SECONDS_PER_QUESTION) : null;
  const attempt = { id: randomUUID(), learnerId, mode, module: input.module ?? null, locale: input.locale, feedback, startedAt: now, deadline, total: items.length };
  const rows = items.map((item, index) => ({ id: randomUUID(), position: index + 1, questionVersionId: item.versionId, optionOrder: JSON.stringify(item.layout) }));
  await insertAttempt(db, attempt, rows, typeof learner === "string" ? undefined : learner);
  countAttemptStarted(mode);
  return buildState(
    {
      ...attempt,
      submittedAt: null,
      score: null,
      items: rows.map((row, index) => ({
        ...row,
        attemptId: attempt.id,
        flagged: false,
        answer: null,
        questionVersion: { id: items[index]!.version.id, body: items[index]!.version.body, question: { module: items[index]!.module } },
      })),
    },
    now,
    input.locale,
  );
}

/** Plans and starts an attempt for a learner who already exists (tests and scripts). */
export async function createAttempt(db: Db, learnerId: string, input: CreateAttemptInput, now: Date, random: Random = secureRandom) {
  return startAttempt(db, learnerId, await planAttempt(db, learnerId, input, now, random), now);
}

const attemptInclude = {
  items: {
    orderBy: { position: "asc" as const },
    include: {
      answer: { select: { response: true, correct: true } },
      questionVersion: { select: { id: true, body: true, question: { select: { module: true } } } },
    },
  },
};

async function loadOwnAttempt(db: Db, learnerId: string | null, attemptId: string) {
  const attempt = await db.attempt.findUnique({ where: { id: attemptId }, include: attemptInclude });
  if (!attempt || !canAccessAttempt(attempt, learnerId)) throw notFound();
  return attempt;
}

type LoadedAttempt = Awaited<ReturnType<typeof loadOwnAttempt>>;

/** Grades and closes an attempt. Only the first of two racing submissions wins. */
async function finalize(db: Db, attempt: LoadedAttempt, submittedAt: Date): Promise<boolean> {
  const score = attempt.items.filter((i) => i.answer?.correct).length;
  const { count } = await db.attempt.updateMany({ where: { id: attempt.id, submittedAt: null }, data: { submittedAt, score } });
  return count === 1;
}

/** A timed attempt past its deadline is submitted as of the deadline, whoever touches it first. */
export async function closeIfExpired(db: Db, attempt: { id: string; deadline: Date | null; submittedAt: Date | null }, now: Date): Promise<boolean> {
  if (attempt.submittedAt || !isPastDeadline(attempt.deadline, now)) return false;
  const full = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, include: attemptInclude });
  if (await finalize(db, full, attempt.deadline!)) countAttemptClosed(full.mode, "expired");
  return true;
}

/** `view.locale`: show the text in this language rather than the attempt's own (both exist for every question). */
export async function getAttemptState(db: Db, learnerId: string | null, attemptId: string, now: Date, view: AttemptView = {}): Promise<AttemptState> {
  let attempt = await loadOwnAttempt(db, learnerId, attemptId);
  if (await closeIfExpired(db, attempt, now)) attempt = await loadOwnAttempt(db, learnerId, attemptId);
  return buildState(attempt, now, view.locale ?? (attempt.locale as Locale));
}

export async function submitAttempt(db: Db, learnerId: string | null, attemptId: string, now: Date, view: AttemptView = {}): Promise<AttemptState> {
  const attempt = await loadOwnAttempt(db, learnerId, attemptId);
  if (attempt.submittedAt) throw new DomainError(409, "already_submitted", "this attempt was already submitted");
  const expired = attempt.deadline !== null && isPastDeadline(attempt.deadline, now);
  if (!(await finalize(db, attempt, expired ? attempt.deadline! : now))) throw new DomainError(409, "already_submitted", "this attempt was already submitted");
  countAttemptClosed(attempt.mode, expired ? "expired" : "submitted");
  return getAttemptState(db, learnerId, attemptId, now, view);
}

function buildState(attempt: LoadedAttempt, now: Date, locale: Locale): AttemptState {
  const submitted = attempt.submittedAt !== null;
  const catalogue = getModuleCatalogue();
  const questions = [];
  const responses: Record<string, ResponseState> = {};
  const scored = [];
  for (const item of attempt.items) {
    const question = readVersion(item.questionVersion, item.questionVersion.question.module);
    const layout = JSON.parse(item.optionOrder) as OptionLayout;
    questions.push(toPublicQuestion(question, layout, locale, item.position));
    const answer = item.answer ? (JSON.parse(item.answer.response) as AuthoredResponse) : null;
    const showFeedback = submitted || (attempt.feedback === "instant" && answer !== null);
    responses[question.id] = {
      answer: answer ? toPublicAnswer(layout, answer) : null,
      flagged: item.flagged,
      ...(showFeedback ? { feedback: toFeedback(question, layout, locale, item.answer?.correct ?? false) } : {}),
    };
    scored.push({ module: question.module, correct: item.answer?.correct ?? false });
  }
  const titles = Object.fromEntries(catalogue.map((m) => [m.slug, m.title[locale]]));
  return {
    id: attempt.id,
    mode: attempt.mode as AttemptMode,
    module: attempt.module,
    locale,
    feedback: attempt.feedback as FeedbackMode,
    status: submitted ? "submitted" : "active",
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline?.toISOString() ?? null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    now: now.toISOString(),
    questions,
    responses,
    result: attempt.submittedAt ? { ...summariseScore(scored, titles, catalogue.map((m) => m.slug), attempt.mode), ...timingOf(attempt.startedAt, attempt.deadline, attempt.submittedAt) } : null,
  };
}

/** How long a submitted attempt took, its limit, and whether the clock ran out before the learner submitted. */
function timingOf(startedAt: Date, deadline: Date | null, submittedAt: Date) {
  return {
    timeUsedSeconds: Math.max(0, Math.round((submittedAt.getTime() - startedAt.getTime()) / 1000)),
    timeLimitSeconds: deadline ? Math.round((deadline.getTime() - startedAt.getTime()) / 1000) : null,
    timedOut: deadline !== null && submittedAt.getTime() >= deadline.getTime(),
  };
}
