"use client";

import { startTransition, useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getProgressMessages } from "@/lib/i18n/progress-messages";
import type { ProgressSummary } from "@/lib/quiz/api-types";
import { getProgressShared } from "./quiz/api";

type Props = { locale: Locale; module: string; title: string; lessons: string[] };

/**
 * Lessons completed and questions answered in one module. Every card on the page shares one
 * GET /api/progress; nothing renders until it answers, so the page itself stays static.
 */
export function ModuleProgress({ locale, module, title, lessons }: Props) {
  const t = getProgressMessages(locale);
  const [entry, setEntry] = useState<ProgressSummary["modules"][number] | null>(null);

  useEffect(() => {
    let live = true;
    void getProgressShared().then((result) => {
      if (!live || !result.ok) return;
      const found = result.data.modules.find((m) => m.module === module) ?? { module, completedLessons: [], answered: 0, correct: 0 };
      startTransition(() => setEntry(found));
    });
    return () => {
      live = false;
    };
  }, [module]);

  if (!entry) return null;
  const done = lessons.filter((slug) => entry.completedLessons.includes(slug)).length;
  const total = lessons.length;
  const percent = total ? Math.round((done / total) * 100) : 0;
  return (
    <div className="mt-4 space-y-1 text-sm" data-testid="module-progress" data-module={module}>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-label={t.lessonsLabel(title, done, total)}
        className="h-2 overflow-hidden rounded-full bg-zinc-200 outline outline-1 -outline-offset-1 outline-zinc-400 dark:bg-zinc-800 dark:outline-zinc-600"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-zinc-600 dark:text-zinc-400">
        {t.lessons(done, total)}
        {entry.answered > 0 && (
          <>
            {" · "}
            <span data-testid="module-score">{t.questions(entry.correct, entry.answered, Math.round((entry.correct / entry.answered) * 100))}</span>
          </>
        )}
      </p>
    </div>
  );
}
