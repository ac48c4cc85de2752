import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "../db";
import { createGuestLearner, readGuestLearnerId } from "./guest";
import { getAuth, SESSION_COOKIE_PREFIX } from "./server";

/**
 * Who is asking: the signed-in account (if any) and the learner whose records to use.
 * A signed-in user's learner is the one linked to their account; otherwise the guest cookie's.
 * Takes plain Headers, so route handlers (request.headers) and server components
 * (`await headers()` from next/headers) resolve identity the same way.
 */
export type Role = "learner" | "instructor";
export type SessionUser = { id: string; email: string; name: string; role: Role; emailVerified: boolean };
export type Viewer = { learnerId: string | null; user: SessionUser | null };

export function toRole(value: unknown): Role {
  return value === "instructor" ? "instructor" : "learner";
}

/** The signed-in user, or null. Skips the database when no session cookie is present. */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  return (await readSession(headers, false)).user;
}

/**
 * The same, letting better-auth extend a session that is in use (once a day): the returned
 * Set-Cookie headers must reach the browser. Used by the header's account check on every page view.
 */
export function refreshSession(headers: Headers): Promise<{ user: SessionUser | null; setCookies: string[] }> {
  return readSession(headers, true);
}

async function readSession(headers: Headers, refresh: boolean): Promise<{ user: SessionUser | null; setCookies: string[] }> {
  if (!(headers.get("cookie") ?? "").includes(`${SESSION_COOKIE_PREFIX}.session_token`)) return { user: null, setCookies: [] };
  const auth = await getAuth();
  const { response: session, headers: out } = await auth.api.getSession({ headers, query: { disableRefresh: !refresh }, returnHeaders: true });
  const setCookies = out?.getSetCookie() ?? [];
  if (!session) return { user: null, setCookies };
  const { id, email, name, emailVerified } = session.user;
  return { user: { id, email, name, emailVerified, role: toRole((session.user as { role?: unknown }).role) }, setCookies };
}

/** `lenient` (pages): a malformed guest cookie means no guest instead of a 400. */
export async function getViewer(headers: Headers, lenient = false): Promise<Viewer> {
  const user = await getSessionUser(headers);
  if (user) {
    const learner = await getDb().learner.findUnique({ where: { userId: user.id }, select: { id: true } });
    return { learnerId: learner?.id ?? null, user };
  }
  // No database read here (this runs on every answer): a guest who joined an account was merged
  // and deleted (lib/account/merge.ts), so an old cookie names no records.
  return { learnerId: await readGuestLearnerId(headers, lenient), user: null };
}

/** The learner behind this request, or null for a visitor who has not interacted yet. */
export async function readLearnerId(request: Request): Promise<string | null> {
  return (await getViewer(request.headers)).learnerId;
}

/**
 * The learner this viewer already has, or null: a signed-in user's linked learner, or the guest
 * named by the cookie if that guest still exists (one who joined an account was merged and deleted).
 * Reads only, so a handler can run it alongside its other reads before validating in full.
 */
export async function findLearner(viewer: Viewer): Promise<string | null> {
  if (viewer.user || !viewer.learnerId) return viewer.learnerId;
  const guest = await getDb().learner.findFirst({ where: { id: viewer.learnerId, userId: null }, select: { id: true } });
  return guest ? viewer.learnerId : null;
}

/**
 * The learner behind this request, created on the first interaction. When a new guest is made,
 * `setCookie` holds the Set-Cookie headers the response must carry. Call it only once the request has
 * been validated in full, so a rejected request never leaves a learner row behind. `known`: the
 * viewer when the handler has already read it; `existing`: what findLearner answered for it.
 */
export async function requireLearner(request: Request, known?: Viewer, existing?: string | null): Promise<{ id: string; setCookie?: string[] }> {
  const viewer = known ?? (await getViewer(request.headers));
  const found = existing === undefined ? await findLearner(viewer) : existing;
  if (found) return { id: found };
  if (!viewer.user) return createGuestLearner(request);
  const db = getDb();
  const id = randomUUID();
  // upsert-like: a parallel first request may have made it already
  await db.learner.createMany({ data: [{ id, userId: viewer.user.id, createdAt: new Date() }] }).catch(() => undefined);
  const learner = await db.learner.findUniqueOrThrow({ where: { userId: viewer.user.id }, select: { id: true } });
  return { id: learner.id };
}
