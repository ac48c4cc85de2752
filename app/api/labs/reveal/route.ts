import { requireLearner } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readJson, requestNow } from "@/lib/http";
import { requireLab, revealLab } from "@/lib/labs/attempts";
import { labRevealInputSchema } from "@/lib/labs/inputs";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const input = await readJson(request, labRevealInputSchema);
    const lab = requireLab(input.labId);
    const learner = await requireLearner(request);
    return json(await revealLab(getDb(), learner.id, lab, input.locale, input.early, requestNow(request)), 200, learner.setCookie);
  });
}
