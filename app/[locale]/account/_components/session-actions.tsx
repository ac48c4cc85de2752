"use client";

import { writeSessionHint } from "@/components/session-hint";
import { useState } from "react";
import { describeError, postAuth } from "@/components/account/auth-client";
import { FormStatus } from "@/components/account/form-status";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";

/** Sign out here, or everywhere (every session of the account is deleted, this one included). */
export function SessionActions({ locale }: { locale: Locale }) {
  const t = getAccountMessages(locale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(endpoint: "sign-out" | "revoke-sessions") {
    setBusy(true);
    setError(null);
    const result = await postAuth(endpoint, {});
    if (result.ok && endpoint === "revoke-sessions") await postAuth("sign-out", {});
    if (result.ok) {
      writeSessionHint(null);
      window.location.assign(`/${locale}`);
    }
    else {
      setBusy(false);
      setError(describeError(t, result));
    }
  }
  return (
    <div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={primaryButton} disabled={busy} onClick={() => void run("sign-out")} data-testid="sign-out">
          {t.signOut}
        </button>
        <button type="button" className={secondaryButton} disabled={busy} onClick={() => void run("revoke-sessions")} data-testid="sign-out-everywhere">
          {t.signOutEverywhere}
        </button>
      </div>
      <FormStatus error={error} testId="sessions" />
    </div>
  );
}
