import { getViewer, requireLearner } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readJson, requestNow } from "@/lib/http";
import { planAttempt, startAttempt } from "@/lib/quiz/attempts";
import { createAttemptSchema } from "@/lib/quiz/inputs";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const input = await readJson(request, createAttemptSchema);
    const db = getDb();
    const now = requestNow(request);
    const viewer = await getViewer(request.headers);
    // Draw first: an unknown question, nothing missed, nothing due… fail before a guest is made.
    const plan = await planAttempt(db, viewer.learnerId, input, now);
    const learner = await requireLearner(request, viewer);
    return json(await startAttempt(db, learner.id, plan, now), 201, learner.setCookie);
  });
}
