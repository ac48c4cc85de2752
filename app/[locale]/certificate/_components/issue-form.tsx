"use client";

import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/quiz/use-hydrated";
import { FormStatus } from "@/components/account/form-status";
import { hintClass, inputClass, labelClass, primaryButton } from "@/components/ui/styles";

type Strings = { nameLabel: string; nameHint: string; issueButton: string; issuing: string; issueFailed: string };

/** Asks the server for the certificate; the server re-checks eligibility. On success the page re-renders with it. */
export function IssueForm({ defaultName, t }: { defaultName: string; t: Strings }) {
  const id = useId();
  const router = useRouter();
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/certificates", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name }) });
      if (response.ok) return router.refresh();
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setError(`${t.issueFailed} ${body?.error?.message ?? ""}`.trim());
    } catch {
      setError(t.issueFailed);
    }
    setBusy(false);
  }
  return (
    <form onSubmit={onSubmit} className="mt-4" data-testid="certificate-issue-form">
      <label htmlFor={id} className={labelClass}>
        {t.nameLabel}
      </label>
      <input id={id} name="name" type="text" autoComplete="name" required maxLength={100} defaultValue={defaultName} aria-describedby={`${id}-hint`} className={inputClass} data-testid="certificate-name" />
      <p id={`${id}-hint`} className={hintClass}>
        {t.nameHint}
      </p>
      <button type="submit" className={`${primaryButton} mt-4`} disabled={!hydrated || busy} data-testid="certificate-issue">
        {busy ? t.issuing : t.issueButton}
      </button>
      <FormStatus error={error} testId="certificate-issue" />
    </form>
  );
}
