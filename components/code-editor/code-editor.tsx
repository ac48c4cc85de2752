"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { MountedEditor } from "./codemirror";
import type { EditorDiagnostic, EditorLanguage } from "./types";

export type { EditorDiagnostic, EditorLanguage } from "./types";

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: EditorLanguage;
  /** Accessible name of the editing area. */
  label: string;
  /** id of an element that describes the editor (instructions, feedback). */
  describedBy?: string;
  diagnostics?: readonly EditorDiagnostic[];
  /** Words offered by autocompletion (for example Kubernetes field names). */
  completions?: readonly string[];
  readOnly?: boolean;
  /** Height of the plain text area in lines, before the code editor loads or when it is switched off. */
  rows?: number;
  /** Labels of the switch between the code editor and a plain text area; no switch without them. */
  switchLabels?: { plain: string; code: string };
  testId?: string;
}

/**
 * A code editor that is a plain <textarea> in the server HTML and until CodeMirror 6 has loaded (when
 * the editor comes within 300 px of the viewport), then becomes a CodeMirror editor with highlighting, line numbers and diagnostics at their lines.
 * Learners can switch back to the plain text area (simpler with some screen readers and phones).
 */
export function CodeEditor({
  value,
  onChange,
  language,
  label,
  describedBy,
  diagnostics = [],
  completions = [],
  readOnly = false,
  rows = 16,
  switchLabels,
  testId,
}: CodeEditorProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<MountedEditor | null>(null);
  const onChangeRef = useRef(onChange);
  const valueRef = useRef(value);
  const [plain, setPlain] = useState(false);
  const [ready, setReady] = useState(false);
  const textareaId = useId();

  useEffect(() => {
    onChangeRef.current = onChange;
    valueRef.current = value;
  });

  const completionKey = completions.join("\n");
  useEffect(() => {
    const frame = wrapper.current;
    if (plain || !frame) return;
    let cancelled = false;
    let mounted: MountedEditor | null = null;
    const upgrade = async () => {
      const { loadLanguage, mountEditor } = await import("./codemirror");
      const languageSupport = await loadLanguage(language);
      if (cancelled || !host.current) return;
      // Someone typing in the plain text area when CodeMirror arrives keeps the keyboard focus.
      const hadFocus = frame.contains(document.activeElement) && document.activeElement?.tagName === "TEXTAREA";
      mounted = mountEditor({
        parent: host.current,
        value: valueRef.current,
        language,
        languageSupport,
        label,
        describedBy,
        readOnly,
        completions: completionKey ? completionKey.split("\n") : [],
        onChange: (next) => onChangeRef.current(next),
      });
      editor.current = mounted;
      setReady(true);
      if (hadFocus) mounted.focus();
    };
    // CodeMirror and its grammar load when the editor comes near the viewport, not with the page.
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void upgrade();
      },
      { rootMargin: "300px 0px" },
    );
    observer.observe(frame);
    return () => {
      cancelled = true;
      observer.disconnect();
      mounted?.destroy();
      editor.current = null;
      setReady(false);
    };
  }, [plain, language, label, describedBy, readOnly, completionKey]);

  // The parent owns the text: a reset or a loaded solution replaces the editor's document.
  useEffect(() => {
    editor.current?.setValue(value);
  }, [value, ready]);

  useEffect(() => {
    editor.current?.setDiagnostics(diagnostics);
  }, [diagnostics, ready]);

  const showTextarea = plain || !ready;
  return (
    <div ref={wrapper} className="code-editor" data-testid={testId} data-editor={showTextarea ? "plain" : "code"}>
      {switchLabels ? (
        <div className="mb-1 flex justify-end">
          <button
            type="button"
            className="rounded px-2 py-1 text-sm text-zinc-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-zinc-300"
            aria-pressed={plain}
            onClick={() => setPlain((p) => !p)}
          >
            {plain ? switchLabels.code : switchLabels.plain}
          </button>
        </div>
      ) : null}
      {showTextarea ? (
        <textarea
          id={textareaId}
          aria-label={label}
          aria-describedby={describedBy}
          className="block w-full rounded-lg border border-zinc-300 bg-white p-3 font-mono text-sm leading-6 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:border-zinc-700 dark:bg-zinc-900"
          rows={rows}
          value={value}
          readOnly={readOnly}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          onChange={(event) => onChange(event.target.value)}
        />
      ) : null}
      <div ref={host} hidden={showTextarea} className="code-editor-host" />
    </div>
  );
}
