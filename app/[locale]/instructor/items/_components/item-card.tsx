import { Link } from "@/components/ui/link";
import type { ItemAnalysisRow } from "@/lib/instructor/item-analysis";
import type { SourceLocation } from "@/lib/instructor/question-source";
import type { InstructorMessages } from "@/lib/i18n/instructor-messages";
import type { Locale } from "@/lib/i18n/locales";

const pct = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

export function questionHref(locale: Locale, item: Pick<ItemAnalysisRow, "questionId" | "version">) {
  return `/${locale}/instructor/questions/${item.questionId}?version=${item.version}`;
}

/** One question version's statistics, as a card (readable at 390 px, unlike a 10-column table). */
export function ItemCard({ item, locale, t, source, moduleTitle }: { item: ItemAnalysisRow; locale: Locale; t: InstructorMessages["items"]; source: SourceLocation | null; moduleTitle: string }) {
  const stats: [string, string][] = [
    [t.responses, String(item.responses)],
    [t.facility, pct(item.facility)],
    [t.discrimination, item.discrimination === null ? t.notEnough : item.discrimination.toFixed(2)],
    [t.medianTime, item.medianTimeMs === null ? t.notEnough : t.seconds(item.medianTimeMs / 1000)],
    [t.flagRate, pct(item.flagRate)],
  ];
  return (
    <article className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800" data-testid={`item-${item.questionId}-v${item.version}`} data-facility={item.facility ?? ""} data-responses={item.responses}>
      <h3 className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Link href={questionHref(locale, item)} className="font-mono font-semibold text-brand-700 underline dark:text-brand-300">
          {item.questionId} v{item.version}
        </Link>
        <span className="text-sm text-zinc-600 dark:text-zinc-400">
          {moduleTitle} · {t.types[item.type] ?? item.type} · {item.isCurrent ? t.current : t.old}
        </span>
      </h3>
      {source && (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {t.source}: <code className="break-all">{`${source.file}:${source.line}`}</code>
        </p>
      )}
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {stats.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <Choices item={item} t={t} />
    </article>
  );
}

function Choices({ item, t }: { item: ItemAnalysisRow; t: InstructorMessages["items"] }) {
  const c = item.choices;
  return (
    <div className="mt-3">
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{t.picks}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm tabular-nums">
        {c.kind === "options" &&
          c.options.map((o) => (
            <li key={o.option}>
              <span className="font-mono">{o.option}</span>
              {o.correct && <span className="text-green-800 dark:text-green-300"> ({t.key})</span>}: {o.picks}
            </li>
          ))}
        {c.kind === "positions" &&
          c.items.map((i) => (
            <li key={i.option}>
              <span className="font-mono">{i.option}</span>: {i.byPosition.map((n, p) => `${t.position(p + 1)} ${n}`).join(", ")}
            </li>
          ))}
        {c.kind === "pairs" &&
          c.items.map((i) => (
            <li key={i.option}>
              <span className="font-mono">{i.option}</span> →{" "}
              {Object.entries(i.byMatch)
                .map(([m, n]) => `${m}${m === i.option ? ` (${t.key})` : ""} ${n}`)
                .join(", ")}
            </li>
          ))}
      </ul>
    </div>
  );
}
