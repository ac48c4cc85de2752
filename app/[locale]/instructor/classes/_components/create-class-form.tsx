"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormStatus } from "@/components/account/form-status";
import { inputClass, labelClass, primaryButton } from "@/components/ui/styles";
import type { InstructorMessages } from "@/lib/i18n/instructor-messages";
import type { Locale } from "@/lib/i18n/locales";

/** Creates a class, then opens it (its page shows the invite link). */
export function CreateClassForm({ locale, t }: { locale: Locale; t: Pick<InstructorMessages["classes"], "name" | "createButton" | "error"> }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/instructor/classes", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name }) });
      const data = (await response.json().catch(() => null)) as { id?: string; error?: { message?: string } } | null;
      if (!response.ok || !data?.id) {
        setError(data?.error?.message ?? t.error);
        setBusy(false);
        return;
      }
      router.push(`/${locale}/instructor/classes/${data.id}`);
    } catch {
      setError(t.error);
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="mt-3">
      <label htmlFor="class-name" className={labelClass}>
        {t.name}
      </label>
      <div className="flex flex-wrap items-end gap-3">
        <input id="class-name" name="name" required maxLength={80} className={inputClass} data-testid="class-name" />
        <button type="submit" className={primaryButton} disabled={busy} data-testid="create-class">
          {t.createButton}
        </button>
      </div>
      <FormStatus error={error} testId="create-class" />
    </form>
  );
}
