import type { Locale } from "@/lib/i18n/locales";

const tags: Record<Locale, string> = { en: "en-GB", zh: "zh-CN" };

/** Server-rendered dates, so in UTC and saying so (the server cannot know the reader's time zone). */
export function formatWhen(locale: Locale, when: Date): string {
  return new Intl.DateTimeFormat(tags[locale], { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" }).format(when);
}

export function formatDay(locale: Locale, when: Date): string {
  return new Intl.DateTimeFormat(tags[locale], { month: "short", day: "numeric", timeZone: "UTC" }).format(when);
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;

export { cardClass, secondaryButton as buttonClass } from "@/components/ui/styles";
export const linkClass = "font-medium text-brand-700 underline focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300";
export const tableClass = "mt-2 w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-zinc-200 [&_td]:py-1.5 [&_td]:pr-3 dark:[&_td]:border-zinc-800 [&_th]:py-1.5 [&_th]:pr-3 [&_th]:font-semibold";
