import { Link } from "@/components/ui/link";
import type { DashboardModule } from "@/lib/dashboard/queries";
import { describeProbability, type OverallReadiness } from "@/lib/dashboard/readiness";
import type { Locale } from "@/lib/i18n/locales";
import { getDashboardMessages } from "@/lib/i18n/dashboard-messages";
import { cardClass, linkClass, percent, tableClass } from "./format";

type Props = { locale: Locale; overall: OverallReadiness; modules: DashboardModule[] };

/** The readiness estimate, overall and per module, always labelled an estimate, with its method a click away. */
export function ReadinessPanel({ locale, overall, modules }: Props) {
  const t = getDashboardMessages(locale);
  const band = describeProbability(overall.probability);
  return (
    <section aria-labelledby="readiness-title" className={cardClass} data-testid="readiness">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="readiness-title" className="text-xl font-semibold">
          {t.readinessTitle}
        </h2>
        <span className="rounded-full border border-amber-700 px-2 py-0.5 text-xs font-semibold text-amber-800 dark:border-amber-400 dark:text-amber-200" data-testid="readiness-estimate-label">
          {t.estimate}
        </span>
      </div>
      {overall.probability === null ? (
        <p className="mt-3 text-zinc-700 dark:text-zinc-300" data-testid="readiness-overall" data-band={band}>
          <strong>{t.notEnoughData}.</strong> {t.notEnoughOverall}
        </p>
      ) : (
        <div className="mt-3" data-testid="readiness-overall" data-band={band}>
          <p className="text-2xl font-bold">
            {t.overallChance(overall.probability)} <span className="text-base font-semibold text-zinc-700 dark:text-zinc-300">({t.bands[band]})</span>
          </p>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{t.expectedScore(overall.expectedScore, overall.sd)}</p>
        </div>
      )}
      <div className="overflow-x-auto">
        <table className={tableClass} data-testid="readiness-table">
          <thead>
            <tr>
              <th scope="col">{t.columns.module}</th>
              <th scope="col">{t.columns.answers}</th>
              <th scope="col">{t.columns.chance}</th>
            </tr>
          </thead>
          <tbody>
            {modules.map((m) => (
              <tr key={m.slug} data-module={m.slug} data-testid="readiness-row">
                <th scope="row" className="font-normal">
                  {m.title}
                </th>
                <td>{m.readiness.answers}</td>
                <td>{m.readiness.probability === null ? t.notEnoughData : `${percent(m.readiness.probability)} (${t.bands[describeProbability(m.readiness.probability)]})`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300">{t.howTitle}</summary>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t.howShort}</p>
      </details>
      <p className="mt-2 text-sm">
        <Link href={`/${locale}/dashboard/readiness`} className={linkClass} data-testid="readiness-method-link">
          {t.readMethod}
        </Link>
      </p>
    </section>
  );
}
