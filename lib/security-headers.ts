/**
 * Headers every response carries (set by scripts/serve.ts in production, by next.config.ts under
 * `next dev`). The Content-Security-Policy allows only this origin:
 * - scripts: 'self' plus inline scripts. Next.js streams each statically generated page's React
 *   payload in inline <script> tags and the theme is set by a tiny inline script before first paint;
 *   a per-request nonce would make every lesson dynamic, and hashes change with every build and
 *   page. No 'unsafe-eval' (only `next dev`, whose React tooling evaluates code, gets it).
 * - styles: 'self' plus inline styles, which Mermaid writes into each SVG it draws.
 * - images: 'self' and data: URLs (icons and diagrams); fonts are self-hosted; fetches only to this origin.
 * - no plugins, no <base>, forms post only here, and no framing by anyone (with X-Frame-Options for
 *   older browsers).
 */
export type SecurityHeaderOptions = { secureSite: boolean; dev?: boolean };

export function contentSecurityPolicy({ secureSite, dev = false }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(secureSite ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.secureSite ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
