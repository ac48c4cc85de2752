import { getDb } from "@/lib/db";
import { handle, json } from "@/lib/http";
import { requireInstructorApi } from "@/lib/instructor/access";
import { getInstructorOverview } from "@/lib/instructor/queries";

export async function GET(request: Request) {
  return handle(async () => {
    await requireInstructorApi(request);
    return json(await getInstructorOverview(getDb(), new Date()));
  });
}
