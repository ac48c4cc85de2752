/** Browser calls to the lab API (docs/api.md → Labs). Every call resolves to a result; nothing throws. */
import type { Locale } from "@/lib/i18n/locales";
import type { LabDiagnostic, LabFeedback } from "@/lib/labs/evaluate";
import type { LabState } from "@/lib/labs/attempts-types";

export type LabResult<T> = { ok: true; data: T } | { ok: false; status: number; code: string; message: string; diagnostics?: LabDiagnostic[] };

async function call<T>(url: string, body?: unknown): Promise<LabResult<T>> {
  try {
    const response = await fetch(url, body === undefined ? { cache: "no-store" } : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
    const json = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string; diagnostics?: LabDiagnostic[] } } | undefined;
    if (response.ok && json !== undefined) return { ok: true, data: json as T };
    const diagnostics = Array.isArray(json?.error?.diagnostics) ? json.error.diagnostics : undefined;
    return { ok: false, status: response.status, code: json?.error?.code ?? `http_${response.status}`, message: json?.error?.message ?? "", ...(diagnostics ? { diagnostics } : {}) };
  } catch {
    return { ok: false, status: 0, code: "network", message: "" };
  }
}

export const getLabState = (labId: string) => call<LabState>(`/api/labs/state?labId=${encodeURIComponent(labId)}`);
export const checkLab = (labId: string, manifest: string, locale: Locale) => call<{ feedback: LabFeedback; state: LabState }>("/api/labs/check", { labId, manifest, locale });
export const revealLab = (labId: string, locale: Locale, early: boolean) =>
  call<{ labId: string; solution: string; explanation: string; state: LabState }>("/api/labs/reveal", { labId, locale, early });
