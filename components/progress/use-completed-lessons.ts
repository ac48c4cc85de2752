"use client";

import { startTransition, useEffect, useState } from "react";
import { getProgressShared } from "@/components/quiz/api";
import { whenIdle } from "@/components/when-idle";

/** Fired on window when the learner marks a lesson complete or not, so every tick updates at once. */
export const PROGRESS_CHANGED_EVENT = "course:progress-changed";

/**
 * The learner's completed lessons as "module/lesson" keys, or null until known. Every widget on a
 * page shares one GET /api/progress (getProgressShared), so ticks cost one request per page.
 */
export function useCompletedLessons(): Set<string> | null {
  const [completed, setCompleted] = useState<Set<string> | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void getProgressShared().then((result) => {
        if (!live || !result.ok) return;
        const keys = new Set(result.data.modules.flatMap((m) => m.completedLessons.map((l) => `${m.module}/${l}`)));
        startTransition(() => setCompleted(keys));
      });
    const cancel = whenIdle(load);
    window.addEventListener(PROGRESS_CHANGED_EVENT, load);
    return () => {
      live = false;
      cancel();
      window.removeEventListener(PROGRESS_CHANGED_EVENT, load);
    };
  }, []);
  return completed;
}
