import type { ScorePoint } from "@/lib/dashboard/history";
import type { Locale } from "@/lib/i18n/locales";
import { getDashboardMessages } from "@/lib/i18n/dashboard-messages";
import { ChartFrame, svgLabel } from "./chart-frame";
import { formatDay, formatWhen, tableClass } from "./format";
import { quizLabel } from "./quiz-label";

type Props = { locale: Locale; points: ScorePoint[]; moduleTitles: Record<string, string> };

const W = 400;
const H = 200;
const M = { left: 36, right: 14, top: 12, bottom: 28 };
const PASS = 70;

const x = (i: number, n: number) => (n === 1 ? (M.left + W - M.right) / 2 : M.left + (i * (W - M.left - M.right)) / (n - 1));
const y = (percent: number) => M.top + ((100 - percent) / 100) * (H - M.top - M.bottom);

/** Each submitted quiz's score, oldest to newest, evenly spaced (dates in the table), with the pass line. */
export function ScoreHistoryChart({ locale, points, moduleTitles }: Props) {
  const t = getDashboardMessages(locale);
  const id = "score-history";
  if (!points.length) {
    return (
      <section aria-labelledby={`${id}-title`} data-testid="score-history">
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          {t.historyTitle}
        </h2>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300" data-testid="score-history-empty">
          {t.historyEmpty}
        </p>
      </section>
    );
  }
  const n = points.length;
  const r = n > 40 ? 2.5 : 4;
  const chart = (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-2xl" {...svgLabel(id)} data-testid="score-history-svg">
      {[0, 50, 100].map((p) => (
        <g key={p}>
          <line x1={M.left} x2={W - M.right} y1={y(p)} y2={y(p)} className="stroke-zinc-300 dark:stroke-zinc-700" strokeWidth={1} />
          <text x={M.left - 6} y={y(p) + 4} textAnchor="end" fontSize={11} className="fill-zinc-600 dark:fill-zinc-400">
            {p}%
          </text>
        </g>
      ))}
      <line x1={M.left} x2={W - M.right} y1={y(PASS)} y2={y(PASS)} strokeDasharray="6 4" strokeWidth={1.5} className="stroke-emerald-700 dark:stroke-emerald-400" />
      <text x={W - M.right} y={y(PASS) - 4} textAnchor="end" fontSize={11} className="fill-emerald-800 dark:fill-emerald-300">
        {t.passMark}
      </text>
      {n > 1 && (
        <polyline
          points={points.map((p, i) => `${x(i, n)},${y(p.percent)}`).join(" ")}
          fill="none"
          strokeWidth={2}
          strokeLinejoin="round"
          className="stroke-brand-600 dark:stroke-brand-400"
        />
      )}
      {points.map((p, i) =>
        p.mode === "exam" ? (
          <rect key={p.id} x={x(i, n) - r} y={y(p.percent) - r} width={2 * r} height={2 * r} className="fill-brand-700 dark:fill-brand-300" data-percent={p.percent} />
        ) : (
          <circle key={p.id} cx={x(i, n)} cy={y(p.percent)} r={r} className="fill-brand-600 dark:fill-brand-400" data-percent={p.percent} />
        ),
      )}
      <text x={x(0, n)} y={H - 8} textAnchor={n === 1 ? "middle" : "start"} fontSize={11} className="fill-zinc-600 dark:fill-zinc-400">
        {formatDay(locale, points[0]!.submittedAt)}
      </text>
      {n > 1 && (
        <text x={x(n - 1, n)} y={H - 8} textAnchor="end" fontSize={11} className="fill-zinc-600 dark:fill-zinc-400">
          {formatDay(locale, points[n - 1]!.submittedAt)}
        </text>
      )}
    </svg>
  );
  const table = (
    <table className={tableClass} data-testid="score-history-table">
      <thead>
        <tr>
          <th scope="col">{t.columns.date}</th>
          <th scope="col">{t.columns.quiz}</th>
          <th scope="col">{t.columns.score}</th>
          <th scope="col">{t.columns.scaled}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.id} data-testid="score-history-row">
            <td>{formatWhen(locale, p.submittedAt)}</td>
            <td>{quizLabel(t, p, moduleTitles)}</td>
            <td data-testid="score-history-percent">
              {p.percent}% ({p.score}/{p.total})
            </td>
            <td>{p.scaledEstimate ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <ChartFrame id={id} title={t.historyTitle} caption={t.historyCaption} showTable={t.showTable} chart={chart} table={table} testId="score-history" />;
}
