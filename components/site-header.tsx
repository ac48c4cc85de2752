import { Link } from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { getMessages } from "@/lib/i18n/messages";
import { getReadingMessages } from "@/lib/i18n/reading-messages";
import { AccountLink } from "./account-link";
import { LanguageSwitch } from "./language-switch";
import { ReviewBadge } from "./review-badge";
import { SearchDialog, type SearchLabels } from "./search-dialog";
import { ThemeToggle } from "./theme-toggle";

/** Plain strings only: a server component cannot hand functions to a client island. */
function searchLabels(locale: Locale): SearchLabels {
  const t = getMessages(locale);
  const { kindLesson, kindGlossary, kindQuestion } = getReadingMessages(locale).search;
  return { ...t.search, kindLesson, kindGlossary, kindQuestion, failed: t.error.body };
}

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  const account = getAccountMessages(locale);
  return (
    <header className="sticky top-0 z-30 print:hidden border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5">
        <Link href={`/${locale}`} className="mr-auto flex items-center gap-2 font-semibold focus-visible:outline-2 focus-visible:outline-brand-600">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-brand-600 text-xs font-bold text-white">
            EKS
          </span>
          <span>{t.siteName}</span>
        </Link>
        <nav aria-label={t.nav.primary} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <Link href={`/${locale}`} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
            {t.nav.course}
          </Link>
          <Link href={`/${locale}/practice`} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
            {t.nav.practice}
          </Link>
          <ReviewBadge locale={locale} label={t.nav.review} dueSuffix={t.review.dueSuffix} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-600" />
          <Link href={`/${locale}/dashboard`} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="nav-dashboard">
            {t.nav.dashboard}
          </Link>
          <Link href={`/${locale}/glossary`} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
            {t.nav.glossary}
          </Link>
          <AccountLink locale={locale} labels={{ signIn: account.signIn, account: account.accountLinkPrefix, accountShort: getReadingMessages(locale).account, instructor: account.instructor.title }} className="font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300" />
        </nav>
        <div className="flex items-center gap-2">
          <SearchDialog locale={locale} labels={searchLabels(locale)} />
          <LanguageSwitch locale={locale} label={t.language.switchTo} />
          <ThemeToggle labels={t.theme} />
        </div>
      </div>
    </header>
  );
}
