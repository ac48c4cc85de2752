import "server-only";
import { cache } from "react";
import { locales, type Locale } from "../i18n/locales";
import { loadCourse, type LessonSource, type ModuleSource } from "./load";
import { outlineLesson } from "./outline";

export type LessonSummary = {
  module: string;
  slug: string;
  title: string;
  summary: string;
  order: number;
  minutes: number;
  href: string;
};

export type ModuleSummary = {
  slug: string;
  number: number;
  title: string;
  summary: string;
  weight: number;
  href: string;
  lessons: LessonSummary[];
  minutes: number;
};

let loaded: ModuleSource[] | undefined;

/** The course from content/. Read once in production; re-read per request in development so edits show. */
const getModules = cache((): ModuleSource[] => {
  if (loaded && process.env.NODE_ENV === "production") return loaded;
  const course = loadCourse();
  if (course.issues.length && process.env.NODE_ENV === "production") {
    // The build runs the content check first, so this only happens when content/ changed afterwards.
    console.error(`content/ has ${course.issues.length} problem(s); run npm run content:check`);
  }
  loaded = course.modules;
  return loaded;
});

export function lessonHref(locale: Locale, module: string, lesson?: string): string {
  return lesson ? `/${locale}/learn/${module}/${lesson}` : `/${locale}/learn/${module}`;
}

function summarise(locale: Locale, lesson: LessonSource): LessonSummary {
  const { title, summary, order, minutes } = lesson.frontmatter;
  return { module: lesson.module, slug: lesson.slug, title, summary, order, minutes, href: lessonHref(locale, lesson.module, lesson.slug) };
}

export function listModules(locale: Locale): ModuleSummary[] {
  return getModules().map((m, index) => {
    const lessons = m.lessons[locale].map((l) => summarise(locale, l));
    return {
      slug: m.slug,
      number: index + 1,
      title: m.meta.title[locale],
      summary: m.meta.summary[locale],
      weight: m.meta.weight,
      href: lessonHref(locale, m.slug),
      lessons,
      minutes: lessons.reduce((n, l) => n + l.minutes, 0),
    };
  });
}

/** Whether a lesson is in the course: checked before anything about it is stored. */
export function lessonExists(moduleSlug: string, lessonSlug: string): boolean {
  return getModules().some((m) => m.slug === moduleSlug && m.lessons.en.some((l) => l.slug === lessonSlug));
}

export function getModule(locale: Locale, slug: string): ModuleSummary | undefined {
  return listModules(locale).find((m) => m.slug === slug);
}

export function getLesson(locale: Locale, moduleSlug: string, lessonSlug: string) {
  const modules = listModules(locale);
  const module = modules.find((m) => m.slug === moduleSlug);
  const lesson = module?.lessons.find((l) => l.slug === lessonSlug);
  const source = getModules()
    .find((m) => m.slug === moduleSlug)
    ?.lessons[locale].find((l) => l.slug === lessonSlug);
  if (!module || !lesson || !source) return undefined;
  const sequence = modules.flatMap((m) => m.lessons);
  const index = sequence.findIndex((l) => l.module === moduleSlug && l.slug === lessonSlug);
  return {
    module,
    lesson,
    frontmatter: source.frontmatter,
    toc: outlineLesson(source.source).toc,
    previous: sequence[index - 1],
    next: sequence[index + 1],
  };
}

/** Every (locale, module, lesson) for static generation and the sitemap. */
export function listLessonParams(): { locale: Locale; module: string; lesson: string }[] {
  return locales.flatMap((locale) =>
    getModules().flatMap((m) => m.lessons[locale].map((l) => ({ locale, module: m.slug, lesson: l.slug }))),
  );
}

export function getLessonSources(locale: Locale): LessonSource[] {
  return getModules().flatMap((m) => m.lessons[locale]);
}
