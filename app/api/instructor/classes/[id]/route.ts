import { readClassId } from "@/lib/classes/inputs";
import { deleteClass } from "@/lib/classes/mutations";
import { getClassReport } from "@/lib/classes/queries";
import { getDb } from "@/lib/db";
import { assertSameOrigin, handle, json } from "@/lib/http";
import { requireInstructorApi } from "@/lib/instructor/access";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The class view. Another instructor's class is "not found". */
export function GET(request: Request, { params }: Context) {
  return handle(async () => {
    const user = await requireInstructorApi(request);
    return json(await getClassReport(getDb(), user, await readClassId(params), new Date()));
  });
}

export function DELETE(request: Request, { params }: Context) {
  return handle(async () => {
    assertSameOrigin(request);
    const user = await requireInstructorApi(request);
    await deleteClass(getDb(), user, await readClassId(params));
    return json({ deleted: true });
  });
}
