import { readLearnerId } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { handle, json, readAttemptId } from "@/lib/http";
import { getAttemptState } from "@/lib/quiz/attempts";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const id = await readAttemptId(params);
    return json(await getAttemptState(getDb(), await readLearnerId(request), id, new Date()));
  });
}
