import "server-only";
import type { Viewer } from "../auth/identity";
import { canEnterInstructorArea } from "../auth/permissions";
import { DomainError } from "../errors";

/** The editor's APIs: a guest is asked to sign in (401), anyone but an instructor is refused (403). The rule itself is lib/auth/permissions.ts. */
export function assertCanEditContent(viewer: Viewer): void {
  if (!viewer.user) throw new DomainError(401, "unauthenticated", "sign in as an instructor");
  if (!canEnterInstructorArea(viewer)) throw new DomainError(403, "forbidden", "only instructors may edit content");
}
