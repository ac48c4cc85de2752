import { readLearnerId } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { handle, json, readQuery } from "@/lib/http";
import { listLabSummaries } from "@/lib/labs/attempts";
import { labListQuerySchema } from "@/lib/labs/inputs";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(async () => {
    const { locale } = readQuery(request, labListQuerySchema);
    return json({ labs: await listLabSummaries(getDb(), await readLearnerId(request), locale) });
  });
}
