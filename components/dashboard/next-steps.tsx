import { Link } from "@/components/ui/link";
import type { ModuleSummary } from "@/lib/course/queries";
import type { ContinueTarget, StudySuggestion } from "@/lib/dashboard/plan";
import type { Locale } from "@/lib/i18n/locales";
import { getDashboardMessages } from "@/lib/i18n/dashboard-messages";
import { cardClass, linkClass } from "./format";
import { StartPracticeButton } from "./start-practice-button";
import { getStartLabels } from "@/lib/i18n/practice-labels";

type Props = { locale: Locale; outline: ModuleSummary[]; continueTarget: ContinueTarget; suggestion: StudySuggestion | null };

function findLesson(outline: ModuleSummary[], module: string, lesson: string) {
  const m = outline.find((x) => x.slug === module);
  return { module: m, lesson: m?.lessons.find((l) => l.slug === lesson) };
}

/** "Continue where you left off" and "Study next" (the weakest module). */
export function NextSteps({ locale, outline, continueTarget, suggestion }: Props) {
  const t = getDashboardMessages(locale);
  const target = continueTarget;
  const next = target.kind === "lesson" ? findLesson(outline, target.module, target.lesson) : null;
  const weakest = suggestion ? outline.find((m) => m.slug === suggestion.module) : undefined;
  const weakLesson = suggestion?.lesson && weakest ? weakest.lessons.find((l) => l.slug === suggestion.lesson) : undefined;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="continue-title" className={cardClass} data-testid="continue">
        <h2 id="continue-title" className="text-xl font-semibold">
          {t.continueTitle}
        </h2>
        <p className="mt-3">
          {target.kind === "attempt" && (
            <Link href={`/${locale}/quiz/${encodeURIComponent(target.attemptId)}`} className={linkClass} data-testid="continue-link" data-kind="attempt">
              {t.continueAttempt(t.modes[target.mode])}
            </Link>
          )}
          {target.kind === "lesson" && next?.lesson && (
            <>
              <span className="text-zinc-700 dark:text-zinc-300">{target.started ? t.continueLesson : t.startLesson}: </span>
              <Link href={next.lesson.href} className={linkClass} data-testid="continue-link" data-kind="lesson">
                {next.lesson.title}
              </Link>
              <span className="text-zinc-600 dark:text-zinc-400"> ({next.module?.title})</span>
            </>
          )}
          {target.kind === "finished" && (
            <>
              <span className="text-zinc-700 dark:text-zinc-300">{t.finished} </span>
              <Link href={`/${locale}/practice`} className={linkClass} data-testid="continue-link" data-kind="finished">
                {t.goPractice}
              </Link>
            </>
          )}
        </p>
      </section>
      <section aria-labelledby="suggestion-title" className={cardClass} data-testid="suggestion">
        <h2 id="suggestion-title" className="text-xl font-semibold">
          {t.suggestionTitle}
        </h2>
        {!suggestion || !weakest ? (
          <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.suggestionNone}</p>
        ) : (
          <>
            <p className="mt-3 text-zinc-700 dark:text-zinc-300" data-testid="suggestion-module" data-module={weakest.slug}>
              {t.weakest(weakest.title)}
            </p>
            <ul className="mt-2 space-y-2">
              {weakLesson ? (
                <li>
                  <Link href={weakLesson.href} className={linkClass} data-testid="suggestion-lesson">
                    {t.readLesson(weakLesson.title)}
                  </Link>
                </li>
              ) : (
                <li>
                  <StartPracticeButton locale={locale} labels={getStartLabels(locale)} module={weakest.slug} label={t.practiseModule(weakest.title)} testId="suggestion-practise" />
                </li>
              )}
              {suggestion.reviewDue > 0 && (
                <li>
                  <Link href={`/${locale}/review`} className={linkClass} data-testid="suggestion-review">
                    {t.reviewDue(suggestion.reviewDue)}
                  </Link>
                </li>
              )}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
