"use client";

import { Link } from "@/components/ui/link";
import { useState } from "react";
import type { LessonPreviewPayload } from "@/components/editor/render-lesson-preview";
import { getEditorMessages } from "@/lib/i18n/editor-messages";
import type { Locale } from "@/lib/i18n/locales";
import { LessonPane } from "./lesson-pane";

export type EditorPane = { locale: Locale; file: string; source: string; repoUrl?: string; initial: LessonPreviewPayload };

type Props = { locale: Locale; module: string; lesson: string; panes: EditorPane[]; canSave: boolean; lessonHref: string };

/** Both languages side by side on wide screens; on a phone, one at a time, picked with a toggle. */
export function LessonEditor({ locale, module, lesson, panes, canSave, lessonHref }: Props) {
  const t = getEditorMessages(locale);
  const [active, setActive] = useState<Locale>(panes.some((p) => p.locale === locale) ? locale : (panes[0]?.locale ?? locale));
  return (
    <div className="mt-4" data-testid="lesson-editor" data-mode={canSave ? "dev" : "production"}>
      <p className="rounded-md bg-zinc-100 p-3 text-sm text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200" data-testid="editor-mode-note">
        {canSave ? t.devNote : t.productionNote}{" "}
        <Link href={lessonHref} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
          {t.backToLesson}
        </Link>
      </p>
      <div role="group" aria-label={t.languages} className="mt-4 flex gap-2 lg:hidden">
        {panes.map((pane) => (
          <button
            key={pane.locale}
            type="button"
            aria-pressed={active === pane.locale}
            onClick={() => setActive(pane.locale)}
            data-testid={`editor-language-${pane.locale}`}
            className="rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-zinc-700"
          >
            {t.languageName[pane.locale]}
          </button>
        ))}
      </div>
      <div className="mt-4 grid gap-8 lg:grid-cols-2">
        {panes.map((pane) => (
          <div key={pane.locale} className={active === pane.locale ? "min-w-0" : "hidden min-w-0 lg:block"}>
            <LessonPane uiLocale={locale} module={module} lesson={lesson} pane={pane} canSave={canSave} />
          </div>
        ))}
      </div>
    </div>
  );
}
