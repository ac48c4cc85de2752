import type { Metadata } from "next";
import { listModules } from "@/lib/course/queries";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { getPracticeLabels } from "@/lib/i18n/practice-labels";
import { ExamForm } from "./_components/exam-form";
import { MissedCard } from "./_components/missed-card";
import { MissedLabs } from "./_components/missed-labs";
import { ModulePracticeForm } from "./_components/module-practice-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getMessages(locale).practice.title, alternates: alternatesFor(locale, "/practice") } : {};
}

export default async function PracticePage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const t = getMessages(locale).practice;
  const labels = getPracticeLabels(locale);
  const modules = listModules(locale).map((m) => ({ slug: m.slug, title: m.title }));
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      <div className="mt-8 space-y-6">
        <ModulePracticeForm locale={locale} labels={labels} modules={modules} />
        <ExamForm locale={locale} labels={labels} />
        <MissedCard locale={locale} labels={labels} />
        <MissedLabs locale={locale} />
      </div>
    </main>
  );
}
