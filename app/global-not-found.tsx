import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { NotFoundView } from "@/components/not-found-view";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ThemeScript } from "@/components/theme-script";
import { listModuleLinks } from "@/lib/course/not-found-links";
import { htmlLang, isLocale, negotiateLocale } from "@/lib/i18n/locales";
import "./globals.css";

export const metadata: Metadata = { title: "404 · EKS Exam Prep", robots: { index: false } };

/**
 * 404 for paths outside /en and /zh (e.g. /nope): the visitor's language is the one they chose
 * before (the `locale` cookie), else their browser's Accept-Language, as for `/`.
 */
export default async function GlobalNotFound() {
  const chosen = (await cookies()).get("locale")?.value;
  const locale = isLocale(chosen) ? chosen : negotiateLocale((await headers()).get("accept-language"));
  return (
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-dvh flex-col">
        <SiteHeader locale={locale} />
        <div className="flex-1">
          <NotFoundView locale={locale} modules={listModuleLinks()} />
        </div>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
