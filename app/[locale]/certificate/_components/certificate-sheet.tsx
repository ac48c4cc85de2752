import { courseTitle, formatCertificateDate, type CertificateMessages } from "@/lib/i18n/certificate-messages";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  locale: Locale;
  t: CertificateMessages;
  certificate: { id: string; name: string; course: string; issuedAt: Date; scaledScore: number };
  passLine: number;
  verifyUrl: string;
};

/** The certificate itself: one printable sheet, light on paper whatever the screen theme. */
export function CertificateSheet({ locale, t, certificate, passLine, verifyUrl }: Props) {
  return (
    <article
      aria-labelledby="certificate-heading"
      className="mt-6 rounded-2xl border-4 border-double border-brand-600 bg-white px-6 py-10 text-center text-zinc-900 shadow-sm sm:px-12 print:mt-0 print:border-brand-700 print:shadow-none dark:bg-zinc-900 dark:text-zinc-100 print:dark:bg-white print:dark:text-zinc-900"
      data-testid="certificate-sheet"
    >
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300 print:dark:text-brand-700">{t.title}</p>
      <p className="mt-6 text-lg">{t.certifies}</p>
      <h2 id="certificate-heading" className="mt-2 break-words text-3xl font-bold sm:text-4xl" data-testid="certificate-name-shown">
        {certificate.name}
      </h2>
      <p className="mt-4 text-lg">{t.completed}</p>
      <p className="mt-1 text-xl font-semibold" data-testid="certificate-course">
        {courseTitle(certificate.course, locale)}
      </p>
      <p className="mx-auto mt-4 max-w-xl">{t.passed(certificate.scaledScore, passLine)}</p>
      <p className="mt-6 font-medium" data-testid="certificate-date">
        {t.issuedOn(formatCertificateDate(certificate.issuedAt, locale))}
      </p>
      <dl className="mt-8 space-y-1 text-sm text-zinc-700 dark:text-zinc-300 print:dark:text-zinc-700">
        <div>
          <dt className="inline font-medium">{t.certificateId}: </dt>
          <dd className="inline font-mono" data-testid="certificate-id">
            {certificate.id}
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">{t.verifyAt}: </dt>
          <dd className="inline break-all font-mono">{verifyUrl}</dd>
        </div>
      </dl>
    </article>
  );
}
