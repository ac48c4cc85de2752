/**
 * One check of a learner's manifest: parse (with limits) → validate against the API schemas →
 * run the lab's checks → feedback in the learner's language. Never includes the solution.
 */
import type { Locale } from "../i18n/locales";
import { getLabMessages } from "../i18n/lab-messages";
import type { Lab } from "./schema";
import { parseManifest } from "./manifest";
import { validateDocuments } from "./validate";
import { runChecks } from "./checks";

export type LabDiagnostic = { line: number; column?: number; message: string; severity: "error" };
export type LabCheckFeedback = { id: string; passed: boolean; path: string; hint?: string; message?: string };
export type LabFeedback = {
  labId: string;
  passed: boolean;
  diagnostics: LabDiagnostic[];
  checks: LabCheckFeedback[];
  summary: { passed: number; total: number };
};

export function evaluateLab(lab: Lab, text: string, locale: Locale): LabFeedback {
  const t = getLabMessages(locale);
  const parsed = parseManifest(text);
  if (!parsed.ok) {
    const diagnostics = parsed.problems.map((p) => ({ line: p.line, column: p.column, message: t.manifest[p.code](p.detail), severity: "error" as const }));
    return { labId: lab.id, passed: false, diagnostics, checks: [], summary: { passed: 0, total: lab.checks.length } };
  }
  const diagnostics = validateDocuments(parsed.documents).map((i) => ({ line: i.line, column: i.column, message: t.schema(i), severity: "error" as const }));
  const outcomes = runChecks(lab.checks, parsed.documents);
  const checks = outcomes.map((o, index): LabCheckFeedback => {
    if (o.passed) return { id: o.id, passed: true, path: o.path };
    const check = lab.checks[index]!;
    const message = o.reason === "no_document" ? t.noDocument(check.select.kind, check.select.name) : undefined;
    return { id: o.id, passed: false, path: o.path, hint: check.hint[locale], ...(message ? { message } : {}) };
  });
  const passedCount = checks.filter((c) => c.passed).length;
  return {
    labId: lab.id,
    passed: diagnostics.length === 0 && passedCount === checks.length,
    diagnostics,
    checks,
    summary: { passed: passedCount, total: checks.length },
  };
}
