"use client";

import { useState } from "react";
import { describeError, postAuth } from "@/components/account/auth-client";
import { FormStatus } from "@/components/account/form-status";
import { NewPasswordField } from "@/components/account/new-password-field";
import { TextField } from "@/components/account/text-field";
import { useFormAction } from "@/components/account/use-form-action";
import { primaryButton } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";

export function ChangePasswordForm({ locale }: { locale: Locale }) {
  const t = getAccountMessages(locale);
  const [done, setDone] = useState(false);
  const { busy, failure, onSubmit, hydrated } = useFormAction(
    (f) => {
      setDone(false);
      return postAuth("change-password", { currentPassword: f.currentPassword, newPassword: f.newPassword, revokeOtherSessions: true });
    },
    (_data, form) => {
      form.reset();
      setDone(true);
    },
  );
  return (
    <form method="post" onSubmit={onSubmit} className="mt-4 space-y-4" aria-busy={busy} data-testid="change-password-form">
      <TextField label={t.currentPassword} name="currentPassword" type="password" autoComplete="current-password" showLabel={t.showPassword} />
      <NewPasswordField locale={locale} label={t.newPassword} name="newPassword" />
      <button type="submit" className={primaryButton} disabled={busy || !hydrated}>
        {busy ? t.working : t.changePasswordSave}
      </button>
      <FormStatus error={failure && describeError(t, failure)} success={done ? t.changePasswordDone : null} testId="change-password" />
    </form>
  );
}
