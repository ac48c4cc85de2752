"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

export default function NotFound() {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : "en";
  const t = getMessages(locale).notFound;
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.body}</p>
      <Link href={`/${locale}`} className="mt-6 inline-block text-brand-700 underline dark:text-brand-300">
        {t.home}
      </Link>
    </main>
  );
}
