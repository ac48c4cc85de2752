/**
 * Where to send someone after signing in: only a path on this site. The target is parsed with the
 * URL parser (as the browser will) against a stand-in origin and must keep that origin; anything
 * holding a control character or a backslash is refused outright, because browsers strip tabs and
 * newlines and read `\` as `/` (so `/%09/evil.example` or `/\evil.example` would leave the site).
 */
const BASE = "https://same-origin.invalid";

export function safeRedirect(target: string | null | undefined, fallback: string): string {
  if (!target || !target.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}
