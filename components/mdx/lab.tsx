import { LabMarkdown } from "@/components/labs/lab-markdown";
import { LabRunner } from "@/components/labs/lazy-lab-runner";
import type { Locale } from "@/lib/i18n/locales";
import { getLabMessages } from "@/lib/i18n/lab-messages";
import { findLab, toPublicLab } from "@/lib/labs/catalogue";
import { REVEAL_AFTER_FAILURES } from "@/lib/labs/rules";

/**
 * `<Lab id="…" />` in a lesson: the scenario, rendered on the server, and the editor island. Only
 * the public part of the lab (lib/labs/catalogue.ts toPublicLab) reaches the browser.
 */
export function Lab({ locale, id }: { locale: Locale; id: string }) {
  const lab = findLab(id);
  // The content check refuses unknown ids; a lab removed since the build renders nothing.
  if (!lab) return null;
  const t = getLabMessages(locale);
  const pub = toPublicLab(lab, locale);
  const titleId = `lab-${pub.id}`;
  return (
    <section aria-labelledby={titleId} className="not-prose my-8 rounded-xl border border-zinc-200 p-4 sm:p-5 dark:border-zinc-800" data-testid="lab" data-lab-id={pub.id}>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">{t.lab}</p>
      <h2 id={titleId} className="mt-1 text-lg font-semibold">
        {pub.title}
      </h2>
      <h3 className="mt-3 font-semibold">{t.scenario}</h3>
      <div className="mt-1 text-zinc-800 dark:text-zinc-200">
        <LabMarkdown source={pub.scenario} />
      </div>
      <p className="mt-2 text-sm">
        <a href={pub.source} rel="noopener noreferrer" className="text-brand-700 underline dark:text-brand-300">
          {t.source}
        </a>
      </p>
      <div className="mt-4">
        <LabRunner locale={locale} labId={pub.id} title={pub.title} starter={pub.starter} revealAfter={REVEAL_AFTER_FAILURES} />
      </div>
    </section>
  );
}
