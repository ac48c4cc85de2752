import { getViewer, requireLearner } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readJson, requestNow } from "@/lib/http";
import { assertRevealAllowed, requireLab, revealLab } from "@/lib/labs/attempts";
import { labRevealInputSchema } from "@/lib/labs/inputs";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const input = await readJson(request, labRevealInputSchema);
    const lab = requireLab(input.labId);
    // Refused before a guest learner is made: a reveal that is not available yet writes nothing.
    const viewer = await getViewer(request.headers);
    await assertRevealAllowed(getDb(), viewer.learnerId, lab, input.early);
    const learner = await requireLearner(request, viewer);
    return json(await revealLab(getDb(), learner.id, lab, input.locale, input.early, requestNow(request)), 200, learner.setCookie);
  });
}
