/**
 * A question as the quiz presents it, for the editor's preview: the same PublicQuestion and feedback
 * the quiz API sends, in both languages, with options in their authored order (an instructor is
 * looking at the key anyway) and each option's authored id kept beside its public one.
 */
import { locales, type Locale } from "../i18n/locales";
import type { PublicQuestion, QuestionFeedback } from "../quiz/api-types";
import { toFeedback, toPublicQuestion, type OptionLayout } from "../quiz/present";
import type { Question } from "../quiz/schema";

export type QuestionPreview = Record<Locale, { question: PublicQuestion; feedback: QuestionFeedback; authoredIds: string[] }>;

export function presentQuestionPreview(question: Question, module: string): QuestionPreview {
  const ids = question.options.map((o) => o.id);
  const layout: OptionLayout = question.type === "matching" ? { options: ids, matches: ids } : { options: ids };
  return Object.fromEntries(
    locales.map((locale) => [locale, { question: toPublicQuestion({ ...question, module }, layout, locale, 1), feedback: toFeedback(question, layout, locale, true), authoredIds: ids }]),
  ) as QuestionPreview;
}
