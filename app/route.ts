import { isLocale, negotiateLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/** `/` sends the reader to their language: a remembered choice first, then Accept-Language. */
export function GET(request: Request) {
  const cookie = /(?:^|;\s*)locale=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  const locale = isLocale(cookie) ? cookie : negotiateLocale(request.headers.get("accept-language"));
  return new Response(null, { status: 307, headers: { Location: `/${locale}`, Vary: "Accept-Language, Cookie" } });
}
