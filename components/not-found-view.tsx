"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getReadingMessages } from "@/lib/i18n/reading-messages";
import { OPEN_SEARCH_EVENT } from "./search-events";

export type NotFoundModules = Record<Locale, { href: string; title: string }[]>;

/**
 * The branded 404 body: what happened, a search button (opens the header's search) and the ways on.
 * Inside a language's pages the locale comes from the URL; the global 404 passes it in.
 */
export function NotFoundView({ locale: given, modules }: { locale?: Locale; modules: NotFoundModules }) {
  const params = useParams<{ locale?: string }>();
  const locale: Locale = given ?? (isLocale(params?.locale) ? params.locale : "en");
  const t = getReadingMessages(locale).notFound;
  const link = "text-brand-700 underline hover:no-underline focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300";
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16" data-testid="not-found" data-locale={locale}>
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.body}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => window.dispatchEvent(new Event(OPEN_SEARCH_EVENT))}
          className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          data-testid="not-found-search"
        >
          {t.search}
        </button>
        <Link href={`/${locale}`} className="rounded-lg border border-zinc-300 px-4 py-2 font-medium hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:border-zinc-700">
          {t.home}
        </Link>
      </div>
      <nav aria-label={t.where} className="mt-10">
        <h2 className="text-lg font-semibold">{t.where}</h2>
        <ul className="mt-3 space-y-1.5">
          {modules[locale].map((m) => (
            <li key={m.href}>
              <Link href={m.href} className={link}>
                {m.title}
              </Link>
            </li>
          ))}
          <li>
            <Link href={`/${locale}/glossary`} className={link}>
              {t.glossary}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/practice`} className={link}>
              {t.practice}
            </Link>
          </li>
        </ul>
      </nav>
    </main>
  );
}
