import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ClassAction } from "@/components/classes/class-action";
import { MemberSummaryView } from "@/components/classes/member-summary-view";
import { cardClass, secondaryButton } from "@/components/ui/styles";
import { getClassReport } from "@/lib/classes/queries";
import { classIdSchema } from "@/lib/classes/schema";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getInstructorMessages } from "@/lib/i18n/instructor-messages";
import { requireInstructorPage } from "@/lib/instructor/page-access";
import { getModuleCatalogue } from "@/lib/quiz/catalogue";
import { InstructorNav } from "../../_components/instructor-nav";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getInstructorMessages(locale).classes.title, robots: { index: false } } : {};
}

/** One class: its invite link, each learner's progress, its weakest modules and most-missed questions. */
export default async function ClassPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireInstructorPage(locale, `/instructor/classes/${encodeURIComponent(id)}`);
  if (!classIdSchema.safeParse(id).success) notFound();
  const report = await getClassReport(getDb(), user, id, new Date()).catch((error: unknown) => {
    // Someone else's class, or none: the same 404.
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  });
  const t = getInstructorMessages(locale).classes;
  const titles = new Map(getModuleCatalogue().map((m) => [m.slug, m.title[locale]]));
  const inviteLink = `${getEnv().SITE_URL.replace(/\/$/, "")}/${locale}/join/${report.class.inviteCode}`;

  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <InstructorNav locale={locale} current="classes" />
      <p>
        <Link href={`/${locale}/instructor/classes`} className="text-brand-700 underline dark:text-brand-300">{t.back}</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight break-words" data-testid="class-title">{report.class.name}</h1>
      <section aria-labelledby="class-invite" className={`${cardClass} mt-6`}>
        <h2 id="class-invite" className="text-xl font-semibold">{t.inviteLink}</h2>
        <p className="mt-2">
          <a href={inviteLink} className="break-all font-mono text-brand-700 underline dark:text-brand-300" data-testid="invite-link">{inviteLink}</a>
        </p>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          {t.inviteCode}: <code data-testid="invite-code">{report.class.inviteCode}</code>
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <a href={`/api/instructor/classes/${report.class.id}/export`} download className={secondaryButton} data-testid="class-csv">{t.csv}</a>
        </div>
      </section>

      <section aria-labelledby="class-learners" className="mt-8">
        <h2 id="class-learners" className="text-xl font-semibold">{t.learners} ({report.members.length})</h2>
        {report.members.length === 0 ? (
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t.noMembers}</p>
        ) : (
          <ul className="mt-3 space-y-3" data-testid="class-members">
            {report.members.map((m) => (
              <li key={m.userId} className={cardClass}>
                <MemberSummaryView summary={m} locale={locale} t={t} moduleTitles={titles} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="mt-8 grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="class-weakest" className={cardClass}>
          <h2 id="class-weakest" className="text-xl font-semibold">{t.weakest}</h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t.weakestIntro}</p>
          {report.weakestModules.length === 0 ? (
            <p className="mt-2">{t.noWeakest}</p>
          ) : (
            <ol className="mt-2 list-decimal space-y-1 pl-5" data-testid="class-weakest">
              {report.weakestModules.map((m) => (
                <li key={m.module}>
                  {titles.get(m.module) ?? m.module}: {Math.round(m.accuracy * 100)}% ({m.correct}/{m.answered})
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="class-missed" className={cardClass}>
          <h2 id="class-missed" className="text-xl font-semibold">{t.mostMissed}</h2>
          {report.mostMissed.length === 0 ? (
            <p className="mt-2">{t.noMissed}</p>
          ) : (
            <ol className="mt-2 list-decimal space-y-1 pl-5" data-testid="class-missed">
              {report.mostMissed.map((q) => (
                <li key={q.questionId}>
                  <Link href={`/${locale}/instructor/questions/${q.questionId}`} className="font-mono text-brand-700 underline dark:text-brand-300">{q.questionId}</Link>{" "}
                  ({titles.get(q.module) ?? q.module}): {t.missedBy(q.learners)}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <section aria-labelledby="class-delete" className={`${cardClass} mt-8 border-red-300 dark:border-red-900`}>
        <h2 id="class-delete" className="text-xl font-semibold text-red-800 dark:text-red-300">{t.delete}</h2>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.deleteConfirm}</p>
        <div className="mt-3">
          <ClassAction label={t.delete} url={`/api/instructor/classes/${report.class.id}`} method="DELETE" confirm={t.deleteConfirm} then={`/${locale}/instructor/classes`} className={secondaryButton} testId="delete-class" errorText={t.error} />
        </div>
      </section>
    </main>
  );
}
