import { LabList } from "@/components/labs/lab-list";
import type { Locale } from "@/lib/i18n/locales";
import { getLabMessages } from "@/lib/i18n/lab-messages";
import type { LabSummary } from "@/lib/labs/attempts-types";
import { cardClass } from "./format";

/** The dashboard's labs: how many are solved, the ones to retry, then every lab with its status. */
export function LabPanel({ locale, labs }: { locale: Locale; labs: LabSummary[] }) {
  const t = getLabMessages(locale);
  if (!labs.length) return null;
  const solved = labs.filter((l) => l.status === "solved").length;
  return (
    <section aria-labelledby="labs-title" className={cardClass} data-testid="dashboard-labs" data-solved={solved}>
      <h2 id="labs-title" className="text-xl font-semibold">
        {t.labsTitle}
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.labsSummary(solved, labs.length)}</p>
      <h3 className="mt-4 font-semibold">{t.missedLabsTitle}</h3>
      <LabList locale={locale} labs={labs} retry />
      <details className="mt-4">
        <summary className="cursor-pointer font-semibold">{t.allLabs}</summary>
        <LabList locale={locale} labs={labs} />
      </details>
    </section>
  );
}
