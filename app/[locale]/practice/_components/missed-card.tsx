"use client";

import { startTransition, useEffect, useId, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { formatCount, type PracticeLabels } from "@/lib/i18n/practice-labels";
import { getProgressShared } from "@/components/quiz/api";
import { primaryButton } from "@/components/ui/styles";
import { useStartAttempt } from "@/components/quiz/use-start-attempt";
import { alertClass, cardClass } from "@/components/ui/styles";

/** "Retake what I missed": the count from GET /api/progress; disabled, with the reason, at 0. */
/** Strings come from the (server) page, in its language only. */
export function MissedCard({ locale, labels: t }: { locale: Locale; labels: PracticeLabels }) {
  const id = useId();
  const [missed, setMissed] = useState<number | "loading" | "unknown">("loading");
  const { start, busy, error } = useStartAttempt(locale, t.networkError);

  useEffect(() => {
    let live = true;
    void getProgressShared().then((result) => {
      if (live) startTransition(() => setMissed(result.ok ? result.data.missedCount : "unknown"));
    });
    return () => {
      live = false;
    };
  }, []);

  const status =
    missed === "loading" ? t.missedLoading : missed === "unknown" ? t.missedUnknown : missed === 0 ? t.missedNone : formatCount(missed, t.missedOne, t.missedMany);
  return (
    <section aria-labelledby={`${id}-title`} className={cardClass}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {t.missedTitle}
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.missedIntro}</p>
      <p id={`${id}-status`} className="mt-3 font-medium" aria-live="polite" data-testid="practice-missed-count" data-count={typeof missed === "number" ? missed : undefined}>
        {status}
      </p>
      <button
        type="button"
        className={`mt-4 ${primaryButton}`}
        disabled={busy || missed === 0 || missed === "loading"}
        aria-describedby={`${id}-status`}
        onClick={() => void start({ mode: "missed", feedback: "instant" })}
        data-testid="practice-start-missed"
      >
        {busy ? t.starting : t.startMissed}
      </button>
      <div role="alert" className={alertClass} data-testid="missed-error">
        {error}
      </div>
    </section>
  );
}
