"use client";

import { describeError, postAuth } from "@/components/account/auth-client";
import { FormStatus } from "@/components/account/form-status";
import { TextField } from "@/components/account/text-field";
import { useFormAction } from "@/components/account/use-form-action";
import { primaryButton } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

export function ResetForm({ locale, token, passwordMin, passwordMax }: { locale: Locale; token: string; passwordMin: number; passwordMax: number }) {
  const t = getMessages(locale).account;
  const { busy, failure, onSubmit } = useFormAction(
    (f) => postAuth("reset-password", { token, newPassword: f.password }),
    () => window.location.assign(`/${locale}/sign-in?notice=reset`),
  );
  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" aria-busy={busy} data-testid="reset-form">
      <TextField
        label={t.newPassword}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={passwordMin}
        maxLength={passwordMax}
        hint={t.passwordHint(passwordMin)}
        showLabel={t.showPassword}
      />
      <button type="submit" className={primaryButton} disabled={busy}>
        {busy ? t.working : t.resetSave}
      </button>
      <FormStatus error={failure && describeError(t, failure)} testId="reset" />
    </form>
  );
}
