import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/components/ui/link";
import { BookmarkList } from "@/components/dashboard/bookmark-list";
import { LabPanel } from "@/components/dashboard/lab-panel";
import { cardClass, linkClass } from "@/components/dashboard/format";
import { ModuleStrengthChart } from "@/components/dashboard/module-strength-chart";
import { NextSteps } from "@/components/dashboard/next-steps";
import { ProgressPanel } from "@/components/dashboard/progress-panel";
import { ReadinessPanel } from "@/components/dashboard/readiness-panel";
import { RecentAttempts } from "@/components/dashboard/recent-attempts";
import { ScoreHistoryChart } from "@/components/dashboard/score-history-chart";
import { getViewer } from "@/lib/auth/identity";
import { getDashboard } from "@/lib/dashboard/queries";
import { listLabSummaries } from "@/lib/labs/attempts";
import { getDb } from "@/lib/db";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getDashboardMessages } from "@/lib/i18n/dashboard-messages";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getDashboardMessages(locale).title, alternates: alternatesFor(locale, "/dashboard"), robots: { index: false } } : {};
}

/** Per learner, so rendered on each request (reading the request's headers makes it dynamic). */
export default async function DashboardPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const t = getDashboardMessages(locale);
  const { learnerId, user } = await getViewer(await headers(), true);
  const [d, labs] = await Promise.all([getDashboard(getDb(), learnerId, locale, new Date()), listLabSummaries(getDb(), learnerId, locale)]);
  const moduleTitles = Object.fromEntries(d.outline.map((m) => [m.slug, m.title]));
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-10" data-testid="dashboard" data-active={d.active}>
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      </div>
      {!user && d.active && (
        <p className="rounded-lg bg-brand-50 p-3 text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100" data-testid="dashboard-guest-notice">
          {t.guestNotice}{" "}
          <Link href={`/${locale}/sign-up?next=${encodeURIComponent(`/${locale}/dashboard`)}`} className={linkClass}>
            {t.guestAction}
          </Link>
        </p>
      )}
      {!d.active && (
        <section aria-labelledby="empty-title" className={cardClass} data-testid="dashboard-empty">
          <h2 id="empty-title" className="text-xl font-semibold">
            {t.emptyTitle}
          </h2>
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t.emptyBody}</p>
          <p className="mt-3 flex flex-wrap gap-4">
            <Link href={d.outline[0]?.lessons[0]?.href ?? `/${locale}`} className={linkClass}>
              {t.startCourse}
            </Link>
            <Link href={`/${locale}/practice`} className={linkClass}>
              {t.goPractice}
            </Link>
          </p>
        </section>
      )}
      <NextSteps locale={locale} outline={d.outline} continueTarget={d.continueTarget} suggestion={d.suggestion} />
      <ProgressPanel locale={locale} totals={d.totals} modules={d.modules} />
      <ReadinessPanel locale={locale} overall={d.overall} modules={d.modules} />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className={cardClass}>
          <ScoreHistoryChart locale={locale} points={d.history} moduleTitles={moduleTitles} />
        </div>
        <div className={cardClass}>
          <ModuleStrengthChart locale={locale} modules={d.modules} />
        </div>
      </div>
      <LabPanel locale={locale} labs={labs} />
      <RecentAttempts locale={locale} attempts={d.recent} moduleTitles={moduleTitles} />
      <BookmarkList locale={locale} bookmarks={d.bookmarks} />
    </main>
  );
}
