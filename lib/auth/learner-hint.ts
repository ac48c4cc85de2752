/**
 * A cookie that scripts can read and that says one thing: this browser has a learner (a guest
 * cookie or a session), so its personal reads (progress, review count, bookmarks, lab state) are
 * worth asking for. A first-time visitor has none, so those islands skip four or five requests per
 * page. It names no one and grants nothing: the server never trusts it, sets it with the guest cookie,
 * and corrects it in either direction on every GET /api/account/me (which is also how browsers that
 * held a guest cookie before the hint existed get one).
 */
export const LEARNER_HINT_COOKIE = "learner-hint";
/** Seconds the guest cookie lives (lib/auth/guest.ts), and so the hint beside it. */
export const GUEST_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
const HINT = new RegExp(`(?:^|;\\s*)${LEARNER_HINT_COOKIE}=1(?:;|$)`);

/** The Set-Cookie header that sets (`present`) or clears the hint. */
export function learnerHintCookie(present: boolean, secure: boolean): string {
  const attributes = `Path=/; SameSite=Lax${secure ? "; Secure" : ""}`;
  return present ? `${LEARNER_HINT_COOKIE}=1; Max-Age=${GUEST_COOKIE_MAX_AGE}; ${attributes}` : `${LEARNER_HINT_COOKIE}=; Max-Age=0; ${attributes}`;
}

/** Whether a Cookie header (or `document.cookie`) carries the hint. */
export function hasLearnerHint(cookies: string): boolean {
  return HINT.test(cookies);
}
