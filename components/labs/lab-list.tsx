import { Link } from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/locales";
import { getLabMessages } from "@/lib/i18n/lab-messages";
import type { LabSummary } from "@/lib/labs/attempts-types";

const linkClass = "font-medium text-brand-700 underline focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300";

export const labHref = (locale: Locale, lab: Pick<LabSummary, "id" | "module" | "lesson">) => `/${locale}/learn/${lab.module}/${lab.lesson}#lab-${lab.id}`;

/** Labs with the learner's status; `retry` lists only the attempted, unsolved ones with a retry link. Server or client. */
export function LabList({ locale, labs, retry = false }: { locale: Locale; labs: LabSummary[]; retry?: boolean }) {
  const t = getLabMessages(locale);
  const shown = retry ? labs.filter((l) => l.status === "attempted") : labs;
  if (retry && !shown.length) return <p className="mt-2 text-zinc-700 dark:text-zinc-300" data-testid="missed-labs-empty">{t.missedLabsEmpty}</p>;
  const statusText = { solved: t.solved, attempted: t.attempted, not_started: t.notStarted } as const;
  return (
    <ul className="mt-2 space-y-2">
      {shown.map((lab) => (
        <li key={lab.id} data-testid={retry ? "missed-lab" : "lab-status"} data-lab-id={lab.id} data-status={lab.status} className="flex flex-wrap items-baseline gap-x-3">
          {retry ? <span>{lab.title}</span> : (
            <Link href={labHref(locale, lab)} className={linkClass}>
              {lab.title}
            </Link>
          )}
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            {statusText[lab.status]}
            {lab.attempts > 0 ? ` · ${t.attempts(lab.attempts)}` : ""}
          </span>
          {retry && (
            <Link href={labHref(locale, lab)} className={`text-sm ${linkClass}`} data-testid="retry-lab">
              {t.retry}
              <span className="sr-only">: {lab.title}</span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
