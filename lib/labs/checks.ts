/** Runs a lab's declarative checks against parsed manifest documents. Pure: data in, results out. */
import type { LabCheck, LabSelector } from "./schema";
import { parseCheckPath, resolvePath } from "./path";

export type CheckOutcome = { id: string; passed: boolean; path: string; reason?: "no_document" | "failed" };

export function selectDocument<T extends { data: Record<string, unknown> }>(documents: readonly T[], select: LabSelector): T | undefined {
  return documents.find((d) => {
    const meta = d.data.metadata as Record<string, unknown> | null | undefined;
    return (
      d.data.kind === select.kind &&
      (select.name === undefined || (meta !== null && typeof meta === "object" && meta.name === select.name)) &&
      (select.apiVersion === undefined || d.data.apiVersion === select.apiVersion)
    );
  });
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b as object, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `contains` semantics: scalars equal; an object pattern is a subset (recursively); a list pattern needs each item contained. */
export function containsPattern(element: unknown, pattern: unknown): boolean {
  if (Array.isArray(pattern)) return Array.isArray(element) && pattern.every((p) => element.some((e) => containsPattern(e, p)));
  if (pattern !== null && typeof pattern === "object") {
    if (element === null || typeof element !== "object" || Array.isArray(element)) return false;
    return Object.entries(pattern).every(([k, v]) => Object.hasOwn(element, k) && containsPattern((element as Record<string, unknown>)[k], v));
  }
  return element === pattern;
}

const regexCache = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let r = regexCache.get(source);
  if (!r) {
    r = new RegExp(source, "u");
    regexCache.set(source, r);
  }
  return r;
}

export function applyPredicate(check: LabCheck, found: boolean, value: unknown): boolean {
  if (check.absent) return !found;
  if (!found) return false;
  if (check.exists) return true;
  if (check.parse === "json") {
    if (typeof value !== "string") return false;
    try {
      value = JSON.parse(value);
    } catch {
      return false;
    }
  }
  if (check.equals !== undefined) return deepEqual(value, check.equals);
  if (check.oneOf) return check.oneOf.some((v) => deepEqual(value, v));
  if (check.range) return typeof value === "number" && Number.isFinite(value) && (check.range.min === undefined || value >= check.range.min) && (check.range.max === undefined || value <= check.range.max);
  if (check.matches !== undefined) return typeof value === "string" && regex(check.matches).test(value);
  if (check.contains !== undefined) return Array.isArray(value) && value.some((e) => containsPattern(e, check.contains));
  return false;
}

export function runCheck(check: LabCheck, documents: readonly { data: Record<string, unknown> }[]): CheckOutcome {
  const path = check.path ?? "";
  const doc = selectDocument(documents, check.select);
  if (!doc) return { id: check.id, passed: false, path, reason: "no_document" };
  const parsed = parseCheckPath(path);
  if (!parsed.ok) return { id: check.id, passed: false, path, reason: "failed" };
  const { found, value } = resolvePath(doc.data, parsed.segments);
  const passed = applyPredicate(check, found, value);
  return passed ? { id: check.id, passed, path } : { id: check.id, passed, path, reason: "failed" };
}

export function runChecks(checks: readonly LabCheck[], documents: readonly { data: Record<string, unknown> }[]): CheckOutcome[] {
  return checks.map((c) => runCheck(c, documents));
}
