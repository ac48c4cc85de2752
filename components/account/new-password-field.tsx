"use client";

import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-policy";
import type { Locale } from "@/lib/i18n/locales";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { TextField } from "./text-field";

/** A field for choosing a password, with the length rule the server enforces. */
export function NewPasswordField({ locale, label, name = "password" }: { locale: Locale; label: string; name?: string }) {
  const t = getAccountMessages(locale);
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      minLength={PASSWORD_MIN}
      maxLength={PASSWORD_MAX}
      hint={t.passwordHint(PASSWORD_MIN)}
      showLabel={t.showPassword}
    />
  );
}
