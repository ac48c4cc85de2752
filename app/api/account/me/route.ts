import { refreshSession } from "@/lib/auth/identity";
import { handle } from "@/lib/http";

/** The signed-in user (name, email, role, verified), or null: what the header's account link shows. */
export async function GET(request: Request) {
  return handle(async () => {
    const { user, setCookies } = await refreshSession(request.headers);
    const headers = new Headers({ "Cache-Control": "no-store" });
    for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
    return Response.json({ user }, { headers });
  });
}
