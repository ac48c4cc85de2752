"use client";

import { useState, type FormEvent } from "react";
import { useHydrated } from "@/components/quiz/use-hydrated";
import type { AuthResult } from "./auth-client";

/**
 * Submit handling shared by the account forms: reads the fields, runs the call once at a time,
 * keeps the error code of a failure. `onSuccess` decides what happens next (navigate, say so, …).
 * `hydrated` stays false until the handler is attached: forms keep their submit button disabled until
 * then, so a quick Enter never falls back to a native submit.
 */
export function useFormAction<T>(run: (fields: Record<string, string>) => Promise<AuthResult<T>>, onSuccess: (data: T, form: HTMLFormElement) => void) {
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ code: string; retryAfter?: number } | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const fields = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
    setBusy(true);
    setFailure(null);
    const result = await run(fields);
    setBusy(false);
    if (result.ok) onSuccess(result.data, form);
    else setFailure({ code: result.code, retryAfter: result.retryAfter });
  }
  return { busy, failure, onSubmit, hydrated };
}
