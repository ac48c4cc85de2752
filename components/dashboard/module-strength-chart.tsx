import type { DashboardModule } from "@/lib/dashboard/queries";
import type { Locale } from "@/lib/i18n/locales";
import { getDashboardMessages } from "@/lib/i18n/dashboard-messages";
import { ChartFrame, svgLabel } from "./chart-frame";
import { percent, tableClass } from "./format";

type Props = { locale: Locale; modules: DashboardModule[] };

const W = 400;
const ROW = 40;
const BAR = 12;
const VALUE = 64; // room at the right for the value
const AXIS = 22;
const bar = (share: number) => share * (W - VALUE);

/** One horizontal bar per module: recency-weighted accuracy, 0–100%, with the 70% line. */
export function ModuleStrengthChart({ locale, modules }: Props) {
  const t = getDashboardMessages(locale);
  const id = "module-strength";
  if (modules.every((m) => m.strength === null)) {
    return (
      <section aria-labelledby={`${id}-title`} data-testid="module-strength">
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          {t.strengthTitle}
        </h2>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300" data-testid="module-strength-empty">
          {t.strengthEmpty}
        </p>
      </section>
    );
  }
  const height = modules.length * ROW + AXIS;
  const chart = (
    <svg viewBox={`0 0 ${W} ${height}`} className="h-auto w-full max-w-2xl" {...svgLabel(id)} data-testid="module-strength-svg">
      {modules.map((m, i) => {
        const top = i * ROW;
        return (
          <g key={m.slug}>
            <text x={0} y={top + 13} fontSize={12} className="fill-zinc-800 dark:fill-zinc-200">
              {m.title}
            </text>
            <rect x={0} y={top + 19} width={bar(1)} height={BAR} rx={3} className="fill-zinc-200 dark:fill-zinc-800" />
            {m.strength !== null && (
              <rect x={0} y={top + 19} width={Math.max(bar(m.strength), 2)} height={BAR} rx={3} className="fill-brand-600 dark:fill-brand-400" data-strength={Math.round(m.strength * 100)} />
            )}
            <text x={W} y={top + 29} textAnchor="end" fontSize={11} className="fill-zinc-700 dark:fill-zinc-300">
              {m.strength === null ? "—" : percent(m.strength)}
            </text>
          </g>
        );
      })}
      <line x1={bar(0.7)} x2={bar(0.7)} y1={14} y2={height - AXIS + 4} strokeDasharray="4 3" strokeWidth={1.5} className="stroke-emerald-700 dark:stroke-emerald-400" />
      {[0, 0.7, 1].map((share) => (
        <text key={share} x={bar(share)} y={height - 6} textAnchor={share === 0 ? "start" : share === 1 ? "end" : "middle"} fontSize={11} className="fill-zinc-600 dark:fill-zinc-400">
          {percent(share)}
        </text>
      ))}
    </svg>
  );
  const table = (
    <table className={tableClass} data-testid="module-strength-table">
      <thead>
        <tr>
          <th scope="col">{t.columns.module}</th>
          <th scope="col">{t.columns.answers}</th>
          <th scope="col">{t.columns.strength}</th>
        </tr>
      </thead>
      <tbody>
        {modules.map((m) => (
          <tr key={m.slug} data-module={m.slug}>
            <th scope="row" className="font-normal">
              {m.title}
            </th>
            <td>{m.readiness.answers}</td>
            <td data-testid="module-strength-value">{m.strength === null ? t.noAnswers : percent(m.strength)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <ChartFrame id={id} title={t.strengthTitle} caption={t.strengthCaption} showTable={t.showTable} chart={chart} table={table} testId="module-strength" />;
}
