import "server-only";
import type { Components } from "hast-util-to-jsx-runtime";
import { lessonProseClass } from "@/components/mdx/lesson-prose";
import { getMdxComponents } from "@/components/mdx/mdx-components";
import { checkLessonDraft } from "@/lib/editor/check";
import { compileLessonPreview } from "@/lib/editor/compile";
import { lessonFile } from "@/lib/editor/files";
import type { LessonDraft } from "@/lib/editor/schema";
import { htmlLang } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

export type PreviewIssue = { line: number; column?: number; message: string };
export type LessonPreviewPayload = {
  issues: PreviewIssue[];
  /** Mermaid blocks at their file lines, for the editor to parse in the browser. */
  mermaid: { line: number; source: string }[];
  /** The rendered lesson, or null when it did not compile or was refused (then `issues` say why). */
  preview: React.ReactNode;
};

/**
 * A draft lesson, checked and rendered: the content check's problems, and the article as the lesson
 * page renders it (title, summary, then the MDX with the lesson component map).
 */
export async function renderLessonPreview(draft: LessonDraft): Promise<LessonPreviewPayload> {
  const file = lessonFile(draft);
  const [check, compiled] = await Promise.all([
    checkLessonDraft(draft.source, file),
    compileLessonPreview(draft.source, { components: getMdxComponents(draft.locale, draft.module) as Components }),
  ]);
  // The checker and the compiler both report a syntax error; keep one problem per line.
  const lines = new Set(check.issues.map((i) => i.line));
  const issues = [...check.issues, ...(compiled.ok ? [] : compiled.issues.filter((i) => !lines.has(i.line)))].sort((a, b) => a.line - b.line);
  const t = getMessages(draft.locale);
  const front = check.frontmatter;
  const preview = compiled.ok ? (
    <article className={lessonProseClass} lang={htmlLang[draft.locale]} data-testid={`preview-article-${draft.locale}`}>
      {front && (
        <>
          <p className="!mb-2 text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50" data-testid={`preview-title-${draft.locale}`}>
            {front.title}
          </p>
          <p className="lead !mt-0">{front.summary}</p>
          <p className="!mt-0 text-sm text-zinc-600 dark:text-zinc-400">{t.lesson.minutes(front.minutes)}</p>
        </>
      )}
      {compiled.content}
    </article>
  ) : null;
  return { issues, mermaid: check.mermaid, preview };
}
