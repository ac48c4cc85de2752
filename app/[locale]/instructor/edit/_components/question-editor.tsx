"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { CodeEditor, type EditorDiagnostic } from "@/components/code-editor/code-editor";
import { initialDraft } from "@/components/quiz/answer";
import { QuestionView } from "@/components/quiz/question-view";
import type { QuestionPreview } from "@/lib/editor/question-preview";
import { getEditorMessages } from "@/lib/i18n/editor-messages";
import { htmlLang, locales, type Locale } from "@/lib/i18n/locales";
import { previewQuestion } from "../actions";
import { SourceActions } from "./source-actions";

type Props = {
  locale: Locale;
  module: string;
  id: string;
  file: string;
  source: string;
  repoUrl?: string;
  canSave: boolean;
  initial: { issues: { line: number; message: string }[]; preview: QuestionPreview | null };
};

const DEBOUNCE_MS = 400;

/** One question's YAML block beside the question as the quiz shows it, in English and Chinese. */
export function QuestionEditor({ locale, module, id, file, source: initialSource, repoUrl, canSave, initial }: Props) {
  const t = getEditorMessages(locale);
  const domId = useId();
  const [source, setSource] = useState(initialSource);
  const [savedSource, setSavedSource] = useState(initialSource);
  const [result, setResult] = useState(initial);
  const [stale, setStale] = useState(initial.preview == null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState("");
  const [active, setActive] = useState<Locale>(locale);
  const sequence = useRef(0);
  const checked = useRef(initialSource);

  useEffect(() => {
    if (source === checked.current) return;
    const timer = setTimeout(() => {
      const n = ++sequence.current;
      checked.current = source;
      setChecking(true);
      previewQuestion({ module, id, source })
        .then((answer) => {
          if (n !== sequence.current) return;
          if (!answer.ok) return setError(answer.error.message);
          setError("");
          setResult((previous) => ({ issues: answer.issues, preview: answer.preview ?? previous.preview }));
          setStale(answer.preview == null);
        })
        .catch(() => n === sequence.current && setError(t.previewFailed))
        .finally(() => n === sequence.current && setChecking(false));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [source, module, id, t]);

  const diagnostics = useMemo<EditorDiagnostic[]>(() => result.issues.map((i) => ({ line: i.line, message: i.message, severity: "error" })), [result.issues]);
  const preview = result.preview;
  return (
    <div className="mt-4 grid gap-8 lg:grid-cols-2" data-testid="question-editor" data-mode={canSave ? "dev" : "production"} data-checking={checking ? "true" : "false"} data-problems={result.issues.length}>
      <section aria-labelledby={`${domId}-source`} className="min-w-0">
        <h2 id={`${domId}-source`} className="text-lg font-semibold">
          {t.questionSource(id)}
        </h2>
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          <span data-testid="editor-changed-question">{source === savedSource ? t.unchanged : t.changed}</span>
        </p>
        <SourceActions
          uiLocale={locale}
          {...(canSave ? { save: { url: "/api/instructor/questions", body: { module, id } } } : {})}
          source={source}
          fileName={`${id}.yaml`}
          mimeType="text/yaml"
          {...(repoUrl ? { repoUrl } : {})}
          onSaved={() => setSavedSource(source)}
          name="question"
        />
        <CodeEditor
          value={source}
          onChange={setSource}
          language="yaml"
          label={t.questionSource(id)}
          describedBy={`${domId}-problems`}
          diagnostics={diagnostics}
          rows={24}
          switchLabels={{ plain: t.switchPlain, code: t.switchCode }}
          testId="editor-source-question"
        />
        <div id={`${domId}-problems`} className="mt-3">
          {error && (
            <p role="alert" className="mb-1 text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          <p aria-live="polite" className="text-sm font-medium">
            {checking ? t.checking : t.problems(result.issues.length)}
          </p>
          {result.issues.length > 0 && (
            <ul className="mt-1 space-y-1 text-sm text-red-800 dark:text-red-300" data-testid="editor-problems-question">
              {result.issues.map((issue, index) => (
                <li key={`${issue.line}-${index}`} data-line={issue.line}>
                  <span className="font-semibold">{t.line(issue.line)}</span>: {issue.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
      <div className="min-w-0">
        <div role="group" aria-label={t.languages} className="mb-3 flex gap-2 xl:hidden">
          {locales.map((l) => (
            <button
              key={l}
              type="button"
              aria-pressed={active === l}
              onClick={() => setActive(l)}
              data-testid={`editor-language-${l}`}
              className="rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-zinc-700"
            >
              {t.languageName[l]}
            </button>
          ))}
        </div>
        {stale && <p className="mb-3 text-sm text-amber-800 dark:text-amber-300">{preview ? t.stale : t.previewBlocked}</p>}
        <div className="grid gap-6 xl:grid-cols-2">
          {preview &&
            locales.map((l) => (
              <section
                key={l}
                aria-label={t.preview(t.languageName[l])}
                lang={htmlLang[l]}
                className={`${active === l ? "" : "hidden xl:block"} min-w-0 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800`}
                data-testid={`question-preview-${l}`}
                data-stale={stale ? "true" : "false"}
              >
                <PreviewQuestion uiLocale={locale} locale={l} preview={preview[l]} />
              </section>
            ))}
        </div>
      </div>
    </div>
  );
}

/** The quiz's own question view, locked with the key marked, then every option's explanation. */
function PreviewQuestion({ uiLocale, locale, preview }: { uiLocale: Locale; locale: Locale; preview: QuestionPreview[Locale] }) {
  const t = getEditorMessages(uiLocale);
  const { question, feedback, authoredIds } = preview;
  const [draft, setDraft] = useState(() => initialDraft(question, null));
  useEffect(() => setDraft(initialDraft(question, null)), [question]);
  const correct = new Set(feedback.correctOptionIds ?? []);
  return (
    <>
      <QuestionView locale={locale} question={question} number={1} total={1} draft={draft} onDraft={setDraft} locked feedback={feedback} headingLevel={3} onEnter={() => undefined} />
      <h3 className="mt-4 text-sm font-semibold">{t.explanations}</h3>
      <ul className="mt-2 space-y-2 text-sm">
        {question.options.map((option, index) => (
          <li key={option.id}>
            <span className="font-mono font-semibold">{authoredIds[index]}</span>
            {correct.has(option.id) && <span className="ml-2 rounded bg-green-100 px-1.5 text-green-900 dark:bg-green-950 dark:text-green-200">{t.correctOption}</span>}
            <span className="ml-2">{option.text}</span>
            <p className="mt-0.5 text-zinc-700 dark:text-zinc-300">{feedback.explanations[option.id]}</p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        {t.sourceLink}:{" "}
        <a href={feedback.source} rel="noopener noreferrer" className="break-all text-brand-700 underline dark:text-brand-300">
          {feedback.source}
        </a>
      </p>
    </>
  );
}
