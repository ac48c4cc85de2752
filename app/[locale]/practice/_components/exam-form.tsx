"use client";

import { useId, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { PRACTICE_LIMITS, type PracticeLabels } from "@/lib/i18n/practice-labels";
import { primaryButton } from "@/components/ui/styles";
import { useHydrated } from "@/components/quiz/use-hydrated";
import { useStartAttempt } from "@/components/quiz/use-start-attempt";
import { CountField } from "./count-field";
import { alertClass, cardClass } from "@/components/ui/styles";

const MAX_QUESTIONS = PRACTICE_LIMITS.examQuestions;
const MAX_MINUTES = PRACTICE_LIMITS.examMinutes;
/** The AWS pace: 2 minutes per question. */
const MINUTES_PER_QUESTION = 2;

/** Strings come from the (server) page, in its language only. */
export function ExamForm({ locale, labels: t }: { locale: Locale; labels: PracticeLabels }) {
  const id = useId();
  const [count, setCount] = useState("30");
  // Follows the question count at the AWS pace until the learner sets a time of their own.
  const [minutes, setMinutes] = useState<string | null>(null);
  const shownMinutes = minutes ?? String(Math.min(MAX_MINUTES, Math.max(1, (Number(count) || 0) * MINUTES_PER_QUESTION)));
  const { start, busy, error } = useStartAttempt(locale, t.networkError);
  const hydrated = useHydrated();

  return (
    <section aria-labelledby={`${id}-title`} className={cardClass}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {t.examTitle}
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.examIntro}</p>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{t.examPace}</p>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{t.examEstimate}</p>
      <form
        className="mt-4 space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void start({ mode: "exam", count: Number(count), timeLimitSeconds: Math.round(Number(shownMinutes) * 60) });
        }}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <CountField id={`${id}-count`} label={t.count} hint={t.examCountHint} value={count} max={MAX_QUESTIONS} onChange={setCount} testId="exam-count" />
          <CountField id={`${id}-minutes`} label={t.minutes} hint={t.minutesHint} value={shownMinutes} max={MAX_MINUTES} onChange={setMinutes} testId="exam-minutes" />
        </div>
        <button type="submit" className={primaryButton} disabled={busy || !hydrated} data-testid="practice-start-exam">
          {busy ? t.starting : t.startExam}
        </button>
        <div role="alert" className={alertClass} data-testid="exam-error">
          {error}
        </div>
      </form>
    </section>
  );
}
