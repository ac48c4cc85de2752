import { createClass } from "@/lib/classes/mutations";
import { listOwnClasses } from "@/lib/classes/queries";
import { createClassSchema } from "@/lib/classes/schema";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json, readJson } from "@/lib/http";
import { requireInstructorApi } from "@/lib/instructor/access";

export const dynamic = "force-dynamic";

/** The signed-in instructor's own classes. */
export function GET(request: Request) {
  return handle(async () => {
    const user = await requireInstructorApi(request);
    return json({ classes: await listOwnClasses(getDb(), user) });
  });
}

/** Creates a class; the answer carries its invite code. */
export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const user = await requireInstructorApi(request);
    const input = await readJson(request, createClassSchema);
    return json(await createClass(getDb(), user, input, new Date()), 201);
  });
}
