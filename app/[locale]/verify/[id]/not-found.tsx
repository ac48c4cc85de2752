"use client";

import { Link } from "@/components/ui/link";
import { useParams } from "next/navigation";
import { getCertificateMessages } from "@/lib/i18n/certificate-messages";
import { isLocale } from "@/lib/i18n/locales";

/** An unknown, mistyped or revoked certificate id: a 404 that says so, in the reader's language. */
export default function CertificateNotFound() {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : "en";
  const t = getCertificateMessages(locale);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.verifyMissingTitle}</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300" data-testid="verify-missing">
        {t.verifyMissing}
      </p>
      <p className="mt-4 text-sm text-zinc-700 dark:text-zinc-300">{t.verifyAbout}</p>
      <Link href={`/${locale}`} className="mt-4 inline-block text-brand-700 underline dark:text-brand-300">
        {t.home}
      </Link>
    </main>
  );
}
