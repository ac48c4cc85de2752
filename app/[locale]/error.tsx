"use client";

import { useEffect } from "react";
import { useParams } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { getErrorMessages } from "@/lib/i18n/error-messages";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const t = getErrorMessages(isLocale(params?.locale) ? params.locale : "en");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.body}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        {t.retry}
      </button>
    </main>
  );
}
