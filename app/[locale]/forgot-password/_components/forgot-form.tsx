"use client";

import { useState } from "react";
import { describeError, postAuth } from "@/components/account/auth-client";
import { FormStatus } from "@/components/account/form-status";
import { TextField } from "@/components/account/text-field";
import { useFormAction } from "@/components/account/use-form-action";
import { primaryButton } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";

export function ForgotForm({ locale }: { locale: Locale }) {
  const t = getAccountMessages(locale);
  const [sent, setSent] = useState(false);
  const { busy, failure, onSubmit, hydrated } = useFormAction(
    (f) => postAuth("request-password-reset", { email: f.email, redirectTo: `/${locale}/reset-password` }),
    () => setSent(true),
  );
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" aria-busy={busy} data-testid="forgot-form">
      <TextField label={t.email} name="email" type="email" autoComplete="email" />
      <button type="submit" className={primaryButton} disabled={busy || !hydrated}>
        {busy ? t.working : t.forgotSend}
      </button>
      <FormStatus error={failure && describeError(t, failure)} success={sent ? t.forgotSent : null} testId="forgot" />
    </form>
  );
}
