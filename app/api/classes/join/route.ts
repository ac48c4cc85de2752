import { getSessionUser } from "@/lib/auth/identity";
import { joinClass } from "@/lib/classes/mutations";
import { joinClassSchema } from "@/lib/classes/schema";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertSameOrigin, handle, json, readJson } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Joins the class with this invite code (signed-in accounts only). */
export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const input = await readJson(request, joinClassSchema);
    const user = await getSessionUser(request.headers);
    if (!user) throw new DomainError(401, "unauthenticated", "sign in to join a class");
    return json(await joinClass(getDb(), user, input, new Date()));
  });
}
