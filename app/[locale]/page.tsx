import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ModuleProgress } from "@/components/module-progress";
import { listModules } from "@/lib/course/queries";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { getReadingMessages } from "@/lib/i18n/reading-messages";
import { ContinueLink } from "@/components/progress/continue-link";
import { freezeStatic } from "@/components/static-html";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { alternates: alternatesFor(locale, "") } : {};
}

export default async function HomePage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const t = getMessages(locale);
  const modules = listModules(locale);
  const r = getReadingMessages(locale).progress;
  const lessons = modules.flatMap((m) => m.lessons.map((l) => ({ module: m.slug, slug: l.slug, title: l.title, href: l.href })));
  return freezeStatic(
    <main id="main" className="mx-auto max-w-7xl px-4 py-10">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.home.title}</h1>
        <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">{t.home.intro}</p>
        <ContinueLink
          lessons={lessons}
          labels={{ start: t.home.start, continue: r.continue, allDone: r.allDone, review: r.review }}
          className="mt-6 inline-block rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        />
      </section>
      <h2 className="mt-12 mb-4 text-xl font-semibold">{t.home.modules}</h2>
      <ol className="grid gap-4 md:grid-cols-2">
        {modules.map((m) => (
          <li key={m.slug} className="rounded-xl border border-zinc-200 p-5 dark:border-zinc-800" data-testid="module-card">
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {t.module.moduleN(m.number)} · {t.home.lessonsCount(m.lessons.length)} · {t.home.minutes(m.minutes)}
            </p>
            <h3 className="mt-1 text-lg font-semibold">
              <Link href={m.href} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                {m.title}
              </Link>
            </h3>
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{m.summary}</p>
            <ol className="mt-3 space-y-1 text-sm">
              {m.lessons.map((l) => (
                <li key={l.slug} className="flex justify-between gap-3">
                  <Link href={l.href} className="text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300">
                    {l.title}
                  </Link>
                  <span className="shrink-0 text-zinc-600 dark:text-zinc-400">{t.home.minutes(l.minutes)}</span>
                </li>
              ))}
            </ol>
            <ModuleProgress locale={locale} module={m.slug} title={m.title} lessons={m.lessons.map((l) => l.slug)} />
          </li>
        ))}
      </ol>
    </main>,
  );
}
