import { getDb } from "@/lib/db";
import { handle, json, readQuery } from "@/lib/http";
import { requireInstructorApi } from "@/lib/instructor/access";
import { analyseItems } from "@/lib/instructor/item-analysis";
import { itemFilterSchema } from "@/lib/instructor/schema";

export const dynamic = "force-dynamic";

/** Item analysis per question version (docs/api.md#get-apiinstructoritems). */
export function GET(request: Request) {
  return handle(async () => {
    await requireInstructorApi(request);
    const filter = readQuery(request, itemFilterSchema);
    return json({ filter, items: await analyseItems(getDb(), filter, new Date()) });
  });
}
