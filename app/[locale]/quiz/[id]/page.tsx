import type { Metadata } from "next";
import { listModules } from "@/lib/course/queries";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { AttemptRunner } from "./_components/attempt-runner";

type Props = { params: Promise<{ locale: string; id: string }> };

// The attempt is per learner and fetched by the browser: nothing about it (least of all an answer) is in the HTML.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getMessages(locale).nav.practice, robots: { index: false, follow: false } } : {};
}

export default async function QuizPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const moduleTitles = Object.fromEntries(listModules(locale).map((m) => [m.slug, m.title]));
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <AttemptRunner locale={locale} id={id} moduleTitles={moduleTitles} />
    </main>
  );
}
