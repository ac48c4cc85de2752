import { exportAccountData } from "@/lib/account/export";
import { getSessionUser } from "@/lib/auth/identity";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { handle } from "@/lib/http";

/** All of the signed-in account's data as a JSON download. */
export async function GET(request: Request) {
  return handle(async () => {
    const user = await getSessionUser(request.headers);
    if (!user) throw new DomainError(401, "unauthenticated", "sign in to export your data");
    const data = await exportAccountData(getDb(), user.id);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="eks-course-data-${new Date().toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
