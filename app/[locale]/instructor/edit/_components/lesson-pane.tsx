"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { CodeEditor, type EditorDiagnostic } from "@/components/code-editor/code-editor";
import { describeMermaidError } from "@/lib/course/mermaid-errors";
import { getEditorMessages } from "@/lib/i18n/editor-messages";
import { htmlLang, type Locale } from "@/lib/i18n/locales";
import { previewLesson } from "../actions";
import type { EditorPane } from "./lesson-editor";

type Props = { uiLocale: Locale; module: string; lesson: string; pane: EditorPane; canSave: boolean };
type Issue = { line: number; column?: number; message: string };
type Status = { kind: "ok" | "error"; text: string } | null;

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
  const [saving, setSaving] = useState(false);
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
          setResult((previous) => ({ issues: answer.issues, mermaid: answer.mermaid, preview: answer.preview ?? previous.preview }));
          setStale(answer.preview == null);
        })
        .catch(() => n === sequence.current && setStatus({ kind: "error", text: t.saveFailed("network") }))
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

  async function save() {
    setSaving(true);
    setStatus(null);
    try {
      const response = await fetch("/api/instructor/content", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ module, lesson, locale: pane.locale, source }),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
      if (response.ok) {
        setSavedSource(source);
        setStatus({ kind: "ok", text: t.saved });
      } else setStatus({ kind: "error", text: t.saveFailed(body.error?.message ?? String(response.status)) });
    } catch {
      setStatus({ kind: "error", text: t.saveFailed("network") });
    } finally {
      setSaving(false);
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(source);
      setStatus({ kind: "ok", text: t.copied });
    } catch {
      setStatus({ kind: "error", text: t.copyFailed });
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([source], { type: "text/markdown;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = pane.file.split("/").pop() ?? "lesson.mdx";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const button =
    "rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-900";
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={`editor-pane-${pane.locale}`} data-checking={checking ? "true" : "false"} data-problems={issues.length}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {language}
      </h2>
      <p className="mt-1 break-all font-mono text-xs text-zinc-600 dark:text-zinc-400">
        {t.file}: {pane.file} · <span data-testid={`editor-changed-${pane.locale}`}>{source === savedSource ? t.unchanged : t.changed}</span>
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {canSave && (
          <button type="button" className={`${button} bg-brand-700 text-white hover:bg-brand-800 dark:bg-brand-600`} onClick={save} disabled={saving} data-testid={`editor-save-${pane.locale}`}>
            {saving ? t.saving : t.save}
          </button>
        )}
        <button type="button" className={button} onClick={copy} data-testid={`editor-copy-${pane.locale}`}>
          {t.copy}
        </button>
        <button type="button" className={button} onClick={download} data-testid={`editor-download-${pane.locale}`}>
          {t.download}
        </button>
        {pane.repoUrl && (
          <a href={pane.repoUrl} className={button} rel="noopener noreferrer" data-testid={`editor-repository-${pane.locale}`}>
            {t.repository}
          </a>
        )}
      </div>
      <p role="status" className={`mt-2 min-h-5 text-sm ${status?.kind === "error" ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-400"}`} data-testid={`editor-status-${pane.locale}`}>
        {status?.text}
      </p>
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
