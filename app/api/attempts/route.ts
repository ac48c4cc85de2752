import { requireLearner } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readJson, requestNow } from "@/lib/http";
import { createAttempt } from "@/lib/quiz/attempts";
import { createAttemptSchema } from "@/lib/quiz/inputs";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const input = await readJson(request, createAttemptSchema);
    const learner = await requireLearner(request);
    return json(await createAttempt(getDb(), learner.id, input, requestNow(request)), 201, learner.setCookie);
  });
}
