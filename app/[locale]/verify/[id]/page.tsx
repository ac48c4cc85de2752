import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { findPublicCertificate } from "@/lib/certificates/queries";
import { getDb } from "@/lib/db";
import { courseTitle, formatCertificateDate, getCertificateMessages } from "@/lib/i18n/certificate-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string; id: string }> };

// Looked up on every request: a certificate deleted with its account must stop verifying at once.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  // Not indexed: the page names a person.
  return isLocale(locale) ? { title: getCertificateMessages(locale).verifyTitle, robots: { index: false, follow: false } } : {};
}

/** The public check of a certificate: name, date and course, nothing else about its holder. */
export default async function VerifyPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const certificate = await findPublicCertificate(getDb(), id);
  if (!certificate) notFound();
  const t = getCertificateMessages(locale);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.verifyTitle}</h1>
      <p role="status" className="mt-4 rounded-lg bg-green-50 p-3 font-medium text-green-900 dark:bg-green-950 dark:text-green-200" data-testid="verify-valid">
        <span aria-hidden="true">✓ </span>
        {t.verifyValid}
      </p>
      <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]" data-testid="verify-details">
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">{t.verifyName}</dt>
        <dd className="break-words text-lg font-semibold" data-testid="verify-name">
          {certificate.name}
        </dd>
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">{t.verifyCourse}</dt>
        <dd data-testid="verify-course">{courseTitle(certificate.course, locale)}</dd>
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">{t.verifyDate}</dt>
        <dd data-testid="verify-date">
          <time dateTime={certificate.issuedAt.toISOString().slice(0, 10)}>{formatCertificateDate(certificate.issuedAt, locale)}</time>
        </dd>
        <dt className="font-medium text-zinc-700 dark:text-zinc-300">{t.certificateId}</dt>
        <dd className="break-all font-mono text-sm">{certificate.id}</dd>
      </dl>
      <p className="mt-8 text-sm text-zinc-700 dark:text-zinc-300">{t.verifyAbout}</p>
      <Link href={`/${locale}`} className="mt-4 inline-block text-brand-700 underline dark:text-brand-300">
        {t.home}
      </Link>
    </main>
  );
}
