import { getSessionUser } from "@/lib/auth/identity";
import { listMemberships } from "@/lib/classes/queries";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { handle, json } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The classes the signed-in learner belongs to, each with exactly what its instructor sees about them. */
export function GET(request: Request) {
  return handle(async () => {
    const user = await getSessionUser(request.headers);
    if (!user) throw new DomainError(401, "unauthenticated", "sign in to see your classes");
    return json({ classes: await listMemberships(getDb(), user, new Date()) });
  });
}
