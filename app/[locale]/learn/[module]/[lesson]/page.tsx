import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { BookmarkButton } from "@/components/bookmark-button";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CourseNav } from "@/components/course-nav";
import { LessonCompleteButton } from "@/components/lesson-complete-button";
import { LessonPager } from "@/components/lesson-pager";
import { ReadingProgress } from "@/components/reading-progress";
import { SidebarDetails } from "@/components/sidebar-details";
import { TableOfContents } from "@/components/table-of-contents";
import { getMdxComponents } from "@/components/mdx/mdx-components";
import { lessonProseClass } from "@/components/mdx/lesson-prose";
import { getLesson, listLessonParams, listModules } from "@/lib/course/queries";
import { alternatesFor } from "@/lib/i18n/alternates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getEditorMessages } from "@/lib/i18n/editor-messages";
import { getMessages } from "@/lib/i18n/messages";
import { getReadingMessages } from "@/lib/i18n/reading-messages";
import { PrintButton } from "@/components/print-button";
import { freezeStatic } from "@/components/static-html";

type Props = { params: Promise<{ locale: string; module: string; lesson: string }> };

// Known modules and lessons are prerendered; an unknown slug renders the branded 404 of its language
// (app/[locale]/not-found.tsx) rather than Next's bare one, which `dynamicParams = false` would give.

export function generateStaticParams() {
  return listLessonParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, module, lesson } = await params;
  if (!isLocale(locale)) return {};
  const found = getLesson(locale, module, lesson);
  if (!found) return {};
  return {
    title: found.lesson.title,
    description: found.lesson.summary,
    alternates: alternatesFor(locale, `/learn/${module}/${lesson}`),
  };
}

export default async function LessonPage({ params }: Props) {
  const { locale: raw, module, lesson } = await params;
  const locale = raw as Locale;
  const found = getLesson(locale, module, lesson);
  if (!found) notFound();
  const t = getMessages(locale);
  const r = getReadingMessages(locale);
  // A static import per file keeps lessons in the module graph, so `next dev` hot-reloads edits.
  const { default: Content } = (await import(`@/content/modules/${module}/${lesson}.${locale}.mdx`)) as {
    default: React.ComponentType<{ components: ReturnType<typeof getMdxComponents> }>;
  };
  const { frontmatter, toc } = found;
  // Static parts reach the browser as HTML React does not walk (components/static-html.ts).
  return freezeStatic(
    <>
      <div className="mx-auto max-w-7xl gap-10 px-4 py-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_13rem]">
        <div className="mb-6 lg:mb-0 print:hidden">
          {/* One outline for both layouts: folded under a summary on phones, open as the sidebar from lg
              up (SidebarDetails, and globals.css before hydration), so its links and ticks are in the page once. */}
          <SidebarDetails
            className="course-nav-details rounded-lg border border-zinc-200 p-2 lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto lg:border-0 lg:p-0 dark:border-zinc-800"
            data-testid="sidebar"
          >
            <summary className="cursor-pointer px-2 py-1 text-sm font-semibold">{t.lesson.courseNav}</summary>
            <div className="mt-2 lg:mt-0">
              <CourseNav label={t.lesson.courseNav} doneLabel={r.progress.done} modules={listModules(locale)} currentModule={module} currentLesson={lesson} />
            </div>
          </SidebarDetails>
        </div>
        <main id="main" className="min-w-0">
          <ReadingProgress label={t.lesson.readingProgress} />
          <div className="print:hidden">
          <Breadcrumbs
            label={t.lesson.breadcrumbs}
            items={[{ href: `/${locale}`, text: t.nav.course }, { href: found.module.href, text: found.module.title }, { text: found.lesson.title }]}
          />
          </div>
          <article data-cheat-sheet={frontmatter.tags.includes("cheat-sheet") ? "" : undefined} className={lessonProseClass}>
            <h1>{frontmatter.title}</h1>
            <p className="lead !mt-0">{frontmatter.summary}</p>
            <p className="!mt-0 text-sm text-zinc-600 dark:text-zinc-400 print:hidden">
              {t.lesson.minutes(frontmatter.minutes)}
              {frontmatter.exams.length > 0 && (
                <>
                  {" · "}
                  {t.lesson.exams}: {frontmatter.exams.map((e) => e.toUpperCase()).join(", ")}
                </>
              )}
            </p>
            <div className="not-prose flex flex-wrap items-center gap-3 print:hidden">
              <BookmarkButton labels={{ bookmark: t.bookmarks.bookmark, saveFailed: t.bookmarks.saveFailed }} kind="lesson" target={`${module}/${lesson}`} />
              <PrintButton label={r.print.button} />
              {/* Shown by CSS only to a browser signed in as an instructor (the page stays static); the editor checks the role itself. */}
              <Link
                href={`/${locale}/instructor/edit/lesson/${module}/${lesson}`}
                className="session-instructor rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-700 dark:hover:bg-zinc-900"
                data-testid="lesson-edit"
              >
                {getEditorMessages(locale).editLesson}
              </Link>
            </div>
            {toc.length > 0 && (
              <details className="not-prose my-6 rounded-lg border border-zinc-200 p-3 xl:hidden dark:border-zinc-800 print:hidden">
                <summary className="cursor-pointer text-sm font-semibold">{t.lesson.onThisPage}</summary>
                <div className="mt-2">
                  <TableOfContents label={t.lesson.onThisPage} entries={toc} />
                </div>
              </details>
            )}
            <Content components={getMdxComponents(locale, module)} />
            {frontmatter.sources.length > 0 && (
              <>
                <h2>{t.lesson.sources}</h2>
                <ul data-sources="">
                  {frontmatter.sources.map((url) => (
                    <li key={url}>
                      <a href={url} rel="noopener noreferrer" className="break-all">
                        {url}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </article>
          <div className="print:hidden">
          <LessonCompleteButton labels={{ markComplete: t.progress.markComplete, completed: t.progress.completed, saveFailed: t.progress.saveFailed }} module={module} lesson={lesson} />
          <LessonPager label={t.lesson.pager} previousLabel={t.lesson.previous} nextLabel={t.lesson.next} previous={found.previous} next={found.next} />
          </div>
        </main>
        <div className="hidden xl:block print:hidden">
          <div className="sticky top-20">
            <TableOfContents label={t.lesson.onThisPage} entries={toc} />
          </div>
        </div>
      </div>
    </>,
  );
}
