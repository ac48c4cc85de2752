import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { cardClass } from "@/components/ui/styles";
import { requireInstructorPage } from "@/lib/instructor/page-access";
import { getModuleCatalogue } from "@/lib/quiz/catalogue";
import { getDb } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { getEditorMessages } from "@/lib/i18n/editor-messages";
import { getInstructorOverview } from "@/lib/instructor/queries";
import { InstructorNav } from "./_components/instructor-nav";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getAccountMessages(locale).instructor.title, robots: { index: false } } : {};
}

/** The instructor area. Guests are sent to sign in; learners get a 404 (the area's existence is not advertised). */
export default async function InstructorPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  await requireInstructorPage(locale, "/instructor");
  const t = getAccountMessages(locale).instructor;
  const overview = await getInstructorOverview(getDb(), new Date());
  const titles = new Map(getModuleCatalogue().map((m) => [m.slug, m.title[locale]]));
  const stats = [
    [t.learners, overview.learners],
    [t.accounts, overview.accounts],
    [t.attempts, overview.attemptsThisWeek],
    [t.answers, overview.answersThisWeek],
  ] as const;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <InstructorNav locale={locale} current="overview" />
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      <p className="mt-3">
        <Link href={`/${locale}/instructor/edit`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300" data-testid="instructor-edit-content">
          {getEditorMessages(locale).indexTitle}
        </Link>
      </p>
      <dl className="mt-6 grid gap-4 sm:grid-cols-2">
        {stats.map(([label, value]) => (
          <div key={label} className={cardClass}>
            <dt className="text-sm text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="text-3xl font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-xl font-semibold">{t.mostMissed}</h2>
      {overview.mostMissed.length === 0 ? (
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t.none}</p>
      ) : (
        <table className="mt-3 w-full border-separate border-spacing-x-3 text-left">
          <thead>
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="col" className="py-2">{t.question}</th>
              <th scope="col" className="py-2">{t.module}</th>
              <th scope="col" className="py-2 text-right">{t.misses}</th>
            </tr>
          </thead>
          <tbody>
            {overview.mostMissed.map((row) => (
              <tr key={row.questionId} className="border-b border-zinc-100 dark:border-zinc-900">
                <td className="py-2 font-mono text-sm">
                  <Link href={`/${locale}/instructor/questions/${row.questionId}`} className="text-brand-700 underline dark:text-brand-300">
                    {row.questionId}
                  </Link>
                </td>
                <td className="py-2">{(row.module && titles.get(row.module)) ?? row.module ?? "—"}</td>
                <td className="py-2 text-right">{row.misses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
