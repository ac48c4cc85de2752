import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/components/ui/link";
import { cardClass, formatWhen, linkClass, tableClass } from "@/components/dashboard/format";
import { quizLabel } from "@/components/dashboard/quiz-label";
import { ScoreHistoryChart } from "@/components/dashboard/score-history-chart";
import { getViewer } from "@/lib/auth/identity";
import { listModules } from "@/lib/course/queries";
import { getAttemptHistory, historyQuerySchema, type HistoryQuery } from "@/lib/dashboard/attempt-history";
import { getDb } from "@/lib/db";
import { alternatesFor } from "@/lib/i18n/alternates";
import { getDashboardMessages } from "@/lib/i18n/dashboard-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getMessages(locale).quiz.history.title, alternates: alternatesFor(locale, "/dashboard/history"), robots: { index: false } } : {};
}

const hrefFor = (locale: Locale, query: HistoryQuery) => {
  const params = new URLSearchParams();
  if (query.kind !== "all") params.set("kind", query.kind);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return `/${locale}/dashboard/history${search ? `?${search}` : ""}`;
};

/** Every submitted attempt, its score and the trend over time. Per learner, so rendered on each request. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  const raw = await searchParams;
  const query = historyQuerySchema.parse({ kind: typeof raw.kind === "string" ? raw.kind : undefined, page: typeof raw.page === "string" ? raw.page : undefined });
  const t = getMessages(locale).quiz;
  const h = t.history;
  const d = getDashboardMessages(locale);
  const { learnerId } = await getViewer(await headers(), true);
  const history = await getAttemptHistory(getDb(), learnerId, query, new Date());
  const moduleTitles = Object.fromEntries(listModules(locale).map((m) => [m.slug, m.title]));
  const trend = history.trend;

  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-10" data-testid="attempt-history" data-total={history.total}>
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{h.title}</h1>
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">{h.intro}</p>
      </div>
      <nav aria-label={h.kindLabel} className="flex flex-wrap gap-2">
        {(["all", "exam"] as const).map((kind) => (
          <Link
            key={kind}
            href={hrefFor(locale, { kind, page: 1 })}
            aria-current={query.kind === kind ? "page" : undefined}
            className="rounded-full border border-zinc-300 px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white dark:border-zinc-700"
            data-testid={`history-kind-${kind}`}
          >
            {h.kinds[kind]}
          </Link>
        ))}
      </nav>
      {history.total === 0 ? (
        <p className={cardClass} data-testid="history-empty">
          {h.empty}{" "}
          <Link href={`/${locale}/practice`} className={linkClass}>
            {d.goPractice}
          </Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="trend-title" className={cardClass} data-testid="history-trend" data-change={trend?.change ?? undefined}>
            <h2 id="trend-title" className="text-xl font-semibold">
              {h.trendTitle}
            </h2>
            <p className="mt-2 text-zinc-700 dark:text-zinc-300" data-testid="history-trend-text">
              {trend ? h.trend(trend.basis, trend.recent, trend.recentCount, trend.change, trend.previousCount) : h.trendNone}
            </p>
            <div className="mt-4">
              <ScoreHistoryChart locale={locale} points={history.points} moduleTitles={moduleTitles} />
            </div>
          </section>
          <section aria-labelledby="attempts-title" className={cardClass}>
            <h2 id="attempts-title" className="text-xl font-semibold">
              {h.listTitle} <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">({h.count(history.total)})</span>
            </h2>
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${h.listTitle} · ${h.page(history.page, history.pages)}`}>
              <table className={tableClass} data-testid="history-table">
                <thead>
                  <tr>
                    <th scope="col">{h.columns.date}</th>
                    <th scope="col">{h.columns.quiz}</th>
                    <th scope="col">{h.columns.score}</th>
                    <th scope="col">{h.columns.scaled}</th>
                    <th scope="col">{h.columns.time}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.rows.map((row) => (
                    <tr key={row.id} data-testid="history-row" data-attempt-id={row.id} data-mode={row.mode}>
                      <td className="whitespace-nowrap">{formatWhen(locale, row.submittedAt)}</td>
                      <td>
                        <Link href={`/${locale}/quiz/${encodeURIComponent(row.id)}`} className={linkClass}>
                          {quizLabel(d, row, moduleTitles)}
                        </Link>
                      </td>
                      <td className="tabular-nums" data-testid="history-score">
                        {row.percent}% ({row.score}/{row.total})
                      </td>
                      <td className="tabular-nums" data-testid="history-scaled">
                        {row.scaledEstimate ?? "—"}
                      </td>
                      <td className="whitespace-nowrap tabular-nums">
                        {t.duration(row.timeUsedSeconds)}
                        {row.timedOut && (
                          <span className="block text-xs text-amber-800 dark:text-amber-300" data-testid="history-timed-out">
                            <span aria-hidden="true">⏱ </span>
                            {h.timedOutShort}
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {history.pages > 1 && (
              <nav aria-label={h.pages} className="mt-4 flex flex-wrap items-center gap-4 text-sm" data-testid="history-pages">
                {history.page > 1 && (
                  <Link href={hrefFor(locale, { ...query, page: history.page - 1 })} className={linkClass} rel="prev">
                    <span aria-hidden="true">← </span>
                    {h.newer}
                  </Link>
                )}
                <span aria-current="page">{h.page(history.page, history.pages)}</span>
                {history.page < history.pages && (
                  <Link href={hrefFor(locale, { ...query, page: history.page + 1 })} className={linkClass} rel="next" data-testid="history-older">
                    {h.older}
                    <span aria-hidden="true"> →</span>
                  </Link>
                )}
              </nav>
            )}
          </section>
        </>
      )}
    </main>
  );
}
