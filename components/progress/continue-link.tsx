"use client";

import { Link } from "@/components/ui/link";
import { useCompletedLessons } from "./use-completed-lessons";
import { pickNextLesson, type CourseLesson } from "@/lib/progress/next-lesson";

type Props = { lessons: CourseLesson[]; labels: { start: string; continue: string; allDone: string; review: string }; className: string };

/**
 * The home page's call to action: "Start the course" for a new learner, "Continue: <lesson>" for a
 * returning one (the first lesson not yet completed after the furthest one completed).
 */
export function ContinueLink({ lessons, labels, className }: Props) {
  const completed = useCompletedLessons();
  const pick = completed ? pickNextLesson(lessons, completed) : { kind: "start" as const, lesson: lessons[0] };
  if (pick.kind === "done")
    return (
      <p className="mt-6" data-testid="continue" data-state="done">
        <span className="font-semibold">{labels.allDone}</span>{" "}
        <Link href={lessons[0]?.href ?? "#"} className="text-brand-700 underline dark:text-brand-300">
          {labels.review}
        </Link>
      </p>
    );
  if (!pick.lesson) return null;
  return (
    <Link href={pick.lesson.href} className={className} data-testid="continue" data-state={completed ? pick.kind : "loading"}>
      {pick.kind === "continue" ? labels.continue.replace("{lesson}", pick.lesson.title) : labels.start}
    </Link>
  );
}
