import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { ResetForm } from "./_components/reset-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string; error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getAccountMessages(locale).resetTitle, alternates: alternatesFor(locale, "/reset-password"), robots: { index: false } } : {};
}

/** Reached from the emailed link: better-auth checks the token, then redirects here with it (or with ?error=INVALID_TOKEN). */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  const { token, error } = await searchParams;
  const t = getAccountMessages(locale);
  const usable = typeof token === "string" && token.length > 0 && !error;
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.resetTitle}</h1>
      {usable ? (
        <>
          <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.resetIntro}</p>
          <ResetForm locale={locale} token={token} />
        </>
      ) : (
        <p role="alert" className="mt-4 text-red-700 dark:text-red-300" data-testid="reset-bad-link">
          {t.resetBadLink}{" "}
          <Link href={`/${locale}/forgot-password`} className="font-medium underline">
            {t.forgotSend}
          </Link>
        </p>
      )}
    </main>
  );
}
