"use client";

import { startTransition, useEffect, useId, useState } from "react";
import { afterIdle } from "@/components/when-idle";
import { NO_LEARNER, readIfLearner } from "@/components/learner";
import { LabList } from "@/components/labs/lab-list";
import { cardClass } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locales";
import { getLabMessages } from "@/lib/i18n/lab-messages";
import type { LabSummary } from "@/lib/labs/attempts-types";

/** "What I missed" for labs: attempted and not yet solved, each with a link back to its lesson. */
export function MissedLabs({ locale }: { locale: Locale }) {
  const t = getLabMessages(locale);
  const id = useId();
  const [labs, setLabs] = useState<LabSummary[] | null>(null);

  useEffect(() => {
    let live = true;
    void afterIdle()
      .then(() => readIfLearner(() => fetch(`/api/labs?locale=${locale}`, { cache: "no-store" }).then((r) => (r.ok ? (r.json() as Promise<{ labs: LabSummary[] }>) : null)), NO_LEARNER.labs))
      .then((data) => {
        if (live) startTransition(() => setLabs(data?.labs ?? []));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [locale]);

  return (
    <section aria-labelledby={`${id}-title`} className={cardClass} data-testid="practice-missed-labs" aria-busy={labs === null}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {t.missedLabsTitle}
      </h2>
      {labs && <LabList locale={locale} labs={labs} retry />}
    </section>
  );
}
