import { readLearnerId } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readAttemptId, readQuery } from "@/lib/http";
import { submitAttempt } from "@/lib/quiz/attempts";
import { attemptViewSchema } from "@/lib/quiz/inputs";

export const dynamic = "force-dynamic";

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    assertSameOrigin(request);
    const id = await readAttemptId(params);
    const view = readQuery(request, attemptViewSchema);
    return json(await submitAttempt(getDb(), await readLearnerId(request), id, new Date(), view));
  });
}
