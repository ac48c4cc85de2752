"use client";

import { startTransition, useEffect, useState } from "react";
import type { ProgressMessages } from "@/lib/i18n/progress-messages";
import { getProgressShared, setLessonComplete } from "./quiz/api";
import { PROGRESS_CHANGED_EVENT } from "./progress/use-completed-lessons";

/** Strings come from the (server) page, in its language only. */
type Props = { labels: Pick<ProgressMessages, "markComplete" | "completed" | "saveFailed">; module: string; lesson: string };

/** "Mark as complete" toggle under a lesson. Renders nothing until the learner's progress is known. */
export function LessonCompleteButton({ labels: t, module, lesson }: Props) {
  const [completed, setCompleted] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  useEffect(() => {
    let live = true;
    const load = () =>
      void getProgressShared().then((result) => {
        if (!live || !result.ok) return;
        const done = result.data.modules.some((m) => m.module === module && m.completedLessons.includes(lesson));
        startTransition(() => setCompleted(done));
      });
    load();
    // Passing the lesson's lab completes it too: follow changes made elsewhere on the page.
    window.addEventListener(PROGRESS_CHANGED_EVENT, load);
    return () => {
      live = false;
      window.removeEventListener(PROGRESS_CHANGED_EVENT, load);
    };
  }, [module, lesson]);

  async function toggle() {
    if (completed === null) return;
    setBusy(true);
    setError("");
    const result = await setLessonComplete(module, lesson, !completed);
    setBusy(false);
    if (result.ok) {
      setCompleted(result.data.completed);
      window.dispatchEvent(new Event(PROGRESS_CHANGED_EVENT));
    }
    else setError(t.saveFailed);
  }

  if (completed === null) return null;
  return (
    <div className="mt-10 max-w-3xl">
      <button
        type="button"
        aria-pressed={completed}
        disabled={busy}
        onClick={() => void toggle()}
        className={`rounded-lg border-2 px-4 py-2 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60 ${
          completed
            ? "border-emerald-700 bg-emerald-50 text-emerald-800 dark:border-emerald-400 dark:bg-emerald-500/10 dark:text-emerald-200"
            : "border-brand-600 text-brand-700 hover:bg-brand-50 dark:text-brand-300 dark:hover:bg-brand-700/15"
        }`}
        data-testid="lesson-complete"
      >
        {completed ? (
          <>
            {t.completed} <span aria-hidden="true">✓</span>
          </>
        ) : (
          t.markComplete
        )}
      </button>
      <div role="alert" className="mt-2 text-sm text-red-700 empty:hidden dark:text-red-300">
        {error}
      </div>
    </div>
  );
}
