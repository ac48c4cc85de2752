import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getMessages(locale).footer;
  return (
    <footer className="print:hidden border-t border-zinc-200 py-6 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto max-w-7xl space-y-1 px-4">
        <p>{t.license}</p>
        <p>{t.facts}</p>
      </div>
    </footer>
  );
}
