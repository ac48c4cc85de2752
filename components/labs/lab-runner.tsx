"use client";

import { startTransition, useEffect, useId, useState } from "react";
import { afterIdle } from "@/components/when-idle";
import { NO_LEARNER, readIfLearner } from "@/components/learner";
import { invalidateProgress } from "@/components/quiz/api";
import { PROGRESS_CHANGED_EVENT } from "@/components/progress/use-completed-lessons";
import { CodeEditor } from "@/components/code-editor/code-editor";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locales";
import { getLabMessages } from "@/lib/i18n/lab-messages";
import type { LabFeedback } from "@/lib/labs/evaluate";
import type { LabState } from "@/lib/labs/attempts-types";
import { checkLab, getLabState, revealLab } from "./api";
import { labCompletions } from "./completions";
import { LabMarkdown } from "./lab-markdown";

type Props = { locale: Locale; labId: string; title: string; starter: string; revealAfter: number };

/** The interactive part of a lab: editor, Check, feedback, reset and reveal. The solution arrives only from POST /api/labs/reveal. */
export function LabRunner({ locale, labId, title, starter, revealAfter }: Props) {
  const t = getLabMessages(locale);
  const [text, setText] = useState(starter);
  const [feedback, setFeedback] = useState<LabFeedback | null>(null);
  const [state, setState] = useState<LabState | null>(null);
  const [busy, setBusy] = useState<"" | "check" | "reveal">("");
  const [error, setError] = useState("");
  const [revealed, setRevealed] = useState<{ solution: string; explanation: string } | null>(null);
  const id = useId();
  const helpId = `${id}-help`;

  useEffect(() => {
    let live = true;
    void afterIdle()
      .then(() => readIfLearner(() => getLabState(labId), { ok: true, data: NO_LEARNER.labState(labId) } as const))
      .then((r) => {
        if (live && r.ok) startTransition(() => setState(r.data));
      });
    return () => {
      live = false;
    };
  }, [labId]);

  async function runCheck() {
    setBusy("check");
    setError("");
    const r = await checkLab(labId, text, locale);
    setBusy("");
    if (!r.ok && r.diagnostics) {
      // Not YAML (or past the limits): nothing was recorded; show where, like any other problem.
      setFeedback({ labId, passed: false, diagnostics: r.diagnostics, checks: [], summary: { passed: 0, total: 0 } });
      return;
    }
    if (!r.ok) return setError(r.message || t.error);
    setFeedback(r.data.feedback);
    setState(r.data.state);
    if (r.data.feedback.passed) {
      // The server completed the lesson: the ticks and the lesson's own button follow at once.
      invalidateProgress();
      window.dispatchEvent(new Event(PROGRESS_CHANGED_EVENT));
    }
  }

  function reset() {
    if (text !== starter && !window.confirm(t.resetConfirm)) return;
    setText(starter);
    setFeedback(null);
  }

  async function reveal() {
    const early = !state?.canReveal;
    if (early && !window.confirm(t.revealConfirm)) return;
    setBusy("reveal");
    setError("");
    const r = await revealLab(labId, locale, early);
    setBusy("");
    if (!r.ok) return setError(r.message || t.error);
    setRevealed({ solution: r.data.solution, explanation: r.data.explanation });
    setState(r.data.state);
  }

  const status = feedback ? (feedback.passed ? "passed" : "failed") : state?.passed ? "solved-before" : "idle";
  return (
    <div data-testid="lab-runner" data-status={status} data-attempts={state?.attempts ?? ""}>
      <p id={helpId} className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        {t.editorHelp}
      </p>
      <CodeEditor
        value={text}
        onChange={setText}
        language="yaml"
        label={t.editorLabel(title)}
        describedBy={helpId}
        diagnostics={feedback?.diagnostics ?? []}
        completions={labCompletions}
        rows={Math.min(24, Math.max(10, starter.split("\n").length + 2))}
        switchLabels={{ plain: t.plainSwitch, code: t.codeSwitch }}
        testId="lab-editor"
      />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" className={primaryButton} onClick={() => void runCheck()} disabled={busy !== ""} data-testid="lab-check">
          {busy === "check" ? t.checking : t.check}
        </button>
        <button type="button" className={secondaryButton} onClick={reset} disabled={busy !== ""} data-testid="lab-reset">
          {t.reset}
        </button>
        {!revealed && (
          <button type="button" className={secondaryButton} onClick={() => void reveal()} disabled={busy !== ""} data-testid="lab-reveal" data-early={state?.canReveal ? "false" : "true"}>
            {busy === "reveal" ? t.revealing : t.reveal}
          </button>
        )}
        {state && state.attempts > 0 && (
          <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="lab-attempts">
            {state.passed ? `${t.solved} · ` : ""}
            {t.attempts(state.attempts)}
          </span>
        )}
      </div>
      {!revealed && !state?.canReveal && <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t.revealAfter(revealAfter)}</p>}
      <div aria-live="polite" className="mt-4 break-words" data-testid="lab-feedback">
        {error && (
          <p role="alert" className="text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
        {feedback && (
          <div>
            <h3 className="font-semibold">{t.feedback}</h3>
            <p className={`mt-1 font-medium ${feedback.passed ? "text-emerald-700 dark:text-emerald-300" : ""}`} data-testid="lab-summary">
              {feedback.passed ? t.passedAll : feedback.summary.total ? t.passedCount(feedback.summary.passed, feedback.summary.total) : t.notChecked}
            </p>
            {feedback.diagnostics.length > 0 && (
              <div className="mt-2">
                <p className="font-medium text-red-700 dark:text-red-300">{t.problemsTitle(feedback.diagnostics.length)}</p>
                <ul className="mt-1 space-y-1 text-sm" data-testid="lab-diagnostics">
                  {feedback.diagnostics.map((d, i) => (
                    <li key={i} data-line={d.line}>
                      <span className="font-mono">{t.line(d.line)}</span>: {d.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <ul className="mt-2 space-y-2" data-testid="lab-checks">
              {feedback.checks.map((c) => (
                <li key={c.id} data-check={c.id} data-passed={c.passed} className="flex min-w-0 gap-2">
                  <span aria-hidden="true" className={c.passed ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}>
                    {c.passed ? "✓" : "✗"}
                  </span>
                  <span className="min-w-0">
                    <span className="sr-only">{c.passed ? t.checkPassed : t.checkFailed}: </span>
                    {c.path && <code className="break-all rounded bg-zinc-100 px-1 text-sm dark:bg-zinc-800">{c.path}</code>}
                    {c.passed ? <span className="ml-2 text-sm text-zinc-600 dark:text-zinc-400">{t.checkPassed}</span> : null}
                    {c.message && <span className="block text-sm">{c.message}</span>}
                    {c.hint && <span className="block text-sm text-zinc-700 dark:text-zinc-300">{c.hint}</span>}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {revealed && (
        <section className="mt-6 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="lab-solution" aria-label={t.solution}>
          <h3 className="font-semibold">{t.solution}</h3>
          <pre className="mt-2 overflow-x-auto rounded bg-zinc-100 p-3 text-sm dark:bg-zinc-900" tabIndex={0}>
            <code>{revealed.solution}</code>
          </pre>
          <button type="button" className={`mt-2 ${secondaryButton}`} onClick={() => setText(revealed.solution)}>
            {t.copySolution}
          </button>
          <h3 className="mt-4 font-semibold">{t.explanation}</h3>
          <div className="mt-1 text-zinc-800 dark:text-zinc-200">
            <LabMarkdown source={revealed.explanation} />
          </div>
        </section>
      )}
    </div>
  );
}
