import { readLearnerId } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { handle, json, readAttemptId, readQuery } from "@/lib/http";
import { getAttemptState } from "@/lib/quiz/attempts";
import { attemptViewSchema } from "@/lib/quiz/inputs";

export const dynamic = "force-dynamic";

/** The attempt's state; `?locale=zh` shows its text in that language (see docs/api.md). */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const id = await readAttemptId(params);
    const view = readQuery(request, attemptViewSchema);
    return json(await getAttemptState(getDb(), await readLearnerId(request), id, new Date(), view));
  });
}
