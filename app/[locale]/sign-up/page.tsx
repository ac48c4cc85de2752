import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { safeRedirect } from "@/lib/auth/redirect";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { SignUpForm } from "./_components/sign-up-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getAccountMessages(locale).signUpTitle, alternates: alternatesFor(locale, "/sign-up"), robots: { index: false } } : {};
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  const { next: requested } = await searchParams;
  const next = safeRedirect(typeof requested === "string" ? requested : undefined, "") || undefined;
  const t = getAccountMessages(locale);
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.signUpTitle}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.signUpIntro}</p>
      <SignUpForm locale={locale} next={next} />
      <p className="mt-8 text-zinc-700 dark:text-zinc-300">
        {t.haveAccount}{" "}
        <Link href={`/${locale}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`} className="font-medium text-brand-700 underline dark:text-brand-300">
          {t.signIn}
        </Link>
      </p>
    </main>
  );
}
