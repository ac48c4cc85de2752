import { htmlLang, type Locale } from "@/lib/i18n/locales";

const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ["minute", 60_000],
  ["hour", 3_600_000],
  ["day", 86_400_000],
  ["month", 30 * 86_400_000],
  ["year", 365 * 86_400_000],
];

/** "in 10 minutes" / "10分钟后": how far `due` is from `now`, in the largest unit that fits (at least a minute). */
export function formatInterval(locale: Locale, now: string, due: string): string {
  const ms = Math.max(0, Date.parse(due) - Date.parse(now));
  let [unit, size] = steps[0]!;
  for (const [u, s] of steps) if (ms >= s) [unit, size] = [u, s];
  const value = Math.max(1, Math.round(ms / size));
  return new Intl.RelativeTimeFormat(htmlLang[locale], { numeric: "always" }).format(value, unit);
}
