import type { Metadata } from "next";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { ForgotForm } from "./_components/forgot-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getAccountMessages(locale).forgotTitle, alternates: alternatesFor(locale, "/forgot-password"), robots: { index: false } } : {};
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const t = getAccountMessages(locale);
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.forgotTitle}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.forgotIntro}</p>
      <ForgotForm locale={locale} />
    </main>
  );
}
