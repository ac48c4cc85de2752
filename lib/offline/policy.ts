/**
 * What the service worker (app/sw.js/route.ts) may keep for offline reading. Pure functions with no
 * outside references: the worker's script embeds their source text, so the rule the tests check is
 * the very rule the browser runs.
 *
 * - "never": the JSON API. The worker does not even look at these: straight to the network, never stored.
 * - "static": build assets (content-hashed, immutable), icons and the manifest: cache first.
 * - "page": public course pages (home with the outline, module pages, lessons, glossary, the offline
 *   page): network first, kept when the server marks the response as shareable, read from the cache offline.
 * - "network": everything else, including every personal page (dashboard, account, review, quiz,
 *   practice, instructor, sign-in, certificate, verify…): network only, never stored; offline, a
 *   navigation to one shows the offline page.
 */
export type OfflineKind = "never" | "static" | "page" | "network";

export function classifyPath(pathname: string): OfflineKind {
  if (pathname === "/api" || pathname.startsWith("/api/")) return "never";
  if (pathname.startsWith("/_next/static/") || pathname.startsWith("/icons/") || pathname === "/manifest.webmanifest" || pathname === "/icon.svg") return "static";
  if (/^\/(en|zh)(\/(glossary|offline|learn\/[a-z0-9-]+(\/[a-z0-9-]+)?))?\/?$/.test(pathname)) return "page";
  return "network";
}

/**
 * A page response may be stored only when it is a complete, same-origin 200 that the server allows
 * shared caches to keep: statically generated pages. A page rendered per visitor (no-store, private)
 * is never stored, even on an allowed path.
 */
export function isStorablePage(response: { status: number; type: string; redirected: boolean; cacheControl: string | null }): boolean {
  if (response.status !== 200 || response.type !== "basic" || response.redirected) return false;
  const cacheControl = (response.cacheControl ?? "").toLowerCase();
  return !/(^|[\s,])(no-store|private)([\s,=]|$)/.test(cacheControl);
}

/** The caches of one build; every other cache of this site is stale once that build's worker is active. */
export function cacheNames(buildId: string) {
  return { pages: `eks-course-${buildId}-pages`, assets: `eks-course-${buildId}-assets` };
}

export function isStaleCache(name: string, buildId: string): boolean {
  return name.startsWith("eks-course-") && name !== `eks-course-${buildId}-pages` && name !== `eks-course-${buildId}-assets`;
}
