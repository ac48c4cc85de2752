import { Link } from "@/components/ui/link";
import type { ModuleSummary } from "@/lib/course/queries";
import { LessonTick } from "./progress/lesson-tick";

/** The course's table of contents: every module, the current one opened to its lessons. */
/** Completed lessons get a tick once the learner's progress has loaded (the nav itself stays static). */
export function CourseNav({ label, doneLabel, modules, currentModule, currentLesson }: { label: string; doneLabel: string; modules: ModuleSummary[]; currentModule: string; currentLesson?: string }) {
  return (
    <nav aria-label={label} className="text-sm">
      <ol className="space-y-1">
        {modules.map((m) => {
          const open = m.slug === currentModule;
          return (
            <li key={m.slug}>
              <Link
                href={m.href}
                aria-current={open && !currentLesson ? "page" : undefined}
                className={`block rounded-md px-2 py-1.5 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:hover:bg-zinc-800 ${open ? "font-semibold" : ""}`}
              >
                <span className="mr-1 text-zinc-500 dark:text-zinc-400">{m.number}.</span>
                {m.title}
              </Link>
              {open && (
                <ol className="mt-1 ml-3 space-y-0.5 border-l border-zinc-200 pl-2 dark:border-zinc-800">
                  {m.lessons.map((l) => {
                    const current = l.slug === currentLesson;
                    return (
                      <li key={l.slug}>
                        <Link
                          href={l.href}
                          aria-current={current ? "page" : undefined}
                          className={`flex justify-between rounded-md px-2 py-1 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:hover:bg-zinc-800 ${current ? "bg-brand-50 font-medium text-brand-700 dark:bg-zinc-800 dark:text-brand-300" : "text-zinc-700 dark:text-zinc-300"}`}
                        >
                          <span>{l.title}</span>
                          <LessonTick module={m.slug} lesson={l.slug} label={doneLabel} />
                        </Link>
                      </li>
                    );
                  })}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
