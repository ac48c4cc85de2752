"use client";

import { useId, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { PRACTICE_LIMITS, type PracticeLabels } from "@/lib/i18n/practice-labels";
import type { FeedbackMode } from "@/lib/quiz/api-types";
import { primaryButton } from "@/components/ui/styles";
import { useHydrated } from "@/components/quiz/use-hydrated";
import { useStartAttempt } from "@/components/quiz/use-start-attempt";
import { CountField } from "./count-field";
import { alertClass, cardClass, hintClass, inputClass, labelClass } from "@/components/ui/styles";

/** Strings come from the (server) page, in its language only. */
type Props = { locale: Locale; labels: PracticeLabels; modules: { slug: string; title: string }[] };

const MAX = PRACTICE_LIMITS.moduleQuestions;

export function ModulePracticeForm({ locale, labels: t, modules }: Props) {
  const id = useId();
  const [module, setModule] = useState(modules[0]?.slug ?? "");
  const [feedback, setFeedback] = useState<FeedbackMode>("instant");
  const [count, setCount] = useState("10");
  const { start, busy, error } = useStartAttempt(locale, t.networkError);
  const hydrated = useHydrated();

  return (
    <section aria-labelledby={`${id}-title`} className={cardClass}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {t.moduleTitle}
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.moduleIntro}</p>
      <form
        className="mt-4 space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void start({ mode: "practice", module, feedback, count: Number(count) });
        }}
      >
        <div>
          <label htmlFor={`${id}-module`} className={labelClass}>
            {t.module}
          </label>
          <select id={`${id}-module`} value={module} onChange={(e) => setModule(e.target.value)} className={inputClass} data-testid="practice-module">
            {modules.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className={labelClass}>{t.feedback}</legend>
          <div className="mt-1 space-y-2">
            {(["instant", "end"] as const).map((mode) => (
              <div key={mode} className="flex gap-2">
                <input
                  type="radio"
                  id={`${id}-${mode}`}
                  name={`${id}-feedback`}
                  value={mode}
                  checked={feedback === mode}
                  onChange={() => setFeedback(mode)}
                  aria-describedby={`${id}-${mode}-hint`}
                  className="mt-1 size-4 accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                  data-testid={`practice-feedback-${mode}`}
                />
                <div>
                  <label htmlFor={`${id}-${mode}`}>{mode === "instant" ? t.feedbackInstant : t.feedbackEnd}</label>
                  <p id={`${id}-${mode}-hint`} className={hintClass}>
                    {mode === "instant" ? t.feedbackInstantHint : t.feedbackEndHint}
                  </p>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
        <CountField id={`${id}-count`} label={t.count} hint={t.moduleCountHint} value={count} max={MAX} onChange={setCount} testId="practice-count" />
        <button type="submit" className={primaryButton} disabled={busy || !module || !hydrated} data-testid="practice-start-module">
          {busy ? t.starting : t.startPractice}
        </button>
        <div role="alert" className={alertClass} data-testid="practice-error">
          {error}
        </div>
      </form>
    </section>
  );
}
