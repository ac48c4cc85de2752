"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { htmlLang, localeNames, locales, type Locale } from "@/lib/i18n/locales";

/** Links to the same page in the other language (paths differ only in their first segment). */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  const other = locales.find((l) => l !== locale) ?? locale;
  const rest = pathname.split("/").slice(2).join("/");
  const href = `/${other}${rest ? `/${rest}` : ""}`;
  return (
    <Link
      href={href}
      hrefLang={htmlLang[other]}
      lang={htmlLang[other]}
      aria-label={label}
      className="rounded-md border border-zinc-300 px-2 py-1.5 text-sm hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-700 dark:hover:bg-zinc-800"
      data-testid="language-switch"
      onClick={() => {
        document.cookie = `locale=${other}; path=/; max-age=31536000; samesite=lax${location.protocol === "https:" ? "; secure" : ""}`;
      }}
    >
      {localeNames[other]}
    </Link>
  );
}
