"use client";

import { Link } from "@/components/ui/link";
import { startTransition, useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getMeShared, type Me as MeAnswer } from "./learner";
import { writeSessionHint } from "./session-hint";

type Me = MeAnswer["user"];

/**
 * "Sign in", or the signed-in person's name linking to their account. Fetched in the browser so
 * every page can stay static. Until it answers, both are in the page and CSS shows one by the
 * pre-paint hint (<html data-session>, set from a cookie by ThemeScript): a signed-in reader sees
 * "Account" at once, then their name, and never a flash of "Sign in". The answer refreshes the hint.
 * Labels come from the (server) header, so the account pages' strings stay out of every page's bundle.
 */
type Labels = { signIn: string; account: string; accountShort: string; instructor: string };

export function AccountLink({ locale, labels, className }: { locale: Locale; labels: Labels; className: string }) {
  const [me, setMe] = useState<Me | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void getMeShared().then((body) => {
      if (!live || !body) return;
      startTransition(() => setMe(body.user));
      writeSessionHint(body.user?.role ?? null);
      document.documentElement.setAttribute("data-session", body.user?.role ?? "none");
    });
    return () => {
      live = false;
    };
  }, []);

  const signIn = (extra = "") => (
    <Link href={`/${locale}/sign-in`} className={`${className}${extra}`} data-testid="nav-sign-in">
      {labels.signIn}
    </Link>
  );
  const instructor = (extra = "") => (
    <Link href={`/${locale}/instructor`} className={`${className}${extra}`} data-testid="nav-instructor">
      {labels.instructor}
    </Link>
  );
  const account = (name: string | null, extra = "") => (
    <Link href={`/${locale}/account`} className={`${className} max-w-40 truncate${extra}`} data-testid="nav-account" data-pending={name ? undefined : "true"}>
      <span className="sr-only">{labels.account}</span>
      {name ?? labels.accountShort}
    </Link>
  );

  if (me === undefined)
    return (
      <>
        {signIn(" session-out")}
        {instructor(" session-instructor")}
        {account(null, " session-in")}
      </>
    );
  if (!me) return signIn();
  return (
    <>
      {me.role === "instructor" && instructor()}
      {account(me.name)}
    </>
  );
}
