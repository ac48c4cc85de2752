import { canEnterInstructorArea } from "../auth/permissions";
import type { SessionUser } from "../auth/identity";

/** Only the instructor who created a class may see or change it. */
export function canManageClass(user: Pick<SessionUser, "id" | "role">, owned: { ownerId: string }): boolean {
  return canEnterInstructorArea({ user: user as SessionUser }) && owned.ownerId === user.id;
}

/** Anyone signed in may join a class, except its own instructor. */
export function canJoinClass(user: Pick<SessionUser, "id">, target: { ownerId: string }): boolean {
  return target.ownerId !== user.id;
}
