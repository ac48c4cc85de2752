"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormStatus } from "@/components/account/form-status";

/**
 * A button that sends one JSON request about a class (join, leave, delete) and then moves on:
 * to `then` (a path) or, without it, refreshes the page. Errors show the server's message.
 */
export function ClassAction({
  label,
  url,
  method = "POST",
  body,
  confirm,
  then,
  className,
  testId,
  errorText,
}: {
  label: string;
  url: string;
  method?: "POST" | "DELETE";
  body?: unknown;
  confirm?: string;
  then?: string;
  className: string;
  testId: string;
  errorText: string;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    if (confirm && !window.confirm(confirm)) return;
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(url, { method, headers: body === undefined ? {} : { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      if (!response.ok) {
        const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(data?.error?.message ?? errorText);
        setBusy(false);
        return;
      }
      if (then) router.push(then);
      else router.refresh();
      setBusy(false);
    } catch {
      setError(errorText);
      setBusy(false);
    }
  }
  return (
    <div>
      <button type="button" className={className} disabled={busy} onClick={() => void run()} data-testid={testId}>
        {label}
      </button>
      <FormStatus error={error} testId={testId} />
    </div>
  );
}
