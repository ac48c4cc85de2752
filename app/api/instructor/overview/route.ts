import { getViewer } from "@/lib/auth/identity";
import { canEnterInstructorArea } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { handle, json } from "@/lib/http";
import { getInstructorOverview } from "@/lib/instructor/queries";

export async function GET(request: Request) {
  return handle(async () => {
    const viewer = await getViewer(request.headers);
    if (!viewer.user) throw new DomainError(401, "unauthenticated", "sign in as an instructor");
    if (!canEnterInstructorArea(viewer)) throw new DomainError(403, "forbidden", "only instructors may see this");
    return json(await getInstructorOverview(getDb(), new Date()));
  });
}
