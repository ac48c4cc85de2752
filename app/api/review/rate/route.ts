import { readLearnerId } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readJson, requestNow } from "@/lib/http";
import { rateReview } from "@/lib/review/queue";
import { rateSchema } from "@/lib/review/schema";

export const dynamic = "force-dynamic";

/** After seeing the answer, the learner says how well they knew it; FSRS moves the card. */
export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const input = await readJson(request, rateSchema);
    return json(await rateReview(getDb(), await readLearnerId(request), input, requestNow(request)));
  });
}
