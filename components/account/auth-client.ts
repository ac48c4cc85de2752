/**
 * Browser-side calls to the account endpoints (better-auth under /api/auth, ours under /api/account).
 * One result shape, so every form shows errors the same way.
 */
import { safeRedirect } from "@/lib/auth/redirect";
import type { AccountMessages } from "@/lib/i18n/account-messages";

export type AuthResult<T = unknown> = { ok: true; data: T } | { ok: false; code: string; retryAfter?: number };

export async function callAccountApi<T = unknown>(path: string, body: unknown): Promise<AuthResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), credentials: "same-origin" });
  } catch {
    return { ok: false, code: "network" };
  }
  const data = (await response.json().catch(() => null)) as { code?: string; error?: { code?: string } } | null;
  if (response.ok) return { ok: true, data: data as T };
  if (response.status === 429) return { ok: false, code: "rate_limited", retryAfter: Number(response.headers.get("x-retry-after") ?? "60") };
  return { ok: false, code: data?.code ?? data?.error?.code ?? "generic" };
}

export function postAuth<T = unknown>(endpoint: string, body: unknown) {
  return callAccountApi<T>(`/api/auth/${endpoint}`, body);
}

/** The learner-facing sentence for a failed call, in the page's language. */
export function describeError(t: AccountMessages, result: { code: string; retryAfter?: number }): string {
  const errors = t.errors;
  if (result.code === "rate_limited") return errors.rate_limited(result.retryAfter ?? 60);
  if (result.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") return errors.USER_ALREADY_EXISTS;
  const known = errors[result.code as keyof typeof errors];
  return typeof known === "string" ? known : errors.generic;
}

/** Only same-site paths may be returned to after signing in (no open redirects). */
export const safeNext = safeRedirect;
