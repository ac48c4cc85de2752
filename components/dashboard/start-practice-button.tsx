"use client";

import type { Locale } from "@/lib/i18n/locales";
import { useHydrated } from "@/components/quiz/use-hydrated";
import { useStartAttempt } from "@/components/quiz/use-start-attempt";
import { buttonClass } from "./format";

/** `labels` come from the (server) page, in its language only. */
type Props = { locale: Locale; label: string; labels: { starting: string; networkError: string }; module?: string; questionIds?: string[]; testId: string };

/** Starts a practice attempt (a module, or chosen questions) with instant feedback and opens it. */
export function StartPracticeButton({ locale, label, labels, module, questionIds, testId }: Props) {
  const { start, busy, error } = useStartAttempt(locale, labels.networkError);
  const hydrated = useHydrated();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        className={buttonClass}
        disabled={!hydrated || busy}
        onClick={() => void start({ mode: "practice", feedback: "instant", ...(questionIds ? { questionIds } : { module }) })}
        data-testid={testId}
      >
        {busy ? labels.starting : label}
      </button>
      <span role="alert" className="text-sm text-red-700 empty:hidden dark:text-red-300">
        {error}
      </span>
    </span>
  );
}
