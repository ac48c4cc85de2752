"use client";

import { useEffect, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { AttemptState } from "@/lib/quiz/api-types";
import { errorText, getAttempt, startAttempt, submitAttempt } from "@/components/quiz/api";
import { InstantRunner } from "@/components/quiz/instant-runner";
import { useHydrated } from "@/components/quiz/use-hydrated";
import { primaryButton, secondaryButton } from "@/components/ui/styles";

type Props = { locale: Locale; ids: string; module?: string };

/** `<KnowledgeCheck ids="scale-002,scale-003" />`: a few questions inline, with instant feedback. */
export function KnowledgeCheck({ locale, ids, module }: Props) {
  const t = getMessages(locale).quiz;
  const questionIds = ids
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const [attempt, setAttempt] = useState<AttemptState | null>(null);
  const [version, setVersion] = useState(0);
  const [score, setScore] = useState<{ correct: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState("");
  const titleId = `kc-${questionIds.join("-")}`;
  const scoreRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (score) scoreRef.current?.focus();
  }, [score]);

  async function start() {
    setBusy(true);
    setError("");
    setScore(null);
    const result = await startAttempt({ mode: "practice", questionIds, locale, feedback: "instant", ...(module ? { module } : {}) });
    setBusy(false);
    if (!result.ok) return setError(errorText(result, t.networkError));
    setAttempt(result.data);
    setVersion((v) => v + 1);
  }

  async function refresh() {
    if (!attempt) return;
    const result = await getAttempt(attempt.id);
    if (!result.ok) return setError(errorText(result, t.networkError));
    setAttempt(result.data);
    setVersion((v) => v + 1);
  }

  async function finish(correct: number) {
    if (!attempt) return;
    setBusy(true);
    // Closing the attempt keeps the learner's list of open attempts tidy; the score is already known.
    await submitAttempt(attempt.id);
    setBusy(false);
    setScore({ correct, total: attempt.questions.length });
    setAttempt(null);
  }

  return (
    <section aria-labelledby={titleId} className="not-prose my-8 rounded-xl border border-zinc-200 p-4 sm:p-5 dark:border-zinc-800" data-testid="knowledge-check">
      <h2 id={titleId} className="text-lg font-semibold">
        <span aria-hidden="true" className="mr-2 text-brand-700 dark:text-brand-300">
          ?
        </span>
        {t.checkTitle(questionIds.length)}
      </h2>
      {!attempt && (
        <>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.checkIntro}</p>
          {score && (
            <p ref={scoreRef} tabIndex={-1} className="mt-3 font-semibold focus:outline-none" role="status" data-testid="knowledge-check-score">
              {t.checkDone(score.correct, score.total)}
            </p>
          )}
          <button type="button" className={`mt-4 ${score ? secondaryButton : primaryButton}`} onClick={() => void start()} disabled={busy || !hydrated} data-testid="knowledge-check-start">
            {busy ? getMessages(locale).practice.starting : score ? t.checkAgain : t.checkStart}
          </button>
        </>
      )}
      {attempt && (
        <div className="mt-4">
          <InstantRunner
            key={version}
            locale={locale}
            attempt={attempt}
            headingLevel={3}
            autoFocus
            finishLabel={t.finish}
            busy={busy}
            onStale={() => void refresh()}
            onFinish={(responses) => void finish(attempt.questions.filter((q) => responses[q.id]?.feedback?.correct).length)}
          />
        </div>
      )}
      <div role="alert" className="mt-3 text-red-700 empty:hidden dark:text-red-300">
        {error}
      </div>
    </section>
  );
}
