import { getSessionUser } from "@/lib/auth/identity";
import { readClassId } from "@/lib/classes/inputs";
import { leaveClass } from "@/lib/classes/mutations";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertSameOrigin, handle, json } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Leaves a class: its instructor no longer sees this learner. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    assertSameOrigin(request);
    const classId = await readClassId(params);
    const user = await getSessionUser(request.headers);
    if (!user) throw new DomainError(401, "unauthenticated", "sign in to leave a class");
    await leaveClass(getDb(), user, classId);
    return json({ left: true });
  });
}
