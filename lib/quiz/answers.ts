import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { DomainError, notFound } from "../errors";
import type { Locale } from "../i18n/locales";
import { countAnswerRecorded } from "../metrics";
import type { AnswerAck, AnswerResponse } from "./api-types";
import { closeIfExpired } from "./attempts";
import { insertAnswer, readAnswerContext } from "./answer-store";
import { readVersion } from "./catalogue";
import { isPastDeadline } from "./deadline";
import { measureTimeOnItem } from "./time-on-item";
import { gradeResponse } from "./grading";
import type { AnswerInput, AttemptView } from "./inputs";
import { canAccessAttempt } from "./permissions";
import { InvalidAnswerError, parseAnswer, toFeedback, type OptionLayout } from "./present";

/** The attempt and the one item being answered, checked for ownership, status and time. */
async function loadForAnswer(db: Db, learnerId: string | null, attemptId: string, questionId: string, now: Date) {
  const context = await readAnswerContext(db, attemptId, questionId);
  if (!context || !canAccessAttempt(context, learnerId)) throw notFound();
  const attempt = { id: attemptId, mode: context.mode, feedback: context.feedback, locale: context.locale, deadline: context.deadline, submittedAt: context.submittedAt };
  if (attempt.submittedAt) throw new DomainError(409, "already_submitted", "this attempt was already submitted");
  if (isPastDeadline(attempt.deadline, now)) {
    await closeIfExpired(db, attempt, now);
    throw new DomainError(409, "deadline_passed", "the time for this attempt is up; it has been submitted");
  }
  if (!context.item) throw new DomainError(400, "unknown_question", `question ${questionId} is not part of this attempt`);
  return { attempt, item: context.item, timing: { startedAt: context.startedAt, lastAnsweredAt: context.lastAnsweredAt } };
}

function toResponse(input: AnswerInput): AnswerResponse {
  if (input.optionIds) return { optionIds: input.optionIds };
  if (input.order) return { order: input.order };
  return { pairs: input.pairs ?? {} };
}

/** `view.locale`: the language of the feedback's explanations, when the learner has switched since starting. */
export async function recordAnswer(db: Db, learnerId: string | null, attemptId: string, input: AnswerInput, now: Date, view: AttemptView = {}): Promise<AnswerAck> {
  const { attempt, item, timing } = await loadForAnswer(db, learnerId, attemptId, input.questionId, now);
  const question = readVersion(item.version, item.module);
  const layout = JSON.parse(item.optionOrder) as OptionLayout;
  let authored;
  try {
    authored = parseAnswer(question, layout, toResponse(input));
  } catch (error) {
    if (error instanceof InvalidAnswerError) throw new DomainError(400, "invalid_answer", error.message);
    throw error;
  }
  const correct = gradeResponse(question, authored);
  const response = JSON.stringify(authored);
  const instant = attempt.feedback === "instant";
  const ack = (isCorrect: boolean): AnswerAck => ({
    recorded: true,
    questionId: question.id,
    ...(instant ? { feedback: toFeedback(question, layout, view.locale ?? (attempt.locale as Locale), isCorrect) } : {}),
  });

  if (item.answer) {
    if (item.answer.response === response) return ack(item.answer.correct);
    if (instant) throw new DomainError(409, "already_answered", "this question was answered and its feedback shown; the first answer stands");
    await db.answer.update({ where: { attemptQuestionId: item.id }, data: { response, correct, answeredAt: now } });
    countAnswerRecorded(attempt.mode);
    return ack(correct);
  }
  const inserted = await insertAnswer(db, { id: randomUUID(), attemptQuestionId: item.id, learnerId: learnerId!, questionId: question.id, response, correct, answeredAt: now, timeMs: measureTimeOnItem(timing, now) });
  if (!inserted) {
    // The same question was answered twice at once: the first one was recorded.
    const stored = await db.answer.findUniqueOrThrow({ where: { attemptQuestionId: item.id } });
    if (stored.response !== response) {
      if (instant) throw new DomainError(409, "already_answered", "this question was already answered");
      await db.answer.update({ where: { attemptQuestionId: item.id }, data: { response, correct, answeredAt: now } });
    }
  }
  countAnswerRecorded(attempt.mode);
  return ack(correct);
}

export async function setFlag(db: Db, learnerId: string | null, attemptId: string, questionId: string, flagged: boolean, now: Date) {
  const { item } = await loadForAnswer(db, learnerId, attemptId, questionId, now);
  await db.attemptQuestion.update({ where: { id: item.id }, data: { flagged } });
  return { questionId, flagged };
}
