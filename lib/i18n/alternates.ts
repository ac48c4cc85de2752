import type { Metadata } from "next";
import { htmlLang, locales, type Locale } from "./locales";

/** canonical + hreflang links for a page that exists in every locale at /<locale><path>. */
export function alternatesFor(locale: Locale, path: string): Metadata["alternates"] {
  return {
    canonical: `/${locale}${path}`,
    languages: {
      ...Object.fromEntries(locales.map((l) => [htmlLang[l], `/${l}${path}`])),
      "x-default": `/en${path}`,
    },
  };
}
