import { readLearnerId } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { handle, json, requestNow } from "@/lib/http";
import { getReviewQueue } from "@/lib/review/queue";

export const dynamic = "force-dynamic";

/** The learner's spaced-repetition queue: how many questions are due now, and when the next one is. */
export function GET(request: Request) {
  return handle(async () => json(await getReviewQueue(getDb(), await readLearnerId(request), requestNow(request))));
}
