import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cardClass } from "@/components/ui/styles";
import { getDb } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getInstructorMessages } from "@/lib/i18n/instructor-messages";
import { requireInstructorPage } from "@/lib/instructor/page-access";
import { getQuestionVersion } from "@/lib/instructor/queries";
import { locateQuestion } from "@/lib/instructor/question-source";
import { questionPageSchema } from "@/lib/instructor/schema";
import { getModuleCatalogue } from "@/lib/quiz/catalogue";
import { InstructorNav } from "../../_components/instructor-nav";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  return isLocale(locale) ? { title: getInstructorMessages(locale).question.title(id), robots: { index: false } } : {};
}

/** A question version rendered in full for an instructor: both the key and every explanation, and where it is authored. */
export default async function InstructorQuestionPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  await requireInstructorPage(locale, `/instructor/questions/${encodeURIComponent(id)}`);
  const version = (await searchParams).version;
  const parsed = questionPageSchema.safeParse({ id, version: typeof version === "string" ? version : undefined });
  if (!parsed.success) notFound();
  const found = await getQuestionVersion(getDb(), parsed.data.id, parsed.data.version);
  if (!found) notFound();
  const t = getInstructorMessages(locale);
  const q = found.question;
  const source = locateQuestion(q.id);
  const moduleTitle = getModuleCatalogue().find((m) => m.slug === q.module)?.title[locale] ?? q.module;

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <InstructorNav locale={locale} current="items" />
      <p>
        <Link href={`/${locale}/instructor/items`} className="text-brand-700 underline dark:text-brand-300">{t.question.back}</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight" data-testid="question-title">{t.question.title(q.id)}</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        {t.question.version(found.version, found.isCurrent)} · {moduleTitle} · {t.items.types[q.type]} · {t.question.difficulty(q.difficulty)}
      </p>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300" data-testid="question-source">
        {source ? (
          <>
            {t.question.file}: <code className="break-all">{`${source.file}:${source.line}`}</code>
          </>
        ) : (
          t.question.noFile
        )}
      </p>
      <div className={`${cardClass} mt-6`}>
        <p className="whitespace-pre-line text-lg">{q.stem[locale]}</p>
        {q.type === "ordering" && <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t.question.orderNote}</p>}
        <h2 className="mt-5 text-lg font-semibold">{t.question.options}</h2>
        <ol className="mt-2 space-y-3">
          {q.options.map((o) => (
            <li key={o.id} className={`rounded-lg border p-3 ${o.correct ? "border-green-600 dark:border-green-500" : "border-zinc-200 dark:border-zinc-800"}`}>
              <p>
                <span className="font-mono font-semibold">{o.id}.</span> {o.text[locale]}
                {o.correct && <strong className="ml-2 text-green-800 dark:text-green-300">({t.question.correct})</strong>}
              </p>
              {o.match && (
                <p className="mt-1">
                  {t.question.matchesWith}: {o.match[locale]}
                </p>
              )}
              <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                {t.question.explanation}: {o.explanation[locale]}
              </p>
            </li>
          ))}
        </ol>
        <p className="mt-4 text-sm">
          {t.question.reference}:{" "}
          <a href={q.source} className="break-all text-brand-700 underline dark:text-brand-300" rel="noreferrer">
            {q.source}
          </a>
        </p>
      </div>
    </main>
  );
}
