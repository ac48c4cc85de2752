import { CERTIFICATE_ID_PATTERN } from "@/lib/certificates/schema";
import { isLocale, negotiateLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/**
 * `/verify/<id>`, the address printed on a certificate: sends the reader to the verification page in
 * their language (a remembered choice first, then Accept-Language), as `/` does.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const cookie = /(?:^|;\s*)locale=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  const locale = isLocale(cookie) ? cookie : negotiateLocale(request.headers.get("accept-language"));
  // A malformed id still gets the branded "no such certificate" page, without echoing odd bytes.
  const safeId = CERTIFICATE_ID_PATTERN.test(id) ? id : "unknown";
  return new Response(null, { status: 307, headers: { Location: `/${locale}/verify/${safeId}`, Vary: "Accept-Language, Cookie", "Cache-Control": "no-store" } });
}
