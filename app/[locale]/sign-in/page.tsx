import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { safeRedirect } from "@/lib/auth/redirect";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { SignInForm } from "./_components/sign-in-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; notice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getAccountMessages(locale).signInTitle, alternates: alternatesFor(locale, "/sign-in"), robots: { index: false } } : {};
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  const { next: requested, notice } = await searchParams;
  // Only a path on this site survives (lib/auth/redirect.ts); anything else is dropped here already.
  const next = safeRedirect(typeof requested === "string" ? requested : undefined, "") || undefined;
  const t = getAccountMessages(locale);
  const notices: Record<string, string> = { deleted: t.deleted, reset: t.resetDone };
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.signInTitle}</h1>
      {notice && notices[notice] && (
        <p role="status" className="mt-4 rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200" data-testid="sign-in-notice">
          {notices[notice]}
        </p>
      )}
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.signInIntro}</p>
      <SignInForm locale={locale} next={next} />
      <p className="mt-8 text-zinc-700 dark:text-zinc-300">
        {t.noAccount}{" "}
        <Link href={`/${locale}/sign-up${next ? `?next=${encodeURIComponent(next)}` : ""}`} className="font-medium text-brand-700 underline dark:text-brand-300">
          {t.signUp}
        </Link>
      </p>
    </main>
  );
}
