import "server-only";
import { locales, type Locale } from "../i18n/locales";
import { listModules } from "./queries";

/** The modules of every language, for the 404 page (which may not know the language until it renders). */
export function listModuleLinks(): Record<Locale, { href: string; title: string }[]> {
  return Object.fromEntries(locales.map((l) => [l, listModules(l).map((m) => ({ href: m.href, title: `${m.number}. ${m.title}` }))])) as Record<
    Locale,
    { href: string; title: string }[]
  >;
}
