import { Link } from "@/components/ui/link";
import type { LessonSummary } from "@/lib/course/queries";

export function LessonPager({ label, previousLabel, nextLabel, previous, next }: { label: string; previousLabel: string; nextLabel: string; previous?: LessonSummary; next?: LessonSummary }) {
  const card = "block rounded-lg border border-zinc-200 p-3 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-800";
  return (
    <nav aria-label={label} className="mt-12 grid gap-3 sm:grid-cols-2">
      {previous ? (
        <Link href={previous.href} rel="prev" className={card}>
          <span className="text-xs text-zinc-600 dark:text-zinc-400">← {previousLabel}</span>
          <span className="block font-medium">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.href} rel="next" className={`${card} text-right`}>
          <span className="text-xs text-zinc-600 dark:text-zinc-400">{nextLabel} →</span>
          <span className="block font-medium">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
