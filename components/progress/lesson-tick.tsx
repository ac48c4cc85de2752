"use client";

import { useCompletedLessons } from "./use-completed-lessons";

/** A ✓ beside a lesson the learner has completed (with its meaning for screen readers); nothing otherwise. */
export function LessonTick({ module, lesson, label }: { module: string; lesson: string; label: string }) {
  const completed = useCompletedLessons();
  if (!completed?.has(`${module}/${lesson}`)) return null;
  return (
    <span className="ml-1 shrink-0 text-emerald-700 dark:text-emerald-400" data-testid="lesson-tick" data-lesson={`${module}/${lesson}`}>
      <span aria-hidden="true">✓</span>
      <span className="sr-only"> ({label})</span>
    </span>
  );
}
