/**
 * A hint, readable by the pre-paint script, that this browser is signed in, so the header shows the
 * account link on first paint instead of flashing "Sign in". It holds only the role (never a token
 * or a name); the server never trusts it, and the header corrects it once /api/account/me answers.
 */
export const SESSION_HINT_COOKIE = "session-hint";
export type SessionHint = "learner" | "instructor";

export function writeSessionHint(role: SessionHint | null) {
  const secure = location.protocol === "https:" ? "; secure" : "";
  document.cookie = role
    ? `${SESSION_HINT_COOKIE}=${role}; path=/; max-age=2592000; samesite=lax${secure}`
    : `${SESSION_HINT_COOKIE}=; path=/; max-age=0; samesite=lax${secure}`;
}

export function readSessionHint(): SessionHint | null {
  const value = new RegExp(`(?:^|;\\s*)${SESSION_HINT_COOKIE}=(learner|instructor)`).exec(document.cookie)?.[1];
  return value === "learner" || value === "instructor" ? value : null;
}
