import type { Viewer } from "./identity";

/** Who may enter which area. One place, so pages and handlers never repeat the rule inline. */
export function canEnterInstructorArea(viewer: Pick<Viewer, "user">): boolean {
  return viewer.user?.role === "instructor";
}
