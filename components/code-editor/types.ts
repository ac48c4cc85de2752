export type EditorLanguage = "yaml" | "markdown";

/** A problem to show at a line of the editor (1-based line and column, as the content check reports them). */
export interface EditorDiagnostic {
  line: number;
  column?: number;
  message: string;
  severity?: "error" | "warning" | "info";
}
