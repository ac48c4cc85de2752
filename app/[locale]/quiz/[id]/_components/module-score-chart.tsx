import type { Messages } from "@/lib/i18n/messages";
import type { ModuleScore } from "@/lib/quiz/api-types";

const W = 400;
const ROW = 40;
const BAR = 12;
const VALUE = 70; // room at the right for "3/4 · 75%"
const AXIS = 22;
const bar = (share: number) => share * (W - VALUE);
const percentOf = (m: ModuleScore) => (m.total ? Math.round((m.correct / m.total) * 100) : 0);

/**
 * This attempt's score per module: one bar each (percentage right) with the 70% line, and the same
 * numbers as a real table (like the dashboard's charts: components/dashboard/chart-frame.tsx).
 */
export function ModuleScoreChart({ t, modules }: { t: Messages["quiz"]; modules: ModuleScore[] }) {
  const id = "quiz-modules";
  const height = modules.length * ROW + AXIS;
  return (
    <section aria-labelledby={`${id}-title`} className="mt-6" data-testid="quiz-by-module-chart">
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {t.byModule}
      </h3>
      <figure className="m-0 mt-1">
        <figcaption id={`${id}-caption`} className="text-sm text-zinc-700 dark:text-zinc-300">
          {t.moduleChartCaption}
        </figcaption>
        <svg viewBox={`0 0 ${W} ${height}`} className="mt-3 h-auto w-full max-w-2xl" role="img" aria-labelledby={`${id}-title ${id}-caption`}>
          {modules.map((m, i) => {
            const top = i * ROW;
            const share = m.total ? m.correct / m.total : 0;
            return (
              <g key={m.module}>
                <text x={0} y={top + 13} fontSize={12} className="fill-zinc-800 dark:fill-zinc-200">
                  {m.title}
                </text>
                <rect x={0} y={top + 19} width={bar(1)} height={BAR} rx={3} className="fill-zinc-200 dark:fill-zinc-800" />
                <rect x={0} y={top + 19} width={Math.max(bar(share), 2)} height={BAR} rx={3} className="fill-brand-600 dark:fill-brand-400" data-percent={percentOf(m)} />
                <text x={W} y={top + 29} textAnchor="end" fontSize={12} className="fill-zinc-700 dark:fill-zinc-300">
                  {m.correct}/{m.total} · {percentOf(m)}%
                </text>
              </g>
            );
          })}
          <line x1={bar(0.7)} x2={bar(0.7)} y1={14} y2={height - AXIS + 4} strokeDasharray="4 3" strokeWidth={1.5} className="stroke-emerald-700 dark:stroke-emerald-400" />
          {[0, 0.7, 1].map((share) => (
            <text key={share} x={bar(share)} y={height - 6} textAnchor={share === 0 ? "start" : share === 1 ? "end" : "middle"} fontSize={12} className="fill-zinc-600 dark:fill-zinc-400">
              {Math.round(share * 100)}%
            </text>
          ))}
        </svg>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300">{t.showTable}</summary>
          <table className="mt-2 w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-zinc-200 [&_td]:py-1.5 [&_td]:pr-3 dark:[&_td]:border-zinc-800 [&_th]:py-1.5 [&_th]:pr-3 [&_th]:font-semibold" data-testid="quiz-by-module">
            <thead>
              <tr>
                <th scope="col">{t.moduleColumn}</th>
                <th scope="col">{t.correctColumn}</th>
                <th scope="col">{t.percentColumn}</th>
              </tr>
            </thead>
            <tbody>
              {modules.map((m) => (
                <tr key={m.module} data-module={m.module}>
                  <th scope="row" className="font-normal">
                    {m.title}
                  </th>
                  <td className="tabular-nums">
                    {m.correct} / {m.total}
                  </td>
                  <td className="tabular-nums">{percentOf(m)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </section>
  );
}
