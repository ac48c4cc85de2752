import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireInstructorPage } from "@/lib/instructor/page-access";
import { listModules } from "@/lib/course/queries";
import { getEditorMessages } from "@/lib/i18n/editor-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { loadQuestionBank } from "@/lib/quiz/bank";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getEditorMessages(locale).indexTitle, robots: { index: false } } : {};
}

/** Every lesson and question, each opening the editor. Guests sign in; learners get a 404. */
export default async function EditIndexPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  await requireInstructorPage(locale, "/instructor/edit");
  const t = getEditorMessages(locale);
  const questions = loadQuestionBank();
  const link = "text-brand-700 underline-offset-2 hover:underline dark:text-brand-300";
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.indexTitle}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.indexIntro}</p>
      {listModules(locale).map((module) => {
        const own = questions.filter((q) => q.module === module.slug);
        return (
          <section key={module.slug} className="mt-8" aria-labelledby={`module-${module.slug}`}>
            <h2 id={`module-${module.slug}`} className="text-xl font-semibold">
              {module.title}
            </h2>
            <h3 className="mt-3 text-sm font-semibold text-zinc-600 dark:text-zinc-400">{t.lessons}</h3>
            <ul className="mt-1 space-y-1">
              {module.lessons.map((lesson) => (
                <li key={lesson.slug}>
                  <Link href={`/${locale}/instructor/edit/lesson/${module.slug}/${lesson.slug}`} className={link} data-testid={`edit-lesson-${module.slug}-${lesson.slug}`}>
                    {lesson.title}
                  </Link>
                </li>
              ))}
            </ul>
            {own.length > 0 && (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-semibold text-zinc-600 dark:text-zinc-400">
                  {t.questions} ({own.length})
                </summary>
                <ul className="mt-1 space-y-1">
                  {own.map((q) => (
                    <li key={q.id} className="truncate">
                      <Link href={`/${locale}/instructor/edit/question/${q.id}`} className={link} data-testid={`edit-question-${q.id}`}>
                        <span className="font-mono">{q.id}</span>
                      </Link>{" "}
                      <span className="text-zinc-700 dark:text-zinc-300">{q.stem[locale].slice(0, 110)}</span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        );
      })}
    </main>
  );
}
