"use client";

import { Link } from "@/components/ui/link";
import { useEffect, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { AttemptResult, AttemptState } from "@/lib/quiz/api-types";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { Mark } from "@/components/quiz/marks";
import { alertClass, primaryButton, secondaryButton } from "@/components/ui/styles";
import { useStartAttempt } from "@/components/quiz/use-start-attempt";
import { ModuleScoreChart } from "./module-score-chart";

type Filter = "all" | "wrong" | "flagged" | "unanswered";
const filters: Filter[] = ["all", "wrong", "flagged", "unanswered"];
type Messages = ReturnType<typeof getMessages>["quiz"];

const card = "rounded-xl border border-zinc-200 p-4 dark:border-zinc-800";
const label = "text-sm font-medium text-zinc-600 dark:text-zinc-400";

/** Which group each question falls in: wrong means answered and wrong; unanswered ones are their own group. */
function groupsOf(attempt: AttemptState) {
  return attempt.questions.map((q, index) => {
    const r = attempt.responses[q.id];
    const answered = Boolean(r?.answer);
    return { q, index, response: r, answered, wrong: answered && r?.feedback?.correct === false, flagged: Boolean(r?.flagged) };
  });
}

function ScaledCard({ t, result }: { t: Messages; result: AttemptResult }) {
  if (result.scaledEstimate === null) {
    return (
      <div className={card} data-testid="quiz-scaled-withheld" data-reason={result.scaledWithheld}>
        <dt className={label}>{t.scaled}</dt>
        <dd className="mt-1 text-xl font-semibold">{t.scaledNone}</dd>
        <dd className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{t.scaledWithheld(result.scaledWithheld ?? "not_an_exam", result.total, result.minScaledQuestions)}</dd>
      </div>
    );
  }
  return (
    <div className={card}>
      <dt className={label}>{t.scaled}</dt>
      <dd className="mt-1 text-3xl font-bold tabular-nums" data-testid="quiz-scaled">
        {result.scaledEstimate}
        <span className="text-base font-normal text-zinc-600 dark:text-zinc-400"> / 1000</span>
      </dd>
      <dd className="mt-1 font-semibold" data-testid="quiz-pass" data-passed={result.passed}>
        <Mark kind={result.passed ? "correct" : "wrong"} text={result.passed ? t.passed : t.failed} />
      </dd>
      <dd className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t.scaledNote(result.passLine)}</dd>
    </div>
  );
}

