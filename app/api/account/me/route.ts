import { getSessionUser } from "@/lib/auth/identity";
import { handle, json } from "@/lib/http";

/** The signed-in user (name, email, role, verified), or null: what the header's account link shows. */
export async function GET(request: Request) {
  return handle(async () => json({ user: await getSessionUser(request.headers) }));
}
