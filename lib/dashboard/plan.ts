/** What to do next: where to continue, and what to study for the weakest module. Pure. */
import type { AttemptMode } from "../quiz/api-types";

/** The course in order: each module's lesson slugs, in reading order. */
export type OutlineModule = { slug: string; lessons: string[] };

export type ContinueTarget =
  | { kind: "attempt"; attemptId: string; mode: AttemptMode; module: string | null }
  | { kind: "lesson"; module: string; lesson: string; started: boolean }
  | { kind: "finished" };

const key = (module: string, lesson: string) => `${module}/${lesson}`;

/**
 * An unfinished attempt first (it is where the learner was); otherwise the first lesson not yet
 * completed after the most recently completed one (wrapping round to earlier gaps); otherwise, with
 * nothing completed, the first lesson.
 */
export function pickContinue(input: {
  unfinishedAttempt: { id: string; mode: AttemptMode; module: string | null } | null;
  outline: OutlineModule[];
  completed: ReadonlySet<string>;
  lastCompleted: { module: string; lesson: string } | null;
}): ContinueTarget {
  const { unfinishedAttempt, outline, completed, lastCompleted } = input;
  if (unfinishedAttempt) return { kind: "attempt", attemptId: unfinishedAttempt.id, mode: unfinishedAttempt.mode, module: unfinishedAttempt.module };
  const sequence = outline.flatMap((m) => m.lessons.map((lesson) => ({ module: m.slug, lesson })));
  const from = lastCompleted ? sequence.findIndex((l) => l.module === lastCompleted.module && l.lesson === lastCompleted.lesson) + 1 : 0;
  for (let i = 0; i < sequence.length; i++) {
    const candidate = sequence[(from + i) % sequence.length]!;
    if (!completed.has(key(candidate.module, candidate.lesson))) return { kind: "lesson", ...candidate, started: completed.size > 0 };
  }
  return { kind: "finished" };
}

export type StudySuggestion = {
  module: string;
  /** the module's first lesson not yet completed, or null: every lesson is done, so practise */
  lesson: string | null;
  /** questions due in the review queue (any module) */
  reviewDue: number;
};

/**
 * The weakest module is the one with the lowest estimated accuracy among those with answers (the
 * posterior mean, so one wrong answer weighs less than five); ties go to the one with fewer answers,
 * then to course order. Null until the learner has answered something.
 */
export function suggestNextStudy(input: {
  modules: { module: string; answers: number; mean: number }[];
  outline: OutlineModule[];
  completed: ReadonlySet<string>;
  reviewDue: number;
}): StudySuggestion | null {
  const order = input.outline.map((m) => m.slug);
  const weakest = input.modules
    .filter((m) => m.answers > 0)
    .sort((a, b) => a.mean - b.mean || a.answers - b.answers || order.indexOf(a.module) - order.indexOf(b.module))[0];
  if (!weakest) return null;
  const lessons = input.outline.find((m) => m.slug === weakest.module)?.lessons ?? [];
  const lesson = lessons.find((l) => !input.completed.has(key(weakest.module, l))) ?? null;
  return { module: weakest.module, lesson, reviewDue: input.reviewDue };
}

export type ProgressTotals = { lessonsCompleted: number; lessonsTotal: number; answered: number; correct: number };

/** Course-wide totals from per-module progress; completions of lessons no longer in the course do not count. */
export function totalProgress(
  outline: OutlineModule[],
  modules: { module: string; completedLessons: string[]; answered: number; correct: number }[],
): ProgressTotals {
  let lessonsCompleted = 0;
  for (const m of outline) {
    const done = new Set(modules.find((p) => p.module === m.slug)?.completedLessons ?? []);
    lessonsCompleted += m.lessons.filter((l) => done.has(l)).length;
  }
  return {
    lessonsCompleted,
    lessonsTotal: outline.reduce((n, m) => n + m.lessons.length, 0),
    answered: modules.reduce((n, m) => n + m.answered, 0),
    correct: modules.reduce((n, m) => n + m.correct, 0),
  };
}
