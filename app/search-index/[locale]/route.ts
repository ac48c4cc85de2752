import { isLocale, locales } from "@/lib/i18n/locales";
import { listSearchDocuments } from "@/lib/search/documents";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return Response.json({ error: "unknown locale" }, { status: 404 });
  return Response.json(listSearchDocuments(locale));
}
