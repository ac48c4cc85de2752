import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { renderLessonPreview } from "@/components/editor/render-lesson-preview";
import { requireInstructorPage } from "@/lib/instructor/page-access";
import { getLesson, lessonHref } from "@/lib/course/queries";
import { getEnv } from "@/lib/env";
import { canSaveContent, readLessonFile } from "@/lib/editor/files";
import { lessonRefSchema } from "@/lib/editor/schema";
import { getEditorMessages } from "@/lib/i18n/editor-messages";
import { isLocale, locales, type Locale } from "@/lib/i18n/locales";
import { LessonEditor, type EditorPane } from "../../../_components/lesson-editor";

type Props = { params: Promise<{ locale: string; module: string; lesson: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, module, lesson } = await params;
  if (!isLocale(locale)) return {};
  const title = getLesson(locale, module, lesson)?.lesson.title ?? lesson;
  return { title: getEditorMessages(locale).title(title), robots: { index: false } };
}

/** The lesson editor: both languages' MDX beside their live previews. Guests sign in; learners get a 404. */
export default async function EditLessonPage({ params }: Props) {
  const { locale: raw, module, lesson } = await params;
  const locale = raw as Locale;
  await requireInstructorPage(locale, `/instructor/edit/lesson/${module}/${lesson}`);
  const ref = lessonRefSchema.omit({ locale: true }).safeParse({ module, lesson });
  if (!ref.success) notFound();
  const repo = getEnv().CONTENT_REPO_URL?.replace(/\/+$/, "");
  const panes: EditorPane[] = [];
  for (const language of locales) {
    const found = readLessonFile({ ...ref.data, locale: language });
    if (!found) continue;
    const initial = await renderLessonPreview({ ...ref.data, locale: language, source: found.source });
    panes.push({ locale: language, file: found.file, source: found.source, repoUrl: repo ? `${repo}/${found.file}` : undefined, initial });
  }
  if (!panes.length) notFound();
  const t = getEditorMessages(locale);
  const title = getLesson(locale, module, lesson)?.lesson.title ?? lesson;
  return (
    <main id="main" className="mx-auto max-w-[100rem] px-4 py-8">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t.title(title)}</h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      <LessonEditor locale={locale} module={ref.data.module} lesson={ref.data.lesson} panes={panes} canSave={canSaveContent()} lessonHref={lessonHref(locale, module, lesson)} />
    </main>
  );
}
