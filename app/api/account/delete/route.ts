import { deleteAccountSchema } from "@/lib/account/schema";
import { getSessionUser } from "@/lib/auth/identity";
import { getAuth } from "@/lib/auth/server";
import { DomainError } from "@/lib/errors";
import { assertSameOrigin, handle, readJson } from "@/lib/http";

/**
 * Deletes the signed-in account and everything of it. Always asks for the password, however fresh
 * the session (better-auth's own /delete-user route is switched off for that reason).
 */
export async function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    const { password } = await readJson(request, deleteAccountSchema);
    if (!(await getSessionUser(request.headers))) throw new DomainError(401, "unauthenticated", "sign in to delete your account");
    const auth = await getAuth();
    const response = await auth.api.deleteUser({ body: { password }, headers: request.headers, asResponse: true });
    if (response.status === 400) throw new DomainError(403, "wrong_password", "the password is not right; nothing was deleted");
    return response;
  });
}
