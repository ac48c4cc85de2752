import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { linkClass } from "@/components/dashboard/format";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getDashboardMessages } from "@/lib/i18n/dashboard-messages";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getDashboardMessages(locale).method.title, alternates: alternatesFor(locale, "/dashboard/readiness"), robots: { index: false } } : {};
}

/** The readiness estimate's method in plain words (lib/dashboard/readiness.ts is the code). */
export default async function ReadinessMethodPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const t = getDashboardMessages(locale).method;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10" data-testid="readiness-method">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      {t.sections.map((s) => (
        <section key={s.heading} className="mt-8">
          <h2 className="text-xl font-semibold">{s.heading}</h2>
          <p className="mt-2 leading-relaxed text-zinc-800 dark:text-zinc-200">{s.body}</p>
        </section>
      ))}
      <p className="mt-10">
        <Link href={`/${locale}/dashboard`} className={linkClass}>
          {t.back}
        </Link>
      </p>
    </main>
  );
}
