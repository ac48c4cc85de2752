import "server-only";
import { getSessionUser, type SessionUser } from "../auth/identity";
import { canEnterInstructorArea } from "../auth/permissions";
import { DomainError } from "../errors";

/**
 * The gate of every instructor API: 401 without a session, 403 for a learner. Pages use its twin,
 * requireInstructorPage (lib/instructor/page-access.ts: kept apart because it needs next/navigation,
 * which the compiled API server does not bundle). Both apply the one rule in lib/auth/permissions.ts.
 */
export async function requireInstructorApi(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request.headers);
  if (!user) throw new DomainError(401, "unauthenticated", "sign in as an instructor");
  if (!canEnterInstructorArea({ user })) throw new DomainError(403, "forbidden", "only instructors may see this");
  return user;
}
