import "server-only";
import type { Locale } from "../i18n/locales";
import { outlineLesson } from "../course/outline";
import { getLessonSources, lessonHref, listModules } from "../course/queries";
import type { SearchDocument } from "./engine";

/** The search index of one language: one document per lesson section. */
export function listSearchDocuments(locale: Locale): SearchDocument[] {
  const moduleTitles = new Map(listModules(locale).map((m) => [m.slug, m.title]));
  return getLessonSources(locale).flatMap((lesson) => {
    const href = lessonHref(locale, lesson.module, lesson.slug);
    const { sections } = outlineLesson(lesson.source);
    return sections.map((section) => ({
      href: section.id ? `${href}#${section.id}` : href,
      lesson: lesson.frontmatter.title,
      module: moduleTitles.get(lesson.module) ?? lesson.module,
      heading: section.heading,
      text: section.heading ? section.text : `${lesson.frontmatter.summary} ${section.text}`.trim(),
    }));
  });
}
