import "server-only";
import { getSessionUser, getViewer, type SessionUser } from "../auth/identity";
import { canEnterInstructorArea } from "../auth/permissions";
import { DomainError } from "../errors";
import type { Locale } from "../i18n/locales";

/**
 * The one gate of the instructor area. Every instructor page calls requireInstructorPage and every
 * instructor API requireInstructorApi; neither repeats the rule (lib/auth/permissions.ts holds it).
 * Pages: a guest is sent to sign in, a learner gets a 404 (the area is not advertised).
 * APIs: 401 without a session, 403 for a learner.
 */
export async function requireInstructorPage(locale: Locale, path: string): Promise<SessionUser> {
  // Loaded here, not at the top: the API routes import this file too, and in production they run
  // outside Next (scripts/serve.ts), where "next/headers" does not resolve as an ES module.
  const [{ headers }, { notFound, redirect }] = await Promise.all([import("next/headers"), import("next/navigation")]);
  const viewer = await getViewer(await headers(), true);
  if (!viewer.user) return redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}${path}`)}`);
  if (!canEnterInstructorArea(viewer)) return notFound();
  return viewer.user;
}

export async function requireInstructorApi(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request.headers);
  if (!user) throw new DomainError(401, "unauthenticated", "sign in as an instructor");
  if (!canEnterInstructorArea({ user })) throw new DomainError(403, "forbidden", "only instructors may see this");
  return user;
}
