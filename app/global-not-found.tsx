import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { NotFoundContent } from "@/components/not-found-content";
import { SiteFooter } from "@/components/site-footer";
import { ThemeScript } from "@/components/theme-script";
import { listModuleLinks } from "@/lib/course/not-found-links";
import { htmlLang, isLocale, negotiateLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import "./globals.css";

export const metadata: Metadata = { title: "404 · EKS Exam Prep", robots: { index: false } };

const navLink = "hover:underline focus-visible:outline-2 focus-visible:outline-brand-600";

/**
 * 404 for paths outside /en and /zh (e.g. /nope), in the visitor's language: the one they chose
 * before (the `locale` cookie), else their browser's Accept-Language, as for `/`. Its header is
 * plain links (search opens on the course home page through #search): a global 404 is bundled
 * with every route, so it carries no client components.
 */
export default async function GlobalNotFound() {
  const chosen = (await cookies()).get("locale")?.value;
  const locale = isLocale(chosen) ? chosen : negotiateLocale((await headers()).get("accept-language"));
  const t = getMessages(locale);
  return (
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-dvh flex-col">
        <header className="border-b border-zinc-200 dark:border-zinc-800">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5">
            <a href={`/${locale}`} className={`mr-auto flex items-center gap-2 font-semibold ${navLink}`}>
              <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-brand-600 text-xs font-bold text-white">
                EKS
              </span>
              <span>{t.siteName}</span>
            </a>
            <nav aria-label={t.nav.primary} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <a href={`/${locale}`} className={navLink}>
                {t.nav.course}
              </a>
              <a href={`/${locale}/practice`} className={navLink}>
                {t.nav.practice}
              </a>
              <a href={`/${locale}/dashboard`} className={navLink}>
                {t.nav.dashboard}
              </a>
              <a href={`/${locale}/glossary`} className={navLink}>
                {t.nav.glossary}
              </a>
              <a href={`/${locale}#search`} className={navLink} data-testid="search-button">
                {t.search.open}
              </a>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-16">
          <NotFoundContent locale={locale} modules={listModuleLinks()[locale]} searchHref={`/${locale}#search`} />
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
