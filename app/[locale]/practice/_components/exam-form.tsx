"use client";

import { useId, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { primaryButton } from "@/components/quiz/styles";
import { useHydrated } from "@/components/quiz/use-hydrated";
import { useStartAttempt } from "@/components/quiz/use-start-attempt";
import { alertClass, cardClass, hintClass, inputClass, labelClass } from "./styles";

const MAX_QUESTIONS = 65;
const MAX_MINUTES = 180;
/** The AWS pace: 2 minutes per question. */
const MINUTES_PER_QUESTION = 2;

export function ExamForm({ locale }: { locale: Locale }) {
  const t = getMessages(locale).practice;
  const id = useId();
  const [count, setCount] = useState("30");
  // Follows the question count at the AWS pace until the learner sets a time of their own.
  const [minutes, setMinutes] = useState<string | null>(null);
  const shownMinutes = minutes ?? String(Math.min(MAX_MINUTES, Math.max(1, (Number(count) || 0) * MINUTES_PER_QUESTION)));
  const { start, busy, error } = useStartAttempt(locale);
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
          <div>
            <label htmlFor={`${id}-count`} className={labelClass}>
              {t.count}
            </label>
            <input
              id={`${id}-count`}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_QUESTIONS}
              required
              value={count}
              onChange={(e) => setCount(e.target.value)}
              aria-describedby={`${id}-count-hint`}
              className={inputClass}
              data-testid="exam-count"
            />
            <p id={`${id}-count-hint`} className={hintClass}>
              {t.countHint(MAX_QUESTIONS)}
            </p>
          </div>
          <div>
            <label htmlFor={`${id}-minutes`} className={labelClass}>
              {t.minutes}
            </label>
            <input
              id={`${id}-minutes`}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_MINUTES}
              required
              value={shownMinutes}
              onChange={(e) => setMinutes(e.target.value)}
              aria-describedby={`${id}-minutes-hint`}
              className={inputClass}
              data-testid="exam-minutes"
            />
            <p id={`${id}-minutes-hint`} className={hintClass}>
              {t.minutesHint}
            </p>
          </div>
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
