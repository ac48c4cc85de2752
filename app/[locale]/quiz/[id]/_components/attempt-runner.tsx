"use client";

import { Link } from "@/components/ui/link";
import { useCallback, useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { AttemptState } from "@/lib/quiz/api-types";
import { announceReviewChanged, errorText, getAttempt, isClosed, submitAttempt } from "@/components/quiz/api";
import { InstantRunner } from "@/components/quiz/instant-runner";
import { alertClass, secondaryButton } from "@/components/ui/styles";
import { EndRunner } from "./end-runner";
import { ResultsView } from "./results-view";

type Props = { locale: Locale; id: string; moduleTitles: Record<string, string> };

type Loaded = { attempt: AttemptState; offset: number; version: number; interacted: boolean };
type State = { kind: "loading" } | { kind: "not-found" } | { kind: "error"; message: string } | ({ kind: "ready" } & Loaded);

/** Fetches the attempt in the browser (never on the server) and shows the runner or the results. */
export function AttemptRunner({ locale, id, moduleTitles }: Props) {
  const t = getMessages(locale).quiz;
  const [state, setState] = useState<State>({ kind: "loading" });
  const [finishing, setFinishing] = useState(false);
  const [error, setError] = useState("");

  const show = useCallback((attempt: AttemptState, interacted: boolean) => {
    // The server's clock, as an offset, so the countdown survives a wrong browser clock.
    const offset = Date.parse(attempt.now) - Date.now();
    setState((s) => ({ kind: "ready", attempt, offset: Number.isFinite(offset) ? offset : 0, version: (s.kind === "ready" ? s.version : 0) + 1, interacted }));
  }, []);

  const load = useCallback(
    async (interacted: boolean) => {
      const result = await getAttempt(id, locale);
      if (result.ok) return show(result.data, interacted);
      setState(result.status === 404 ? { kind: "not-found" } : { kind: "error", message: errorText(result, t.networkError) });
    },
    [id, locale, show, t.networkError],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  async function finishInstant() {
    setFinishing(true);
    setError("");
    const result = await submitAttempt(id, locale);
    setFinishing(false);
    if (result.ok) {
      announceReviewChanged();
      show(result.data, true);
    }
    else if (isClosed(result)) void load(true);
    else setError(errorText(result, t.networkError));
  }

  if (state.kind === "loading") {
    return (
      <p role="status" className="text-zinc-700 dark:text-zinc-300" data-testid="quiz-loading">
        {t.loading}
      </p>
    );
  }
  if (state.kind === "not-found") {
    return (
      <div data-testid="quiz-not-found">
        <h1 className="text-3xl font-bold">{t.notFoundTitle}</h1>
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.notFoundBody}</p>
        <Link href={`/${locale}/practice`} className="mt-6 inline-block text-brand-700 underline focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300">
          {t.toPractice}
        </Link>
      </div>
    );
  }
  if (state.kind === "error") {
    return (
      <div>
        <div role="alert" className="text-red-700 dark:text-red-300" data-testid="quiz-error">
          {state.message}
        </div>
        <button type="button" className={`mt-4 ${secondaryButton}`} onClick={() => void load(true)}>
          {t.retry}
        </button>
      </div>
    );
  }

  const { attempt } = state;
  const title =
    attempt.mode === "exam"
      ? t.examTitle
      : attempt.mode === "missed"
        ? t.missedTitle
        : attempt.mode === "review"
          ? t.dueReviewTitle
          : attempt.module
            ? t.practiceTitle(moduleTitles[attempt.module] ?? attempt.module)
            : t.chosenTitle;
  return (
    <div data-testid="quiz-attempt" data-mode={attempt.mode} data-status={attempt.status}>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      {attempt.status === "submitted" ? (
        <ResultsView locale={locale} attempt={attempt} focusOnMount={state.interacted} />
      ) : attempt.feedback === "instant" && attempt.mode !== "exam" ? (
        <InstantRunner
          key={state.version}
          locale={locale}
          attempt={attempt}
          globalKeys
          bookmarks
          finishLabel={t.finish}
          busy={finishing}
          onStale={() => void load(true)}
          onFinish={() => void finishInstant()}
        />
      ) : (
        <EndRunner key={state.version} locale={locale} attempt={attempt} offset={state.offset} onSubmitted={(s) => {
            announceReviewChanged();
            show(s, true);
          }} onStale={() => void load(true)} />
      )}
      <div role="alert" className={alertClass}>
        {error}
      </div>
    </div>
  );
}
