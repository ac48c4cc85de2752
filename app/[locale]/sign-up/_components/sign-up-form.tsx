"use client";

import { writeSessionHint } from "@/components/session-hint";
import { describeError, postAuth, safeNext } from "@/components/account/auth-client";
import { FormStatus } from "@/components/account/form-status";
import { NewPasswordField } from "@/components/account/new-password-field";
import { TextField } from "@/components/account/text-field";
import { useFormAction } from "@/components/account/use-form-action";
import { primaryButton } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";

export function SignUpForm({ locale, next }: { locale: Locale; next?: string }) {
  const t = getAccountMessages(locale);
  const { busy, failure, onSubmit, hydrated } = useFormAction(
    (f) =>
      postAuth("sign-up/email", {
        email: f.email,
        password: f.password,
        name: f.name?.trim() || (f.email ?? "").split("@")[0],
        callbackURL: `/${locale}/account?verified=1`,
      }),
    () => {
      writeSessionHint("learner");
      window.location.assign(safeNext(next, `/${locale}/dashboard`));
    },
  );
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" aria-busy={busy} data-testid="sign-up-form">
      <TextField label={t.email} name="email" type="email" autoComplete="email" />
      <NewPasswordField locale={locale} label={t.password} />
      <TextField label={t.name} name="name" autoComplete="nickname" required={false} maxLength={100} hint={t.nameHint} />
      <button type="submit" className={primaryButton} disabled={busy || !hydrated}>
        {busy ? t.working : t.signUp}
      </button>
      <FormStatus error={failure && describeError(t, failure)} testId="sign-up" />
    </form>
  );
}
