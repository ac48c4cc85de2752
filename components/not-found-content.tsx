import type { Locale } from "@/lib/i18n/locales";
import { getReadingMessages } from "@/lib/i18n/reading-messages";

export type NotFoundModules = { href: string; title: string }[];

const link = "text-brand-700 underline hover:no-underline focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300";

/**
 * The branded 404 body: what happened, search (a #search link the header's search dialog answers
 * to) and the ways on. A server component with plain links (next/link here would put the link
 * runtime in a chunk of its own on every page, since a not-found file ships with every route).
 */
export function NotFoundContent({ locale, modules, searchHref }: { locale: Locale; modules: NotFoundModules; searchHref: string }) {
  const t = getReadingMessages(locale).notFound;
  return (
    <div data-testid="not-found" data-locale={locale}>
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.body}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <a
          href={searchHref}
          className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          data-testid="not-found-search"
        >
          {t.search}
        </a>
        <a
          href={`/${locale}`}
          className="rounded-lg border border-zinc-300 px-4 py-2 font-medium hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:border-zinc-700"
        >
          {t.home}
        </a>
      </div>
      <h2 className="mt-10 text-lg font-semibold">{t.where}</h2>
      <ul className="mt-3 space-y-1.5">
        {modules.map((m) => (
          <li key={m.href}>
            <a href={m.href} className={link}>
              {m.title}
            </a>
          </li>
        ))}
        <li>
          <a href={`/${locale}/glossary`} className={link}>
            {t.glossary}
          </a>
        </li>
        <li>
          <a href={`/${locale}/practice`} className={link}>
            {t.practice}
          </a>
        </li>
      </ul>
    </div>
  );
}
