import { readLearnerId } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { handle, json, readQuery, requestNow } from "@/lib/http";
import { previewReview } from "@/lib/review/queue";
import { previewSchema } from "@/lib/review/schema";

export const dynamic = "force-dynamic";

/** Before rating: when the question would come back for each rating (shown on the rating buttons). */
export function GET(request: Request) {
  return handle(async () => {
    const { questionId } = readQuery(request, previewSchema);
    return json(await previewReview(getDb(), await readLearnerId(request), questionId, requestNow(request)));
  });
}
