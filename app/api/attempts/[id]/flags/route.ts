import { readLearnerId } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readAttemptId, readJson } from "@/lib/http";
import { setFlag } from "@/lib/quiz/answers";
import { flagSchema } from "@/lib/quiz/inputs";

export const dynamic = "force-dynamic";

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    assertSameOrigin(request);
    const id = await readAttemptId(params);
    const input = await readJson(request, flagSchema);
    return json(await setFlag(getDb(), await readLearnerId(request), id, input.questionId, input.flagged, new Date()));
  });
}
