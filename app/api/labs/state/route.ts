import { readLearnerId } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { handle, json, readQuery } from "@/lib/http";
import { getLabState, requireLab } from "@/lib/labs/attempts";
import { labStateQuerySchema } from "@/lib/labs/inputs";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(async () => {
    const { labId } = readQuery(request, labStateQuerySchema);
    requireLab(labId);
    return json(await getLabState(getDb(), await readLearnerId(request), labId));
  });
}
