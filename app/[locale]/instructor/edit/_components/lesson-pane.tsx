"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { CodeEditor, type EditorDiagnostic } from "@/components/code-editor/code-editor";
import { describeMermaidError } from "@/lib/course/mermaid-errors";
import { getEditorMessages } from "@/lib/i18n/editor-messages";
import { htmlLang, type Locale } from "@/lib/i18n/locales";
import { previewLesson } from "../actions";
import { SourceActions } from "./source-actions";
import type { EditorPane } from "./lesson-editor";

type Props = { uiLocale: Locale; module: string; lesson: string; pane: EditorPane; canSave: boolean };
type Issue = { line: number; column?: number; message: string };
type Status = { kind: "error"; text: string } | null;

/** Typing pauses this long before the server checks and renders the draft. */
const DEBOUNCE_MS = 400;

/** One language: the MDX source, its problems at their lines, its live preview, and save / copy / download. */
export function LessonPane({ uiLocale, module, lesson, pane, canSave }: Props) {
  const t = getEditorMessages(uiLocale);
  const language = t.languageName[pane.locale];
  const id = useId();
  const [source, setSource] = useState(pane.source);
  const [savedSource, setSavedSource] = useState(pane.source);
  const [result, setResult] = useState(pane.initial);
  const [stale, setStale] = useState(pane.initial.preview == null);
  const [checking, setChecking] = useState(false);
  const [mermaidIssues, setMermaidIssues] = useState<Issue[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const sequence = useRef(0);
  const checked = useRef(pane.source);

  useEffect(() => {
    if (source === checked.current) return;
    const timer = setTimeout(() => {
      const n = ++sequence.current;
      checked.current = source;
      setChecking(true);
      previewLesson({ module, lesson, locale: pane.locale, source })
        .then((answer) => {
          if (n !== sequence.current) return;
          if (!answer.ok) {
            setStatus({ kind: "error", text: answer.error.message });
            return;
          }
          setStatus(null);
          setResult((previous) => ({ issues: answer.issues, mermaid: answer.mermaid, preview: answer.preview ?? previous.preview }));
          setStale(answer.preview == null);
        })
        .catch(() => n === sequence.current && setStatus({ kind: "error", text: t.previewFailed }))
        .finally(() => n === sequence.current && setChecking(false));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [source, module, lesson, pane.locale, t]);

  // Mermaid needs a DOM, so its blocks are parsed here, with the content check's own error reading.
  useEffect(() => {
    let live = true;
    if (!result.mermaid.length) {
      setMermaidIssues([]);
      return;
    }
    void import("mermaid").then(async ({ default: mermaid }) => {
      const found: Issue[] = [];
      for (const block of result.mermaid) {
        try {
          await mermaid.parse(block.source);
        } catch (error) {
          const { line, message } = describeMermaidError(error);
          found.push({ line: block.line + line, message: `Mermaid: ${message}` });
        }
      }
      if (live) setMermaidIssues(found);
    });
    return () => {
      live = false;
    };
  }, [result.mermaid]);

  const issues = useMemo(() => [...result.issues, ...mermaidIssues].sort((a, b) => a.line - b.line), [result.issues, mermaidIssues]);
  const diagnostics = useMemo<EditorDiagnostic[]>(() => issues.map((i) => ({ line: i.line, ...(i.column ? { column: i.column } : {}), message: i.message, severity: "error" })), [issues]);

  return (
    <section aria-labelledby={`${id}-heading`} data-testid={`editor-pane-${pane.locale}`} data-checking={checking ? "true" : "false"} data-problems={issues.length}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {language}
      </h2>
      <p className="mt-1 break-all font-mono text-xs text-zinc-600 dark:text-zinc-400">
        {t.file}: {pane.file} · <span data-testid={`editor-changed-${pane.locale}`}>{source === savedSource ? t.unchanged : t.changed}</span>
      </p>
      <SourceActions
        uiLocale={uiLocale}
        {...(canSave ? { save: { url: "/api/instructor/content", body: { module, lesson, locale: pane.locale } } } : {})}
        source={source}
        fileName={pane.file.split("/").pop() ?? "lesson.mdx"}
        mimeType="text/markdown"
        {...(pane.repoUrl ? { repoUrl: pane.repoUrl } : {})}
        onSaved={() => setSavedSource(source)}
        name={pane.locale}
      />
      <div className="mt-2" lang={htmlLang[pane.locale]}>
        <CodeEditor
          value={source}
          onChange={setSource}
          language="markdown"
          label={t.source(language)}
          describedBy={`${id}-problems`}
          diagnostics={diagnostics}
          rows={20}
          switchLabels={{ plain: t.switchPlain, code: t.switchCode }}
          testId={`editor-source-${pane.locale}`}
        />
      </div>
      <div id={`${id}-problems`} className="mt-3">
        {status && (
          <p role="alert" className="mb-1 text-sm text-red-700 dark:text-red-400">
            {status.text}
          </p>
        )}
        <p aria-live="polite" className="text-sm font-medium" data-testid={`editor-problem-count-${pane.locale}`}>
          {checking ? t.checking : t.problems(issues.length)}
        </p>
        {issues.length > 0 && (
          <ul className="mt-1 space-y-1 text-sm text-red-800 dark:text-red-300" data-testid={`editor-problems-${pane.locale}`}>
            {issues.map((issue, index) => (
              <li key={`${issue.line}-${index}`} data-line={issue.line}>
                <span className="font-semibold">{t.line(issue.line)}</span>: {issue.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <section aria-label={t.preview(language)} className="mt-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid={`editor-preview-${pane.locale}`} data-stale={stale ? "true" : "false"}>
        {stale && <p className="mb-3 text-sm text-amber-800 dark:text-amber-300">{result.preview ? t.stale : t.previewBlocked}</p>}
        {result.preview}
      </section>
    </section>
  );
}
