import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import type { Db } from "../db";
import { DomainError, notFound } from "../errors";
import type { Locale } from "../i18n/locales";
import type { AttemptMode, AttemptState, FeedbackMode, ResponseState } from "./api-types";
import { getModuleCatalogue, listCurrentQuestions, readVersion } from "./catalogue";
import { computeDeadline, isPastDeadline, SECONDS_PER_QUESTION } from "./deadline";
import { drawExam, pickFrom } from "./draw";
import type { AuthoredResponse } from "./grading";
import type { CreateAttemptInput } from "./inputs";
import { canAccessAttempt } from "./permissions";
import { createLayout, toFeedback, toPublicAnswer, toPublicQuestion, type OptionLayout } from "./present";
import { createRandom, type Random } from "./random";
import { listDueQuestionIds } from "../review/queue";
import { listLatestAnswers } from "./latest-answers";
import { summariseScore } from "./scoring";

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const DEFAULT_PRACTICE = 10;
const DEFAULT_EXAM = 30;
const MAX_MISSED = 65;

/** Question ids this learner has already been shown, so fresh ones come first. */
async function listSeenQuestionIds(db: Db, learnerId: string): Promise<Set<string>> {
  const rows = await db.attemptQuestion.findMany({ where: { attempt: { learnerId } }, select: { questionVersion: { select: { questionId: true } } } });
  return new Set(rows.map((r) => r.questionVersion.questionId));
}

/** Questions whose latest answer by this learner was wrong. */
export async function listMissedQuestionIds(db: Db, learnerId: string): Promise<string[]> {
  return (await listLatestAnswers(db, learnerId)).filter((a) => !a.correct).map((a) => a.questionId);
}

export async function createAttempt(db: Db, learnerId: string, input: CreateAttemptInput, now: Date, random: Random = createRandom(randomInt(2 ** 31))) {
  const catalogue = getModuleCatalogue();
  if (input.module && !catalogue.some((m) => m.slug === input.module)) throw new DomainError(400, "unknown_module", `there is no module '${input.module}'`);

  let picked: { id: string; module: string; versionId: string; version: { id: string; body: string } }[];
  const seen = await listSeenQuestionIds(db, learnerId);
  if (input.mode === "practice") {
    const pool = await listCurrentQuestions(db, { module: input.module, ids: input.questionIds });
    if (input.questionIds) {
      const missing = input.questionIds.filter((id) => !pool.some((q) => q.id === id));
      if (missing.length) throw new DomainError(400, "unknown_question", `no such question: ${missing.join(", ")}`);
      picked = input.questionIds.map((id) => pool.find((q) => q.id === id)!);
    } else {
      picked = pickFrom(pool, input.count ?? DEFAULT_PRACTICE, seen, random) as typeof pool;
    }
  } else if (input.mode === "missed") {
    const missed = await listMissedQuestionIds(db, learnerId);
    const pool = missed.length ? await listCurrentQuestions(db, { ids: missed }) : [];
    picked = pickFrom(pool, Math.min(input.count ?? MAX_MISSED, MAX_MISSED), new Set(), random) as typeof pool;
  } else if (input.mode === "review") {
    // The spaced-repetition queue: every question due now, most overdue first.
    const due = await listDueQuestionIds(db, learnerId, now);
    const pool = due.length ? await listCurrentQuestions(db, { ids: due }) : [];
    picked = due.flatMap((id) => pool.filter((q) => q.id === id)).slice(0, input.count ?? 50);
  } else {
    const pool = await listCurrentQuestions(db);
    const weights = Object.fromEntries(catalogue.map((m) => [m.slug, m.weight]));
    picked = drawExam(pool, input.count ?? DEFAULT_EXAM, weights, seen, random) as typeof pool;
  }
  if (!picked.length) throw new DomainError(
      422,
      "no_questions",
      input.mode === "missed" ? "there is nothing to retake: no question's latest answer is wrong" : input.mode === "review" ? "nothing is due for review right now" : "there are no questions to draw",
    );

  const mode: AttemptMode = input.mode;
  const feedback: FeedbackMode = mode === "exam" ? "end" : (input.feedback ?? "instant");
  const deadline = mode === "exam" ? computeDeadline(now, input.timeLimitSeconds ?? picked.length * SECONDS_PER_QUESTION) : null;
  const id = randomUUID();
  await db.$transaction([
    db.attempt.create({
      data: { id, learnerId, mode, module: input.module ?? null, locale: input.locale, feedback, startedAt: now, deadline, total: picked.length },
    }),
    db.attemptQuestion.createMany({
      data: picked.map((q, index) => ({
        id: randomUUID(),
        attemptId: id,
        position: index + 1,
        questionVersionId: q.versionId,
        optionOrder: JSON.stringify(createLayout(readVersion(q.version, q.module), random)),
      })),
    }),
  ]);
  return getAttemptState(db, learnerId, id, now);
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
  await finalize(db, full, attempt.deadline!);
  return true;
}

export async function getAttemptState(db: Db, learnerId: string | null, attemptId: string, now: Date): Promise<AttemptState> {
  let attempt = await loadOwnAttempt(db, learnerId, attemptId);
  if (await closeIfExpired(db, attempt, now)) attempt = await loadOwnAttempt(db, learnerId, attemptId);
  return buildState(attempt, now);
}

export async function submitAttempt(db: Db, learnerId: string | null, attemptId: string, now: Date): Promise<AttemptState> {
  const attempt = await loadOwnAttempt(db, learnerId, attemptId);
  if (attempt.submittedAt) throw new DomainError(409, "already_submitted", "this attempt was already submitted");
  const submittedAt = attempt.deadline && isPastDeadline(attempt.deadline, now) ? attempt.deadline : now;
  if (!(await finalize(db, attempt, submittedAt))) throw new DomainError(409, "already_submitted", "this attempt was already submitted");
  return getAttemptState(db, learnerId, attemptId, now);
}

function buildState(attempt: LoadedAttempt, now: Date): AttemptState {
  const locale = attempt.locale as Locale;
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
    result: submitted ? summariseScore(scored, titles, catalogue.map((m) => m.slug)) : null,
  };
}
