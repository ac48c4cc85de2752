"use client";

import { writeSessionHint } from "@/components/session-hint";
import { callAccountApi, describeError } from "@/components/account/auth-client";
import { FormStatus } from "@/components/account/form-status";
import { TextField } from "@/components/account/text-field";
import { useFormAction } from "@/components/account/use-form-action";
import type { Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";

export function DeleteAccountForm({ locale }: { locale: Locale }) {
  const t = getAccountMessages(locale);
  const { busy, failure, onSubmit, hydrated } = useFormAction(
    (f) => callAccountApi("/api/account/delete", { password: f.password }),
    () => {
      writeSessionHint(null);
      window.location.assign(`/${locale}/sign-in?notice=deleted`);
    },
  );
  return (
    <form method="post" onSubmit={onSubmit} className="mt-4 space-y-4" aria-busy={busy} data-testid="delete-account-form">
      <TextField label={t.deleteConfirm} name="password" type="password" autoComplete="current-password" showLabel={t.showPassword} />
      <button
        type="submit"
        disabled={busy || !hydrated}
        className="rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-60"
      >
        {busy ? t.working : t.deleteButton}
      </button>
      <FormStatus error={failure && describeError(t, failure)} testId="delete-account" />
    </form>
  );
}
