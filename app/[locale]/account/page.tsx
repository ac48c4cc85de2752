import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cardClass, secondaryButton } from "@/components/ui/styles";
import { getViewer } from "@/lib/auth/identity";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { getCertificateMessages } from "@/lib/i18n/certificate-messages";
import { getInstructorMessages } from "@/lib/i18n/instructor-messages";
import { listMemberships } from "@/lib/classes/queries";
import { getDb } from "@/lib/db";
import { getModuleCatalogue } from "@/lib/quiz/catalogue";
import { MyClasses } from "./_components/my-classes";
import { ChangePasswordForm } from "./_components/change-password-form";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { ResendVerification } from "./_components/resend-verification";
import { SessionActions } from "./_components/session-actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ verified?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getAccountMessages(locale).accountTitle, alternates: alternatesFor(locale, "/account"), robots: { index: false } } : {};
}

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  const { user } = await getViewer(await headers(), true);
  if (!user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/account`)}`);
  const t = getAccountMessages(locale);
  const justVerified = (await searchParams).verified === "1" && user.emailVerified;
  const memberships = await listMemberships(getDb(), user, new Date());
  const moduleTitles = new Map(getModuleCatalogue().map((m) => [m.slug, m.title[locale]]));
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.accountTitle}</h1>
      {justVerified && (
        <p role="status" className="mt-4 rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">
          {t.justVerified}
        </p>
      )}
      <p className="mt-3 text-lg" data-testid="account-email">
        {t.signedInAs(user.email)}
      </p>
      <p className="text-zinc-700 dark:text-zinc-300">{t.role(user.role)}</p>
      {user.emailVerified ? (
        <p className="text-green-800 dark:text-green-300">{t.verified}</p>
      ) : (
        <div className="mt-2">
          <p className="text-zinc-700 dark:text-zinc-300">{t.notVerified}</p>
          <ResendVerification locale={locale} email={user.email} />
        </div>
      )}

      <AccountSection id="account-sessions" title={t.sessionsTitle}>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.sessionsIntro}</p>
        <SessionActions locale={locale} />
      </AccountSection>

      <AccountSection id="account-password" title={t.changePasswordTitle}>
        <ChangePasswordForm locale={locale} />
      </AccountSection>

      <AccountSection id="account-certificate" title={getCertificateMessages(locale).title}>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">{getCertificateMessages(locale).intro}</p>
        <Link href={`/${locale}/certificate`} className={`mt-4 inline-block ${secondaryButton}`} data-testid="account-certificate-link">
          {getCertificateMessages(locale).title}
        </Link>
      </AccountSection>

      <AccountSection id="account-classes" title={getInstructorMessages(locale).account.title}>
        <MyClasses locale={locale} memberships={memberships} moduleTitles={moduleTitles} />
      </AccountSection>

      <AccountSection id="account-data" title={t.dataTitle}>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.exportIntro}</p>
        <a href="/api/account/export" download className={`mt-4 inline-block ${secondaryButton}`} data-testid="export-data">
          {t.exportButton}
        </a>
      </AccountSection>

      <AccountSection id="account-delete" title={t.deleteTitle} danger>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.deleteIntro}</p>
        <DeleteAccountForm locale={locale} />
      </AccountSection>
    </main>
  );
}

function AccountSection({ id, title, danger = false, children }: { id: string; title: string; danger?: boolean; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={`${cardClass} mt-6 ${danger ? "border-red-300 dark:border-red-900" : ""}`}>
      <h2 id={id} className={`text-xl font-semibold ${danger ? "text-red-800 dark:text-red-300" : ""}`}>
        {title}
      </h2>
      {children}
    </section>
  );
}