/** Raw score, the scaled estimate (or why there is none), time, the per-module chart, and every question, filterable. */
export function ResultsView({ locale, attempt, focusOnMount }: { locale: Locale; attempt: AttemptState; focusOnMount: boolean }) {
  const t = getMessages(locale).quiz;
  const heading = useRef<HTMLHeadingElement>(null);
  const missed = useStartAttempt(locale, t.networkError);
  const retry = useStartAttempt(locale, t.networkError);
  const [filter, setFilter] = useState<Filter>("all");
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const result = attempt.result;
  if (!result) return null;

  const items = groupsOf(attempt);
  const counts: Record<Filter, number> = {
    all: items.length,
    wrong: items.filter((i) => i.wrong).length,
    flagged: items.filter((i) => i.flagged).length,
    unanswered: items.filter((i) => !i.answered).length,
  };
  const shown = items.filter((i) => filter === "all" || (filter === "wrong" ? i.wrong : filter === "flagged" ? i.flagged : !i.answered));
  const toPractise = counts.wrong + counts.unanswered;
  const time = result.timeLimitSeconds !== null ? t.timeUsedOf(t.duration(result.timeUsedSeconds), t.duration(result.timeLimitSeconds)) : t.duration(result.timeUsedSeconds);

  return (
    <section aria-labelledby="quiz-result-title" data-testid="quiz-result">
      <h2 id="quiz-result-title" ref={heading} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
        {t.results}
      </h2>
      {result.timedOut && (
        <p className="mt-4 flex gap-2 rounded-lg border border-amber-700 bg-amber-50 p-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950/40 dark:text-amber-100" data-testid="quiz-timed-out">
          <span aria-hidden="true">⏱</span>
          {t.timedOut}
        </p>
      )}
      <dl className="mt-4 grid gap-4 sm:grid-cols-3">
        <div className={card}>
          <dt className={label}>{t.rawScore}</dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums" data-testid="quiz-raw-score">
            {t.rawScoreValue(result.correct, result.total, result.percent)}
          </dd>
        </div>
        <ScaledCard t={t} result={result} />
        <div className={card}>
          <dt className={label}>{t.timeUsed}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums" data-testid="quiz-time-used" data-seconds={result.timeUsedSeconds}>
            {time}
          </dd>
        </div>
      </dl>
      <ModuleScoreChart t={t} modules={result.byModule} />
      <div className="mt-6 flex flex-wrap gap-3">
        {toPractise > 0 ? (
          <button
            type="button"
            className={primaryButton}
            disabled={retry.busy}
            onClick={() => void retry.start({ mode: "practice", fromAttempt: attempt.id, feedback: "instant" })}
            data-testid="quiz-practise-missed"
            data-count={toPractise}
          >
            {t.practiseMissed(toPractise)}
          </button>
        ) : (
          <p className="w-full text-zinc-700 dark:text-zinc-300" data-testid="quiz-nothing-missed">
            {t.nothingMissed}
          </p>
        )}
        <button type="button" className={secondaryButton} disabled={missed.busy} onClick={() => void missed.start({ mode: "missed", feedback: "instant" })} data-testid="quiz-retake-missed">
          {t.retakeMissed}
        </button>
        <Link href={`/${locale}/dashboard/history`} className={secondaryButton} data-testid="quiz-history-link">
          {t.allAttempts}
        </Link>
        <Link href={`/${locale}`} className={secondaryButton} data-testid="quiz-back-to-course">
          {t.backToCourse}
        </Link>
      </div>
      <div role="alert" className={alertClass}>
        {retry.error || missed.error}
      </div>

      <h3 className="mt-10 text-xl font-semibold">{t.reviewAll}</h3>
      <div role="group" aria-label={t.filterLabel} className="mt-3 flex flex-wrap gap-2" data-testid="quiz-filters">
        {filters.map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
            className="rounded-full border border-zinc-300 px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-zinc-700"
            data-testid={`quiz-filter-${f}`}
            data-count={counts[f]}
          >
            {t.filters[f]} <span className="tabular-nums">({counts[f]})</span>
          </button>
        ))}
      </div>
      <p aria-live="polite" className="sr-only" data-testid="quiz-filter-status">
        {filter === "all" ? "" : t.filterShown(shown.length)}
      </p>
      {shown.length === 0 && <p className="mt-4 text-zinc-700 dark:text-zinc-300">{t.filterEmpty}</p>}
      <ol className="mt-4 space-y-8">
        {shown.map(({ q, index, response, flagged }) => (
          <li key={q.id} data-testid="quiz-result-question" data-question-id={q.id} data-flagged={flagged}>
            <h4 className="flex flex-wrap items-center gap-x-3 text-sm font-semibold text-zinc-600 dark:text-zinc-400">
              {t.questionOf(index + 1, attempt.questions.length)}
              {flagged && (
                <span className="inline-flex items-center gap-1 rounded bg-amber-100 px-1.5 py-0.5 text-amber-950 dark:bg-amber-900/50 dark:text-amber-100" data-testid="quiz-result-flag">
                  <span aria-hidden="true">⚑</span>
                  {t.flaggedByYou}
                </span>
              )}
            </h4>
            <p className="mt-1 text-lg font-medium whitespace-pre-line">{q.stem}</p>
            {response?.feedback && <FeedbackPanel t={t} question={q} answer={response.answer} feedback={response.feedback} headingLevel={5} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
