import type { Locale } from "./locales";

/**
 * The error boundary's strings (app/[locale]/error.tsx). The boundary is a client component loaded
 * with every page and gets no props from a server component, so its few strings live here rather
 * than in lib/i18n/messages.ts, which would put every page's strings in every page's bundle.
 */
export const errorEn = { title: "Something went wrong", body: "The page could not be shown. Try again in a moment.", retry: "Try again" };

export type ErrorMessages = typeof errorEn;

export const errorZh: ErrorMessages = { title: "出错了", body: "页面暂时无法显示，请稍后重试。", retry: "重试" };

export function getErrorMessages(locale: Locale): ErrorMessages {
  return locale === "zh" ? errorZh : errorEn;
}
