"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { errorText, startAttempt, type StartAttemptRequest } from "./api";

/** Starts an attempt and opens it at /<locale>/quiz/<id>; the API's error message otherwise (`networkError` when it cannot be reached). */
export function useStartAttempt(locale: Locale, networkError: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  async function start(request: Omit<StartAttemptRequest, "locale">) {
    setBusy(true);
    setError("");
    const result = await startAttempt({ ...request, locale });
    if (!result.ok) {
      setBusy(false);
      setError(errorText(result, networkError));
      return;
    }
    // Stays busy while the quiz page loads, so a second click cannot start a second attempt.
    router.push(`/${locale}/quiz/${encodeURIComponent(result.data.id)}`);
  }

  return { start, busy, error };
}
