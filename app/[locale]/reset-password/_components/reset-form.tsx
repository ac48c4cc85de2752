"use client";

import { describeError, postAuth } from "@/components/account/auth-client";
import { FormStatus } from "@/components/account/form-status";
import { NewPasswordField } from "@/components/account/new-password-field";
import { useFormAction } from "@/components/account/use-form-action";
import { primaryButton } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";

export function ResetForm({ locale, token }: { locale: Locale; token: string }) {
  const t = getAccountMessages(locale);
  const { busy, failure, onSubmit, hydrated } = useFormAction(
    (f) => postAuth("reset-password", { token, newPassword: f.password }),
    () => window.location.assign(`/${locale}/sign-in?notice=reset`),
  );
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" aria-busy={busy} data-testid="reset-form">
      <NewPasswordField locale={locale} label={t.newPassword} />
      <button type="submit" className={primaryButton} disabled={busy || !hydrated}>
        {busy ? t.working : t.resetSave}
      </button>
      <FormStatus error={failure && describeError(t, failure)} testId="reset" />
    </form>
  );
}
