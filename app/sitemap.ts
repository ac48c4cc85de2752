import type { MetadataRoute } from "next";
import { listLessonParams, listModules } from "@/lib/course/queries";
import { getEnv } from "@/lib/env";
import { htmlLang, locales } from "@/lib/i18n/locales";

/** Every page in every language, each with its hreflang alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = getEnv().SITE_URL.replace(/\/$/, "");
  const entry = (path: string): MetadataRoute.Sitemap[number][] =>
    locales.map((locale) => ({
      url: `${base}/${locale}${path}`,
      alternates: { languages: Object.fromEntries(locales.map((l) => [htmlLang[l], `${base}/${l}${path}`])) },
    }));
  const lessons = listLessonParams().filter((p) => p.locale === "en");
  return [
    ...entry(""),
    ...entry("/glossary"),
    ...listModules("en").flatMap((m) => entry(`/learn/${m.slug}`)),
    ...lessons.flatMap((p) => entry(`/learn/${p.module}/${p.lesson}`)),
  ];
}
