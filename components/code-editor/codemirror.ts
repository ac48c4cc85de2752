/**
 * The CodeMirror 6 set-up behind <CodeEditor>. Loaded with a dynamic import when an editor first comes
 * near the viewport, so pages without an editor never download it and pages with one paint a plain
 * text area first (and a lab far down a lesson costs its first load nothing).
 */
import { autocompletion, completeFromList } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { EditorState, type Extension } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import type { EditorDiagnostic, EditorLanguage } from "./types";

export interface MountOptions {
  parent: HTMLElement;
  value: string;
  language: EditorLanguage;
  label: string;
  describedBy?: string;
  readOnly: boolean;
  completions: readonly string[];
  onChange: (value: string) => void;
}

export interface MountedEditor {
  view: EditorView;
  setValue(value: string): void;
  setDiagnostics(diagnostics: readonly EditorDiagnostic[]): void;
  focus(): void;
  destroy(): void;
}

/**
 * Each language's grammar is a chunk of its own: Markdown brings HTML, CSS and JavaScript grammars
 * for fenced code, which a lab (YAML only) must not download.
 */
export function loadLanguage(language: EditorLanguage): Promise<Extension> {
  return language === "yaml"
    ? import("@codemirror/lang-yaml").then((m) => m.yaml())
    : import("@codemirror/lang-markdown").then((m) => m.markdown());
}

export function mountEditor(options: MountOptions & { languageSupport: Extension }): MountedEditor {
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    syntaxHighlighting(classHighlighter),
    lintGutter(),
    // Tab is left to the browser so keyboard users can leave the editor; indentation follows Enter.
    keymap.of([...defaultKeymap, ...historyKeymap]),
    indentUnit.of("  "),
    EditorState.tabSize.of(2),
    EditorView.lineWrapping,
    EditorState.readOnly.of(options.readOnly),
    EditorView.contentAttributes.of({
      "aria-label": options.label,
      ...(options.describedBy ? { "aria-describedby": options.describedBy } : {}),
      "aria-multiline": "true",
      // Already in the tab order (contenteditable); said explicitly so a long document's scrolling
      // region counts as keyboard-reachable (axe: scrollable-region-focusable).
      tabindex: "0",
      autocapitalize: "off",
      autocorrect: "off",
      spellcheck: "false",
    }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
    options.languageSupport,
  ];
  if (options.completions.length > 0) {
    extensions.push(
      autocompletion({
        override: [completeFromList(options.completions.map((label) => ({ label, type: "property" })))],
      }),
    );
  }
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({ doc: options.value, extensions }),
  });

  return {
    view,
    setValue(value) {
      const current = view.state.doc.toString();
      if (current !== value) view.dispatch({ changes: { from: 0, to: current.length, insert: value } });
    },
    setDiagnostics(diagnostics) {
      view.dispatch(setDiagnostics(view.state, diagnostics.map((d) => toCodeMirror(view.state, d))));
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}

/** Line (1-based) and optional column (1-based) → a CodeMirror range covering the rest of the line. */
function toCodeMirror(state: EditorState, diagnostic: EditorDiagnostic): Diagnostic {
  const lineNumber = Math.min(Math.max(1, Math.trunc(diagnostic.line)), state.doc.lines);
  const line = state.doc.line(lineNumber);
  const column = diagnostic.column ? Math.min(Math.max(1, Math.trunc(diagnostic.column)), line.length + 1) : 1;
  const from = line.from + column - 1;
  return {
    from,
    to: Math.max(from, line.to),
    severity: diagnostic.severity ?? "error",
    message: diagnostic.message,
  };
}
