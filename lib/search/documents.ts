import "server-only";
import type { Locale } from "../i18n/locales";
import { listGlossary } from "../course/glossary";
import { glossaryAnchor, isSameTerm } from "../course/glossary-terms";
import { outlineLesson } from "../course/outline";
import { getLessonSources, lessonHref, listModules } from "../course/queries";
import { loadQuestionBank } from "../quiz/bank";
import type { SearchDocument } from "./engine";

/**
 * The search index of one language: one document per lesson section, one per glossary entry and
 * one per practice question. A question contributes its stem only: never its options, answer key
 * or explanations, since this file is public.
 */
export function listSearchDocuments(locale: Locale): SearchDocument[] {
  const moduleTitles = new Map(listModules(locale).map((m) => [m.slug, m.title]));
  const lessons = getLessonSources(locale).flatMap((lesson) => {
    const href = lessonHref(locale, lesson.module, lesson.slug);
    const { sections } = outlineLesson(lesson.source);
    return sections.map(
      (section): SearchDocument => ({
        kind: "lesson",
        href: section.id ? `${href}#${section.id}` : href,
        lesson: lesson.frontmatter.title,
        module: moduleTitles.get(lesson.module) ?? lesson.module,
        heading: section.heading,
        text: section.heading ? section.text : `${lesson.frontmatter.summary} ${section.text}`.trim(),
      }),
    );
  });
  const glossaryTitle = locale === "zh" ? "术语表" : "Glossary";
  const glossary = listGlossary().map(
    (entry): SearchDocument => ({
      kind: "glossary",
      href: `/${locale}/glossary#${glossaryAnchor(entry.term.en)}`,
      lesson: entry.term[locale],
      module: glossaryTitle,
      heading: isSameTerm(entry.term.en, entry.term.zh) ? null : entry.term[locale === "zh" ? "en" : "zh"],
      text: entry.definition[locale],
    }),
  );
  const questions = loadQuestionBank().map(
    (question): SearchDocument => ({
      kind: "question",
      href: `${lessonHref(locale, question.module)}#practice`,
      lesson: moduleTitles.get(question.module) ?? question.module,
      module: moduleTitles.get(question.module) ?? question.module,
      heading: null,
      text: question.stem[locale],
    }),
  );
  return [...lessons, ...glossary, ...questions];
}
