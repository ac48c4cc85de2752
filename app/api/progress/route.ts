import { readLearnerId } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { handle, json, requestNow } from "@/lib/http";
import { getProgress } from "@/lib/progress/queries";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(async () => json(await getProgress(getDb(), await readLearnerId(request), requestNow(request))));
}
