import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { DomainError, notFound } from "../errors";
import type { Locale } from "../i18n/locales";
import type { AnswerAck, AnswerResponse } from "./api-types";
import { closeIfExpired } from "./attempts";
import { readVersion } from "./catalogue";
import { isPastDeadline } from "./deadline";
import { gradeResponse } from "./grading";
import type { AnswerInput } from "./inputs";
import { canAccessAttempt } from "./permissions";
import { InvalidAnswerError, parseAnswer, toFeedback, type OptionLayout } from "./present";

type AnswerRow = {
  learnerId: string;
  feedback: string;
  locale: string;
  deadline: unknown;
  submittedAt: unknown;
  itemId: string | null;
  optionOrder: string | null;
  versionId: string | null;
  body: string | null;
  module: string | null;
  answerResponse: string | null;
  answerCorrect: unknown;
};

// Raw rows differ by engine (SQLite: epoch ms and 0/1; PostgreSQL: Date and boolean).
const toDate = (value: unknown): Date | null => (value === null || value === undefined ? null : value instanceof Date ? value : new Date(typeof value === "string" && /^\d+$/.test(value) ? Number(value) : (value as number | string)));
const toBool = (value: unknown) => value === true || value === 1 || value === 1n || value === "1" || value === "t";

/**
 * The attempt and just the one item being answered, in a single query: this is the hot path of
 * every answer, and one joined SELECT costs a fifth of the ORM's nested reads.
 */
async function loadForAnswer(db: Db, learnerId: string | null, attemptId: string, questionId: string, now: Date) {
  const rows = await db.$queryRaw<AnswerRow[]>`
    SELECT a."learnerId", a."feedback", a."locale", a."deadline", a."submittedAt",
           aq."id" AS "itemId", aq."optionOrder", qv."id" AS "versionId", qv."body", q."module",
           ans."response" AS "answerResponse", ans."correct" AS "answerCorrect"
    FROM "Attempt" a
    LEFT JOIN "QuestionVersion" qv ON qv."questionId" = ${questionId}
      AND qv."id" IN (SELECT x."questionVersionId" FROM "AttemptQuestion" x WHERE x."attemptId" = a."id")
    LEFT JOIN "AttemptQuestion" aq ON aq."attemptId" = a."id" AND aq."questionVersionId" = qv."id"
    LEFT JOIN "Question" q ON q."id" = qv."questionId"
    LEFT JOIN "Answer" ans ON ans."attemptQuestionId" = aq."id"
    WHERE a."id" = ${attemptId}`;
  const row = rows[0];
  if (!row || !canAccessAttempt(row, learnerId)) throw notFound();
  const attempt = { id: attemptId, feedback: row.feedback, locale: row.locale, deadline: toDate(row.deadline), submittedAt: toDate(row.submittedAt) };
  if (attempt.submittedAt) throw new DomainError(409, "already_submitted", "this attempt was already submitted");
  if (isPastDeadline(attempt.deadline, now)) {
    await closeIfExpired(db, attempt, now);
    throw new DomainError(409, "deadline_passed", "the time for this attempt is up; it has been submitted");
  }
  if (!row.itemId || !row.versionId || !row.body || !row.optionOrder || !row.module) {
    throw new DomainError(400, "unknown_question", `question ${questionId} is not part of this attempt`);
  }
  const item = {
    id: row.itemId,
    optionOrder: row.optionOrder,
    answer: row.answerResponse === null ? null : { response: row.answerResponse, correct: toBool(row.answerCorrect) },
    questionVersion: { id: row.versionId, body: row.body, question: { module: row.module } },
  };
  return { attempt, item };
}

function toResponse(input: AnswerInput): AnswerResponse {
  if (input.optionIds) return { optionIds: input.optionIds };
  if (input.order) return { order: input.order };
  return { pairs: input.pairs ?? {} };
}

export async function recordAnswer(db: Db, learnerId: string | null, attemptId: string, input: AnswerInput, now: Date): Promise<AnswerAck> {
  const { attempt, item } = await loadForAnswer(db, learnerId, attemptId, input.questionId, now);
  const question = readVersion(item.questionVersion, item.questionVersion.question.module);
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
    ...(instant ? { feedback: toFeedback(question, layout, attempt.locale as Locale, isCorrect) } : {}),
  });

  if (item.answer) {
    if (item.answer.response === response) return ack(item.answer.correct);
    if (instant) throw new DomainError(409, "already_answered", "this question was answered and its feedback shown; the first answer stands");
    await db.answer.update({ where: { attemptQuestionId: item.id }, data: { response, correct, answeredAt: now } });
    return ack(correct);
  }
  try {
    await db.answer.create({
      data: { id: randomUUID(), attemptQuestionId: item.id, learnerId: learnerId!, questionId: question.id, response, correct, answeredAt: now },
    });
  } catch (error) {
    // The same answer arrived twice at once: the first one was recorded, which is what was asked.
    if ((error as { code?: string }).code !== "P2002") throw error;
    const stored = await db.answer.findUniqueOrThrow({ where: { attemptQuestionId: item.id } });
    if (stored.response !== response && instant) throw new DomainError(409, "already_answered", "this question was already answered");
    if (stored.response !== response) await db.answer.update({ where: { attemptQuestionId: item.id }, data: { response, correct, answeredAt: now } });
  }
  return ack(correct);
}

export async function setFlag(db: Db, learnerId: string | null, attemptId: string, questionId: string, flagged: boolean, now: Date) {
  const { item } = await loadForAnswer(db, learnerId, attemptId, questionId, now);
  await db.attemptQuestion.update({ where: { id: item.id }, data: { flagged } });
  return { questionId, flagged };
}
