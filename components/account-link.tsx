"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";

type Me = { name: string; email: string; role: "learner" | "instructor" } | null;

/**
 * "Sign in", or the signed-in person's name linking to their account. Fetched in the browser so
 * every page can stay static; until it answers, "Sign in" is shown (the common case). Its labels
 * come from the (server) header, so the account pages' strings stay out of every page's bundle.
 */
type Labels = { signIn: string; account: string; instructor: string };

export function AccountLink({ locale, labels, className }: { locale: Locale; labels: Labels; className: string }) {
  const [me, setMe] = useState<Me>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/account/me", { credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<{ user: Me }>) : { user: null }))
      .then((body) => live && setMe(body.user))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!me)
    return (
      <Link href={`/${locale}/sign-in`} className={className} data-testid="nav-sign-in">
        {labels.signIn}
      </Link>
    );
  return (
    <>
      {me.role === "instructor" && (
        <Link href={`/${locale}/instructor`} className={className} data-testid="nav-instructor">
          {labels.instructor}
        </Link>
      )}
      <Link href={`/${locale}/account`} className={`${className} max-w-40 truncate`} data-testid="nav-account">
        <span className="sr-only">{labels.account}</span>
        {me.name}
      </Link>
    </>
  );
}
