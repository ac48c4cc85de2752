import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { getDb } from "../db";
import { isSecureSite } from "../env";
import { DomainError } from "../errors";
import { GUEST_COOKIE_MAX_AGE, learnerHintCookie } from "./learner-hint";
import { getCookieSecret } from "./secret";

/**
 * Guest learners: an id in a signed, HttpOnly cookie. Accounts (later) take over a guest's records
 * (lib/account/merge.ts), so everything done as a guest is keyed by this id.
 * Works on the Request itself (not next/headers), so handlers stay plain functions that tests can call.
 */
export const LEARNER_COOKIE = "eks_learner";

export function signLearnerId(id: string, secret: string): string {
  return `${id}.${createHmac("sha256", secret).update(id).digest("base64url")}`;
}

export function verifyLearnerCookie(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const id = value.slice(0, dot);
  const expected = Buffer.from(signLearnerId(id, secret));
  const actual = Buffer.from(value);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null;
}

/** What this app ever writes into the cookie: a UUID, a dot, an HMAC-SHA256 in base64url. */
const COOKIE_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{43}$/;

const malformed = () => new DomainError(400, "invalid_cookie", `the ${LEARNER_COOKIE} cookie is malformed: delete it and try again`);

function readCookie(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      throw malformed();
    }
  }
  return undefined;
}

/**
 * The guest learner named by the signed cookie, or null (no cookie, or one signed with another
 * secret). A cookie this app could never have written is a 400 (`invalid_cookie`) for the API;
 * pages pass `lenient` and treat it as no guest.
 */
export async function readGuestLearnerId(headers: Headers, lenient = false): Promise<string | null> {
  let value: string | undefined;
  try {
    value = readCookie(headers, LEARNER_COOKIE);
    if (value !== undefined && !COOKIE_SHAPE.test(value)) throw malformed();
  } catch (error) {
    if (lenient && error instanceof DomainError) return null;
    throw error;
  }
  if (!value) return null;
  return verifyLearnerCookie(value, await getCookieSecret(getDb()));
}

/** Secure whenever the site is public over HTTPS (SITE_URL) or the request came over HTTPS, as every cookie of the app is. */
export function cookiesAreSecure(request: Request): boolean {
  return isSecureSite() || new URL(request.url).protocol === "https:";
}

/** A new guest learner not yet written: its id, when it joined, and the Set-Cookie headers that will name it. */
export type NewGuest = { id: string; createdAt: Date; setCookie: string[] };

/**
 * Names a new guest learner without writing it, for a caller that writes the learner's row together
 * with its first record (lib/quiz/attempt-store.ts). The Set-Cookie headers name it from now on
 * (HttpOnly) and tell the page's scripts that a learner exists (lib/auth/learner-hint.ts).
 */
export async function newGuestLearner(request: Request): Promise<NewGuest> {
  const id = randomUUID();
  const secure = cookiesAreSecure(request);
  const value = signLearnerId(id, await getCookieSecret(getDb()));
  const setCookie = [`${LEARNER_COOKIE}=${value}; Path=/; Max-Age=${GUEST_COOKIE_MAX_AGE}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`, learnerHintCookie(true, secure)];
  return { id, createdAt: new Date(), setCookie };
}

/** Makes a new guest learner and writes its row; the returned Set-Cookie headers name it from now on. */
export async function createGuestLearner(request: Request): Promise<{ id: string; setCookie: string[] }> {
  const guest = await newGuestLearner(request);
  await getDb().learner.create({ data: { id: guest.id, createdAt: guest.createdAt } });
  return { id: guest.id, setCookie: guest.setCookie };
}
