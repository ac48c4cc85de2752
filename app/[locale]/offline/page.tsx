import type { Metadata } from "next";
import { SavedLessons } from "@/components/offline/saved-lessons";
import { listModules } from "@/lib/course/queries";
import { getOfflineMessages } from "@/lib/i18n/certificate-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getOfflineMessages(locale).title, robots: { index: false } } : {};
}

/**
 * What the service worker shows, offline, for a page it has not stored (lib/offline/). Static, so the
 * worker can keep it at install; the saved-lesson list is read on the device.
 */
export default async function OfflinePage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const t = getOfflineMessages(locale);
  const lessons = listModules(locale).flatMap((m) => m.lessons.map((l) => ({ href: l.href, title: `${m.title} · ${l.title}` })));
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10" data-testid="offline-page">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.available}</p>
      <p className="mt-4">
        <a href={`/${locale}`} className="text-brand-700 underline dark:text-brand-300">
          {t.outline}
        </a>
      </p>
      <SavedLessons lessons={lessons} t={{ saved: t.saved, none: t.none, retry: t.retry }} />
    </main>
  );
}
