import { findLearner, getViewer, requireLearner } from "@/lib/auth/identity";
import { newGuestLearner } from "@/lib/auth/guest";
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
    // Whether the viewer's learner still exists is only read, so it is read alongside.
    const [plan, existing] = await Promise.all([planAttempt(db, viewer.learnerId, input, now), findLearner(viewer)]);
    if (existing || viewer.user) {
      const learner = await requireLearner(request, viewer, existing);
      return json(await startAttempt(db, learner.id, plan, now), 201);
    }
    // A new guest: its learner row is written with the attempt, so a failed write leaves neither.
    const guest = await newGuestLearner(request);
    return json(await startAttempt(db, guest, plan, now), 201, guest.setCookie);
  });
}
