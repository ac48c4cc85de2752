import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CourseNav } from "@/components/course-nav";
import { getModule, listModules } from "@/lib/course/queries";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, locales, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { getReadingMessages } from "@/lib/i18n/reading-messages";
import { ModuleProgress } from "@/components/module-progress";
import { LessonTick } from "@/components/progress/lesson-tick";
import { StartPracticeButton } from "@/components/dashboard/start-practice-button";
import { getStartLabels } from "@/lib/i18n/practice-labels";
import { freezeStatic } from "@/components/static-html";

type Props = { params: Promise<{ locale: string; module: string }> };

// Known modules and lessons are prerendered; an unknown slug renders the branded 404 of its language
// (app/[locale]/not-found.tsx) rather than Next's bare one, which `dynamicParams = false` would give.

export function generateStaticParams() {
  return locales.flatMap((locale) => listModules(locale).map((m) => ({ locale, module: m.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, module } = await params;
  if (!isLocale(locale)) return {};
  const m = getModule(locale, module);
  return m ? { title: m.title, description: m.summary, alternates: alternatesFor(locale, `/learn/${m.slug}`) } : {};
}

export default async function ModulePage({ params }: Props) {
  const { locale: raw, module: slug } = await params;
  const locale = raw as Locale;
  const m = getModule(locale, slug);
  if (!m) notFound();
  const t = getMessages(locale);
  const r = getReadingMessages(locale);
  return freezeStatic(
    <div className="mx-auto max-w-7xl gap-10 px-4 py-8 lg:grid lg:grid-cols-[16rem_minmax(0,1fr)]">
      <div className="hidden lg:block">
        <div className="sticky top-20">
          <CourseNav label={t.lesson.courseNav} doneLabel={r.progress.done} modules={listModules(locale)} currentModule={m.slug} />
        </div>
      </div>
      <main id="main" className="max-w-3xl">
        <Breadcrumbs label={t.lesson.breadcrumbs} items={[{ href: `/${locale}`, text: t.nav.course }, { text: m.title }]} />
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t.module.moduleN(m.number)} · {t.home.weight(m.weight)}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{m.title}</h1>
        <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{m.summary}</p>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t.module.totalTime(m.minutes)}</p>
        <ModuleProgress locale={locale} module={m.slug} title={m.title} lessons={m.lessons.map((l) => l.slug)} />
        <div id="practice" className="mt-4 scroll-mt-24">
          <StartPracticeButton locale={locale} labels={getStartLabels(locale)} label={r.progress.practiseModule} module={m.slug} testId="practise-module" />
        </div>
        <h2 className="mt-8 mb-3 text-xl font-semibold">{t.module.lessons}</h2>
        <ol className="space-y-3">
          {m.lessons.map((l, i) => (
            <li key={l.slug}>
              <Link
                href={l.href}
                className="flex gap-4 rounded-xl border border-zinc-200 p-4 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-800"
              >
                <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-full bg-zinc-100 text-sm font-semibold dark:bg-zinc-800">
                  {i + 1}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="flex justify-between gap-2 font-semibold">
                    <span>{l.title}</span>
                    <LessonTick module={m.slug} lesson={l.slug} label={r.progress.done} />
                  </span>
                  <span className="block text-sm text-zinc-700 dark:text-zinc-300">{l.summary}</span>
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">{t.home.minutes(l.minutes)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </main>
    </div>,
  );
}
