/**
 * The practice forms' strings as plain data, in one language: server components pass them to the
 * client forms as props, so a page ships its own language only (the message tables hold functions,
 * which cannot cross to the browser, and importing them there would bundle both languages).
 */
import type { Locale } from "./locales";
import { getMessages } from "./messages";

/** Form limits, shared by the forms and their hints. */
export const PRACTICE_LIMITS = { moduleQuestions: 50, examQuestions: 65, examMinutes: 180 } as const;

export function getPracticeLabels(locale: Locale) {
  const { countHint, ...plain } = getMessages(locale).practice;
  return {
    ...plain,
    moduleCountHint: countHint(PRACTICE_LIMITS.moduleQuestions),
    examCountHint: countHint(PRACTICE_LIMITS.examQuestions),
    networkError: getMessages(locale).quiz.networkError,
  };
}

export type PracticeLabels = ReturnType<typeof getPracticeLabels>;

/** The one-or-many template for n. */
export function formatCount(n: number, one: string, many: string): string {
  return n === 1 ? one : many.replace("{n}", String(n));
}

/** What a "Practise" button shows while an attempt starts, and when the server cannot be reached. */
export function getStartLabels(locale: Locale) {
  const t = getMessages(locale);
  return { starting: t.practice.starting, networkError: t.quiz.networkError };
}
