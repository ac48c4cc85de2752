"use client";

import { useState } from "react";
import { describeError, postAuth } from "@/components/account/auth-client";
import { FormStatus } from "@/components/account/form-status";
import { secondaryButton } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";

export function ResendVerification({ locale, email }: { locale: Locale; email: string }) {
  const t = getAccountMessages(locale);
  const [state, setState] = useState<{ busy: boolean; sent: boolean; error: string | null }>({ busy: false, sent: false, error: null });
  async function send() {
    setState({ busy: true, sent: false, error: null });
    const result = await postAuth("send-verification-email", { email, callbackURL: `/${locale}/account?verified=1` });
    setState({ busy: false, sent: result.ok, error: result.ok ? null : describeError(t, result) });
  }
  return (
    <div className="mt-2">
      <button type="button" className={secondaryButton} disabled={state.busy} onClick={() => void send()}>
        {t.resendVerification}
      </button>
      <FormStatus error={state.error} success={state.sent ? t.verificationSent : null} testId="verification" />
    </div>
  );
}
