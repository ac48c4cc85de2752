/** One lesson in course order, as the home page hands it to the browser. */
export type CourseLesson = { module: string; slug: string; title: string; href: string };

export type NextLesson = { kind: "start"; lesson: CourseLesson | undefined } | { kind: "continue"; lesson: CourseLesson } | { kind: "done" };

/**
 * Where a learner should carry on: nothing completed → the first lesson; otherwise the first
 * lesson not completed after the furthest completed one (wrapping round to any earlier gap);
 * everything completed → done.
 */
export function pickNextLesson(lessons: readonly CourseLesson[], completed: ReadonlySet<string>): NextLesson {
  const done = (l: CourseLesson) => completed.has(`${l.module}/${l.slug}`);
  let furthest = -1;
  lessons.forEach((l, i) => {
    if (done(l)) furthest = i;
  });
  if (furthest === -1) return { kind: "start", lesson: lessons[0] };
  const after = lessons.slice(furthest + 1).find((l) => !done(l)) ?? lessons.find((l) => !done(l));
  return after ? { kind: "continue", lesson: after } : { kind: "done" };
}
