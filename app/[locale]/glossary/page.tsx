import type { Metadata } from "next";
import { listGlossary } from "@/lib/course/glossary";
import { glossaryAnchor, isSameTerm } from "@/lib/course/glossary-terms";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { freezeStatic } from "@/components/static-html";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getMessages(locale).glossary.title, alternates: alternatesFor(locale, "/glossary") } : {};
}

export default async function GlossaryPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const t = getMessages(locale).glossary;
  const entries = listGlossary();
  return freezeStatic(
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      <dl className="mt-8 divide-y divide-zinc-200 dark:divide-zinc-800">
        {entries.map((entry) => (
          <div key={entry.term.en} id={glossaryAnchor(entry.term.en)} className="grid gap-1 py-4 sm:grid-cols-[14rem_1fr] sm:gap-6" data-testid="glossary-entry">
            {/* A term that is the same in both languages (only the brackets differ) is listed once. */}
            <dt>
              <span className="block font-semibold" lang="en">{entry.term.en}</span>
              {!isSameTerm(entry.term.en, entry.term.zh) && (
                <span className="block text-zinc-700 dark:text-zinc-300" lang="zh-Hans">{entry.term.zh}</span>
              )}
            </dt>
            <dd className="text-zinc-800 dark:text-zinc-200">{entry.definition[locale]}</dd>
          </div>
        ))}
      </dl>
    </main>,
  );
}
