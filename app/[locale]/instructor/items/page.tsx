import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { cardClass, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/styles";
import { getDb } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getInstructorMessages } from "@/lib/i18n/instructor-messages";
import { requireInstructorPage } from "@/lib/instructor/page-access";
import { analyseItems } from "@/lib/instructor/item-analysis";
import { ATTENTION } from "@/lib/instructor/item-stats";
import { locateQuestion } from "@/lib/instructor/question-source";
import { itemFilterSchema, type ItemFilter } from "@/lib/instructor/schema";
import { getModuleCatalogue } from "@/lib/quiz/catalogue";
import { questionTypes } from "@/lib/quiz/schema";
import { InstructorNav } from "../_components/instructor-nav";
import { ItemCard, questionHref } from "./_components/item-card";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getInstructorMessages(locale).items.title, robots: { index: false } } : {};
}

/** Unknown or malformed filters fall back to the defaults rather than failing the page. */
function readFilter(raw: Record<string, string | string[] | undefined>): ItemFilter {
  const pick = (key: string) => (typeof raw[key] === "string" && raw[key] !== "" ? raw[key] : undefined);
  const parsed = itemFilterSchema.safeParse({ module: pick("module"), type: pick("type"), version: pick("version") });
  return parsed.success ? parsed.data : { version: "current" };
}

export default async function ItemAnalysisPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  await requireInstructorPage(locale, "/instructor/items");
  const t = getInstructorMessages(locale).items;
  const filter = readFilter(await searchParams);
  const items = await analyseItems(getDb(), filter, new Date());
  const catalogue = getModuleCatalogue();
  const titles = new Map(catalogue.map((m) => [m.slug, m.title[locale]]));
  const attention = items.filter((i) => i.reasons.length > 0);
  const query = new URLSearchParams(Object.entries({ module: filter.module, type: filter.type, version: filter.version }).filter((e): e is [string, string] => !!e[1])).toString();
  const maxVersion = Math.max(1, ...items.map((i) => i.version));

  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <InstructorNav locale={locale} current="items" />
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.intro}</p>

      <section aria-labelledby="items-counts" className={`${cardClass} mt-6`}>
        <h2 id="items-counts" className="text-lg font-semibold">{t.countsTitle}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-zinc-700 dark:text-zinc-300">
          {t.counts.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h2 className="mt-4 text-lg font-semibold">{t.definitionsTitle}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-zinc-700 dark:text-zinc-300">
          {Object.values(t.definitions).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <form method="get" className={`${cardClass} mt-6 flex flex-wrap items-end gap-4`} aria-label={t.filters} data-testid="item-filters">
        <div>
          <label htmlFor="filter-module" className={labelClass}>{t.module}</label>
          <select id="filter-module" name="module" defaultValue={filter.module ?? ""} className={inputClass}>
            <option value="">{t.allModules}</option>
            {catalogue.map((m) => (
              <option key={m.slug} value={m.slug}>{m.title[locale]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-type" className={labelClass}>{t.type}</label>
          <select id="filter-type" name="type" defaultValue={filter.type ?? ""} className={inputClass}>
            <option value="">{t.allTypes}</option>
            {questionTypes.map((type) => (
              <option key={type} value={type}>{t.types[type]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-version" className={labelClass}>{t.version}</label>
          <select id="filter-version" name="version" defaultValue={filter.version} className={inputClass}>
            <option value="current">{t.currentVersions}</option>
            <option value="all">{t.allVersions}</option>
            {Array.from({ length: Math.max(maxVersion, Number(filter.version) || 0) }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>{t.versionN(i + 1)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={primaryButton}>{t.apply}</button>
        <a href={`/api/instructor/items/export${query ? `?${query}` : ""}`} download className={secondaryButton} data-testid="items-csv">
          {t.csv}
        </a>
      </form>

      <p className="mt-4 text-zinc-700 dark:text-zinc-300" data-testid="items-summary">
        {t.summary(items.length, items.reduce((n, i) => n + i.responses, 0))}
      </p>

      <section aria-labelledby="items-attention" className="mt-6">
        <h2 id="items-attention" className="text-xl font-semibold">{t.attentionTitle}</h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t.attentionIntro(ATTENTION.minResponses)}</p>
        {attention.length === 0 ? (
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t.noAttention}</p>
        ) : (
          <ul className="mt-3 space-y-3" data-testid="attention-list">
            {attention.map((item) => {
              const source = locateQuestion(item.questionId);
              return (
                <li key={item.versionId} className="rounded-lg border border-amber-300 p-3 dark:border-amber-800" data-testid={`attention-${item.questionId}`}>
                  <Link href={questionHref(locale, item)} className="font-mono font-semibold text-brand-700 underline dark:text-brand-300">
                    {item.questionId} v{item.version}
                  </Link>
                  {source && <code className="ml-2 break-all text-sm text-zinc-600 dark:text-zinc-400">{`${source.file}:${source.line}`}</code>}
                  <ul className="mt-1 list-disc pl-5 text-zinc-800 dark:text-zinc-200">
                    {item.reasons.map((reason, i) => (
                      <li key={i} data-reason={reason.code}>{t.reason(reason)}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="items-all" className="mt-8">
        <h2 id="items-all" className="text-xl font-semibold">{t.allTitle}</h2>
        {items.length === 0 ? (
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t.none}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {items.map((item) => (
              <li key={item.versionId}>
                <ItemCard item={item} locale={locale} t={t} source={locateQuestion(item.questionId)} moduleTitle={titles.get(item.module) ?? item.module} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
