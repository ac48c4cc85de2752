import { requireLearner } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readJson, requestNow } from "@/lib/http";
import { evaluateForCheck, recordLabCheck, requireLab } from "@/lib/labs/attempts";
import { LAB_BODY_LIMIT, labCheckInputSchema } from "@/lib/labs/inputs";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const input = await readJson(request, labCheckInputSchema, LAB_BODY_LIMIT);
    // Checked before a guest learner is made, so a refused request writes nothing at all.
    const lab = requireLab(input.labId);
    const feedback = evaluateForCheck(lab, input.manifest, input.locale);
    const learner = await requireLearner(request);
    return json(await recordLabCheck(getDb(), learner.id, lab, feedback, requestNow(request)), 200, learner.setCookie);
  });
}
