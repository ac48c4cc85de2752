import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getViewer, type SessionUser } from "../auth/identity";
import { canEnterInstructorArea } from "../auth/permissions";
import type { Locale } from "../i18n/locales";

/**
 * The gate of every instructor page: a guest is sent to sign in, a learner gets a 404 (the area is
 * not advertised). APIs use requireInstructorApi (lib/instructor/access.ts).
 */
export async function requireInstructorPage(locale: Locale, path: string): Promise<SessionUser> {
  const viewer = await getViewer(await headers(), true);
  if (!viewer.user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}${path}`)}`);
  if (!canEnterInstructorArea(viewer)) notFound();
  return viewer.user;
}
