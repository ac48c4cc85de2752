"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { AttemptResult, AttemptState } from "@/lib/quiz/api-types";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { Mark } from "@/components/quiz/marks";
import { alertClass, primaryButton, secondaryButton } from "@/components/ui/styles";
import { useStartAttempt } from "@/components/quiz/use-start-attempt";

const percentOf = (correct: number, total: number) => (total ? Math.round((correct / total) * 100) : 0);
const cell = "border-b border-zinc-200 px-3 py-2 text-left dark:border-zinc-800";

function ModuleTable({ t, result }: { t: ReturnType<typeof getMessages>["quiz"]; result: AttemptResult }) {
  return (
    <div className="mt-6 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="quiz-by-module">
      <table className="w-full text-sm" data-testid="quiz-by-module">
        <caption id="quiz-by-module" className="mb-2 text-left text-base font-semibold">
          {t.byModule}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>{t.moduleColumn}</th>
            <th scope="col" className={cell}>{t.correctColumn}</th>
            <th scope="col" className={cell}>{t.percentColumn}</th>
          </tr>
        </thead>
        <tbody>
          {result.byModule.map((m) => (
            <tr key={m.module}>
              <th scope="row" className={`${cell} font-normal`}>{m.title}</th>
              <td className={`${cell} tabular-nums`}>{m.correct} / {m.total}</td>
              <td className={`${cell} tabular-nums`}>{percentOf(m.correct, m.total)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Raw score, the scaled estimate against the pass line, the per-module table and every question reviewed. */
export function ResultsView({ locale, attempt, focusOnMount }: { locale: Locale; attempt: AttemptState; focusOnMount: boolean }) {
  const t = getMessages(locale).quiz;
  const heading = useRef<HTMLHeadingElement>(null);
  const missed = useStartAttempt(locale);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const result = attempt.result;
  if (!result) return null;
  const card = "rounded-xl border border-zinc-200 p-4 dark:border-zinc-800";
  return (
    <section aria-labelledby="quiz-result-title" data-testid="quiz-result">
      <h2 id="quiz-result-title" ref={heading} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
        {t.results}
      </h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        <div className={card}>
          <dt className="text-sm font-medium text-zinc-600 dark:text-zinc-400">{t.rawScore}</dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums" data-testid="quiz-raw-score">
            {t.rawScoreValue(result.correct, result.total, result.percent)}
          </dd>
        </div>
        <div className={card}>
          <dt className="text-sm font-medium text-zinc-600 dark:text-zinc-400">{t.scaled}</dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums" data-testid="quiz-scaled">
            {result.scaledEstimate}
            <span className="text-base font-normal text-zinc-600 dark:text-zinc-400"> / 1000</span>
          </dd>
          <dd className="mt-1 font-semibold" data-testid="quiz-pass" data-passed={result.passed}>
            <Mark kind={result.passed ? "correct" : "wrong"} text={result.passed ? t.passed : t.failed} />
          </dd>
          <dd className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t.scaledNote(result.passLine)}</dd>
        </div>
      </dl>
      <ModuleTable t={t} result={result} />
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href={`/${locale}/practice`} className={primaryButton} data-testid="quiz-practise-again">
          {t.practiseAgain}
        </Link>
        <button type="button" className={secondaryButton} disabled={missed.busy} onClick={() => void missed.start({ mode: "missed", feedback: "instant" })} data-testid="quiz-retake-missed">
          {t.retakeMissed}
        </button>
        <Link href={`/${locale}`} className={secondaryButton} data-testid="quiz-back-to-course">
          {t.backToCourse}
        </Link>
      </div>
      <div role="alert" className={alertClass}>
        {missed.error}
      </div>
      <h3 className="mt-10 text-xl font-semibold">{t.reviewAll}</h3>
      <ol className="mt-4 space-y-8">
        {attempt.questions.map((q, index) => {
          const response = attempt.responses[q.id];
          return (
            <li key={q.id} data-testid="quiz-result-question" data-question-id={q.id}>
              <h4 className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">{t.questionOf(index + 1, attempt.questions.length)}</h4>
              <p className="mt-1 text-lg font-medium whitespace-pre-line">{q.stem}</p>
              {response?.feedback && <FeedbackPanel t={t} question={q} answer={response.answer} feedback={response.feedback} headingLevel={5} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
