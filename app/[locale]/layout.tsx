import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { freezeStatic } from "@/components/static-html";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { ThemeScript } from "@/components/theme-script";
import { ServiceWorker } from "@/components/offline/service-worker";
import { ClientNavigation } from "@/components/client-navigation";
import { htmlLang, isLocale, locales } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { getEnv } from "@/lib/env";
import "../globals.css";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getMessages(locale);
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.siteTagline,
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  return (
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-brand-600 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
        >
          {t.skipToContent}
        </a>
        {await freezeStatic(<SiteHeader locale={locale} />)}
        <div className="flex-1">{children}</div>
        {await freezeStatic(<SiteFooter locale={locale} />)}
        <ServiceWorker />
        <ClientNavigation />
      </body>
    </html>
  );
}
