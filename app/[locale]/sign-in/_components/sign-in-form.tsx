"use client";

import { writeSessionHint } from "@/components/session-hint";
import { Link } from "@/components/ui/link";
import { describeError, postAuth, safeNext } from "@/components/account/auth-client";
import { FormStatus } from "@/components/account/form-status";
import { TextField } from "@/components/account/text-field";
import { useFormAction } from "@/components/account/use-form-action";
import { primaryButton } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";

export function SignInForm({ locale, next }: { locale: Locale; next?: string }) {
  const t = getAccountMessages(locale);
  const { busy, failure, onSubmit, hydrated } = useFormAction(
    (f) => postAuth("sign-in/email", { email: f.email, password: f.password, rememberMe: true }),
    () => {
      writeSessionHint("learner"); // the header corrects the role on the next page
      window.location.assign(safeNext(next, `/${locale}/dashboard`));
    },
  );
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" aria-busy={busy} data-testid="sign-in-form">
      <TextField label={t.email} name="email" type="email" autoComplete="email" />
      <TextField label={t.password} name="password" type="password" autoComplete="current-password" showLabel={t.showPassword} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={primaryButton} disabled={busy || !hydrated}>
          {busy ? t.working : t.signIn}
        </button>
        <Link href={`/${locale}/forgot-password`} className="text-brand-700 underline dark:text-brand-300">
          {t.forgot}
        </Link>
      </div>
      <FormStatus error={failure && describeError(t, failure)} testId="sign-in" />
    </form>
  );
}
