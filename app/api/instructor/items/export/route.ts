import { getDb } from "@/lib/db";
import { handle, readQuery } from "@/lib/http";
import { requireInstructorApi } from "@/lib/instructor/access";
import { csvResponse } from "@/lib/instructor/csv";
import { analyseItems } from "@/lib/instructor/item-analysis";
import { itemsToCsv } from "@/lib/instructor/item-export";
import { itemFilterSchema } from "@/lib/instructor/schema";

export const dynamic = "force-dynamic";

/** The same analysis as CSV, one row per question version. */
export function GET(request: Request) {
  return handle(async () => {
    await requireInstructorApi(request);
    const filter = readQuery(request, itemFilterSchema);
    const now = new Date();
    return csvResponse(itemsToCsv(await analyseItems(getDb(), filter, now)), `item-analysis-${now.toISOString().slice(0, 10)}.csv`);
  });
}
