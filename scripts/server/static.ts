/**
 * What the production server answers without Next.js: the prerendered pages that never change
 * between builds (static lessons, modules, home, glossary…) and Next's hashed assets, each in the
 * encoding the client accepts, from copies compressed at build time (scripts/build/precompress.ts).
 *
 * Pages come from Next's own prerender manifest: only routes prerendered once for good (revalidate
 * false). Such a page reads no cookie and no header, so every visitor gets the same bytes; any page
 * that reads the session is not in that list and still goes to Next, as does every request with a
 * query string or one of the router's headers (client-side navigation and prefetch fetch RSC payloads,
 * which Next serves). Headers follow what Next sends for the same page (Cache-Control, Vary), plus a
 * strong ETag per encoding and 304 on a match.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { gunzipSync } from "node:zlib";

type Variant = { body: Buffer; etag: string };
/**
 * Without a gzip copy the uncompressed bytes are kept; with one they are not (every browser accepts
 * gzip or brotli, and holding all three copies of every page cost ≈ 10 MB resident): the rare client
 * that accepts neither gets them unzipped on the spot, with the ETag of the original bytes.
 */
type Identity = { etag: string; length: number; body: Buffer | null };
type Entry = { type: string; cacheControl: string; vary: string; identity: Identity; br?: Variant; gzip?: Variant };

/** Next's Vary for an App Router page: the router's headers select the RSC payload instead of HTML. */
const PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
/** Requests that must reach Next even on a prerendered path. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
const ASSET_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
/** Hashed assets held in memory at most (they are read from disk once, then kept): about a build's worth. */
const ASSET_CACHE_BYTES = 48 * 1024 * 1024;

const tag = (body: Buffer, suffix = "") => `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}${suffix}"`;

function readVariants(file: string): Pick<Entry, "identity" | "br" | "gzip"> {
  const body = readFileSync(file);
  const etag = tag(body);
  const copy = (ext: string, suffix: string): Variant | undefined =>
    existsSync(`${file}${ext}`) && statSync(`${file}${ext}`).mtimeMs >= statSync(file).mtimeMs ? { body: readFileSync(`${file}${ext}`), etag: etag.replace(/"$/, `-${suffix}"`) } : undefined;
  const gzip = copy(".gz", "gz");
  return { identity: { etag, length: body.length, body: gzip ? null : body }, br: copy(".br", "br"), gzip };
}

/** Whether the client accepts a coding (`br`, `gzip`), honouring an explicit q=0. */
export function accepts(header: string | undefined, coding: string): boolean {
  if (!header) return false;
  for (const part of header.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    if (name?.trim() !== coding) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

function send(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
  const encoding = req.headers["accept-encoding"];
  const [variant, coding] = entry.br && accepts(encoding, "br") ? [entry.br, "br"] : entry.gzip && accepts(encoding, "gzip") ? [entry.gzip, "gzip"] : [entry.identity, undefined];
  res.setHeader("Content-Type", entry.type);
  res.setHeader("Cache-Control", entry.cacheControl);
  res.setHeader("Vary", entry.vary);
  res.setHeader("ETag", variant.etag);
  const match = req.headers["if-none-match"];
  if (match && match.split(",").some((t) => t.trim().replace(/^W\//, "") === variant.etag)) {
    res.statusCode = 304;
    return void res.end();
  }
  if (coding) res.setHeader("Content-Encoding", coding);
  res.setHeader("Content-Length", "length" in variant ? variant.length : variant.body.length);
  res.statusCode = 200;
  if (req.method === "HEAD") return void res.end();
  res.end(variant.body ?? gunzipSync(entry.gzip!.body));
}

export type StaticSite = { pages: number; serve: (req: IncomingMessage, res: ServerResponse) => boolean };

/** `distDir` is Next's output folder (.next). */
export function loadStaticSite(distDir: string): StaticSite {
  const pages = new Map<string, Entry>();
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, { routeType?: string; initialRevalidateSeconds?: number | false; dataRoute?: string | null; initialStatus?: number }>;
  };
  for (const [route, info] of Object.entries(manifest.routes)) {
    if (info.routeType !== "page" || info.initialRevalidateSeconds !== false || (info.initialStatus ?? 200) !== 200 || route.startsWith("/_")) continue;
    const file = path.join(distDir, "server", "app", `${route}.html`);
    if (!existsSync(file)) continue;
    // What Next itself sends for a page prerendered for good: shared caches may keep it until the next deploy.
    pages.set(route, { type: "text/html; charset=utf-8", cacheControl: "s-maxage=31536000", vary: PAGE_VARY, ...readVariants(file) });
  }

  const staticDir = path.resolve(distDir, "static");
  const assets = new Map<string, Entry>();
  let assetBytes = 0;
  const asset = (urlPath: string): Entry | null => {
    const cached = assets.get(urlPath);
    if (cached) return cached;
    let relative: string;
    try {
      relative = decodeURIComponent(urlPath.slice("/_next/static/".length));
    } catch {
      return null;
    }
    const file = path.resolve(staticDir, relative);
    const type = ASSET_TYPES[path.extname(file)];
    if (!type || !file.startsWith(staticDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) return null;
    const entry: Entry = { type, cacheControl: "public, max-age=31536000, immutable", vary: "Accept-Encoding", ...readVariants(file) };
    const size = (entry.identity.body?.length ?? 0) + (entry.br?.body.length ?? 0) + (entry.gzip?.body.length ?? 0);
    if (assetBytes + size <= ASSET_CACHE_BYTES) {
      assets.set(urlPath, entry);
      assetBytes += size;
    }
    return entry;
  };

  return {
    pages: pages.size,
    serve(req, res) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      const url = req.url ?? "/";
      if (url.includes("?")) return false;
      if (url.startsWith("/_next/static/")) {
        const entry = asset(url);
        if (!entry) return false;
        send(req, res, entry);
        return true;
      }
      const entry = pages.get(url);
      if (!entry || ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
      send(req, res, entry);
      return true;
    },
  };
}
