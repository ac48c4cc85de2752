import { readLearnerId } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readAttemptId, readJson, readQuery } from "@/lib/http";
import { recordAnswer } from "@/lib/quiz/answers";
import { answerSchema, attemptViewSchema } from "@/lib/quiz/inputs";

export const dynamic = "force-dynamic";

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    assertSameOrigin(request);
    const id = await readAttemptId(params);
    const view = readQuery(request, attemptViewSchema);
    const input = await readJson(request, answerSchema);
    return json(await recordAnswer(getDb(), await readLearnerId(request), id, input, new Date(), view));
  });
}
