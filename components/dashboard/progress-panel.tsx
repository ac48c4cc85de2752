import { Link } from "@/components/ui/link";
import type { DashboardModule } from "@/lib/dashboard/queries";
import type { ProgressTotals } from "@/lib/dashboard/plan";
import type { Locale } from "@/lib/i18n/locales";
import { getDashboardMessages } from "@/lib/i18n/dashboard-messages";
import { getMessages } from "@/lib/i18n/messages";
import { cardClass, linkClass } from "./format";
import { ProgressBar } from "./progress-bar";

type Props = { locale: Locale; totals: ProgressTotals; modules: DashboardModule[] };

/** Lessons completed and questions answered, overall and per module. */
export function ProgressPanel({ locale, totals, modules }: Props) {
  const t = getMessages(locale);
  const d = getDashboardMessages(locale);
  return (
    <section aria-labelledby="progress-title" className={cardClass} data-testid="dashboard-progress">
      <h2 id="progress-title" className="text-xl font-semibold">
        {d.progressTitle}
      </h2>
      <div className="mt-3 space-y-1">
        <ProgressBar label={d.overallLessons(totals.lessonsCompleted, totals.lessonsTotal)} done={totals.lessonsCompleted} total={totals.lessonsTotal} testId="overall-progress" />
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="overall-progress-text">
          {d.overallLessons(totals.lessonsCompleted, totals.lessonsTotal)} · {d.overallQuestions(totals.correct, totals.answered)}
        </p>
      </div>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {modules.map((m) => (
          <li key={m.slug} className="space-y-1 text-sm" data-testid="dashboard-module" data-module={m.slug}>
            <Link href={m.href} className={linkClass}>
              {m.title}
            </Link>
            <ProgressBar label={t.progress.lessonsLabel(m.title, m.lessonsCompleted, m.lessonsTotal)} done={m.lessonsCompleted} total={m.lessonsTotal} />
            <p className="text-zinc-600 dark:text-zinc-400">
              {t.progress.lessons(m.lessonsCompleted, m.lessonsTotal)}
              {m.answered > 0 && <> · {t.progress.questions(m.right, m.answered, Math.round((m.right / m.answered) * 100))}</>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
