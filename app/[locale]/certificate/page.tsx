import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { headers } from "next/headers";
import { cardClass, primaryButton, secondaryButton } from "@/components/ui/styles";
import { getViewer } from "@/lib/auth/identity";
import { verifyPath } from "@/lib/certificates/present";
import { getEligibility, getOwnCertificate } from "@/lib/certificates/queries";
import { PASS_LINE } from "@/lib/quiz/scoring";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { alternatesFor } from "@/lib/i18n/alternates";
import { getCertificateMessages } from "@/lib/i18n/certificate-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { CertificateSheet } from "./_components/certificate-sheet";
import { IssueForm } from "./_components/issue-form";
import { PrintButton } from "./_components/print-button";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getCertificateMessages(locale).title, alternates: alternatesFor(locale, "/certificate"), robots: { index: false } } : {};
}

/** Per account, so rendered on each request (reading the request's headers makes it dynamic). */
export default async function CertificatePage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const t = getCertificateMessages(locale);
  const { user } = await getViewer(await headers(), true);
  if (!user) {
    const next = encodeURIComponent(`/${locale}/certificate`);
    return (
      <main id="main" className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{t.intro}</p>
        <p className="mt-3 text-zinc-700 dark:text-zinc-300" data-testid="certificate-sign-in">
          {t.signInNeeded}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href={`/${locale}/sign-in?next=${next}`} className={primaryButton}>
            {t.signIn}
          </Link>
          <Link href={`/${locale}/sign-up?next=${next}`} className={secondaryButton}>
            {t.signUp}
          </Link>
        </div>
      </main>
    );
  }
  const db = getDb();
  const now = new Date();
  const [certificate, eligibility] = await Promise.all([getOwnCertificate(db, user.id), getEligibility(db, user.id, now)]);

  if (certificate) {
    const verifyUrl = new URL(verifyPath(certificate.id), getEnv().SITE_URL).toString();
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-10 print:max-w-none print:p-0" data-print-alone>
        <h1 className="text-3xl font-bold tracking-tight print:sr-only">{t.title}</h1>
        <CertificateSheet locale={locale} t={t} certificate={certificate} passLine={PASS_LINE} verifyUrl={verifyUrl} />
        <div className="mt-6 flex flex-wrap items-center gap-3 print:hidden">
          <PrintButton label={t.print} />
          <Link href={verifyPath(certificate.id)} className="break-all text-brand-700 underline dark:text-brand-300" data-testid="certificate-verify-link">
            {verifyUrl}
          </Link>
        </div>
        <p className="mt-4 text-sm text-zinc-700 dark:text-zinc-300 print:hidden">{t.revokeNote}</p>
      </main>
    );
  }

  const lessonsDone = eligibility.lessons.completed >= eligibility.lessons.total;
  const examPassed = eligibility.bestExam !== null && eligibility.bestExam.scaledScore >= eligibility.passLine;
  const defaultName = user.name.includes("@") || user.name === user.email.split("@")[0] ? "" : user.name;
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      <section aria-labelledby="certificate-requirements" className={`${cardClass} mt-6`}>
        <h2 id="certificate-requirements" className="text-xl font-semibold">
          {t.requirementsTitle}
        </h2>
        <ul className="mt-3 space-y-3">
          <Requirement met={lessonsDone} t={t} testId="requirement-lessons">
            {t.lessonsRequirement(eligibility.lessons.completed, eligibility.lessons.total)}
          </Requirement>
          <Requirement met={examPassed} t={t} testId="requirement-exam">
            {t.examRequirement(eligibility.passLine, eligibility.minQuestions)}
            <span className="block text-sm text-zinc-700 dark:text-zinc-300">{eligibility.bestExam ? t.bestExam(eligibility.bestExam.scaledScore) : t.noExam}</span>
          </Requirement>
        </ul>
        {!eligibility.eligible && (
          <div className="mt-5 flex flex-wrap gap-3">
            {!lessonsDone && (
              <Link href={`/${locale}`} className={secondaryButton}>
                {t.goCourse}
              </Link>
            )}
            {!examPassed && (
              <Link href={`/${locale}/practice`} className={secondaryButton}>
                {t.goPractice}
              </Link>
            )}
          </div>
        )}
      </section>
      {eligibility.eligible && (
        <section aria-labelledby="certificate-issue" className={`${cardClass} mt-6`}>
          <h2 id="certificate-issue" className="text-xl font-semibold">
            {t.issueTitle}
          </h2>
          <IssueForm defaultName={defaultName} t={{ nameLabel: t.nameLabel, nameHint: t.nameHint, issueButton: t.issueButton, issuing: t.issuing, issueFailed: t.issueFailed }} />
        </section>
      )}
    </main>
  );
}

function Requirement({ met, t, testId, children }: { met: boolean; t: { met: string; notMet: string }; testId: string; children: React.ReactNode }) {
  return (
    <li className="flex gap-3" data-testid={testId} data-met={met}>
      <span aria-hidden="true" className={`mt-0.5 font-bold ${met ? "text-green-700 dark:text-green-400" : "text-zinc-500 dark:text-zinc-400"}`}>
        {met ? "✓" : "○"}
      </span>
      <span>
        <span className="sr-only">{met ? t.met : t.notMet}: </span>
        {children}
      </span>
    </li>
  );
}
