import { Link } from "@/components/ui/link";
import type { ScorePoint } from "@/lib/dashboard/history";
import type { Locale } from "@/lib/i18n/locales";
import { getDashboardMessages } from "@/lib/i18n/dashboard-messages";
import { getMessages } from "@/lib/i18n/messages";
import { cardClass, formatWhen, linkClass, tableClass } from "./format";
import { quizLabel } from "./quiz-label";

type Props = { locale: Locale; attempts: ScorePoint[]; moduleTitles: Record<string, string> };

/** The latest submitted quizzes, each linking to its review (/quiz/[id] shows a submitted attempt's results). */
export function RecentAttempts({ locale, attempts, moduleTitles }: Props) {
  const t = getDashboardMessages(locale);
  return (
    <section aria-labelledby="recent-title" className={cardClass} data-testid="recent-attempts">
      <h2 id="recent-title" className="text-xl font-semibold">
        {t.recentTitle}
      </h2>
      {attempts.length === 0 ? (
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t.recentEmpty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <thead>
              <tr>
                <th scope="col">{t.columns.quiz}</th>
                <th scope="col">{t.columns.date}</th>
                <th scope="col">{t.columns.score}</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id} data-testid="recent-attempt" data-mode={a.mode}>
                  <td>
                    <Link href={`/${locale}/quiz/${encodeURIComponent(a.id)}`} className={linkClass}>
                      {quizLabel(t, a, moduleTitles)}
                    </Link>
                  </td>
                  <td>{formatWhen(locale, a.submittedAt)}</td>
                  <td>
                    {a.percent}%{a.scaledEstimate !== null && <span className="text-zinc-600 dark:text-zinc-400"> · {a.scaledEstimate}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-3">
        <Link href={`/${locale}/dashboard/history`} className={linkClass} data-testid="dashboard-history-link">
          {getMessages(locale).quiz.allAttempts}
        </Link>
      </p>
    </section>
  );
}
