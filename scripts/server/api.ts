/**
 * The production server's API dispatch: every request under /api/ gets a JSON answer in the one
 * error shape — 404 for an unknown path, 405 (with Allow) for a wrong method, 400 for a path or
 * header that cannot be read, 413 for an oversize body (after reading it, so the client always
 * receives the answer) — and never a dropped connection.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import { LAB_BODY_LIMIT } from "../../lib/labs/inputs";
import { countDatabaseError } from "../../lib/metrics";
import type { ApiRoute, RouteParams } from "./routes";
import { accepts } from "./static";

/**
 * The largest body any handler takes (a lab check: 256 KiB, for a 64 KiB manifest whose JSON escaping
 * can more than double it; the others allow 16 KiB and refuse more themselves): a cheap first cut at the socket.
 */
export const MAX_API_BODY = LAB_BODY_LIMIT;
/** An oversize body is read to its end (so the 413 reaches the client) up to this; past it, the socket closes. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export type ApiServerOptions = {
  routes: ApiRoute[];
  headers: Record<string, string>;
  trustProxy: boolean;
  log?: (error: unknown) => void;
};

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}) {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

const error = (code: string, message: string) => ({ error: { code, message } });

type Body = { ok: true; bytes: Buffer } | { ok: false };

function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_API_BODY) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) req.destroy();
    });
    req.on("end", () => resolve(size > MAX_API_BODY ? { ok: false } : { ok: true, bytes: Buffer.concat(chunks) }));
    req.on("error", () => resolve({ ok: false }));
    req.on("close", () => resolve({ ok: false }));
  });
}

/**
 * Answers at least this large are compressed for clients that accept it: an exam start's 65
 * questions are 57 KB of JSON, 15 KB gzipped, which on a phone's slow link is a few hundred
 * milliseconds. Small answers (an answer's acknowledgement) are not worth the CPU. Compression runs
 * on libuv's thread pool, off the event loop.
 *
 * Response sizes cannot reveal an answer key: no answer sent before submission holds one
 * (tests/integration/exam-integrity.test.ts). Sign-in and account routes under /api/auth/ are left
 * uncompressed all the same, since they carry tokens beside what the client sent (BREACH).
 */
export const COMPRESS_MIN_BYTES = 1024;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function encode(req: IncomingMessage, path: string, bytes: Buffer): Promise<{ body: Buffer; coding?: "br" | "gzip"; varies: boolean }> {
  if (bytes.length < COMPRESS_MIN_BYTES || path.startsWith("/api/auth/")) return { body: bytes, varies: false };
  const accept = req.headers["accept-encoding"];
  // Brotli at quality 4 (11, the default, is for build time): an exam start's 57 KB in 0.8 ms to
  // 15.6 KB, where gzip at level 6 takes 1.3 ms for 15.2 KB.
  if (accepts(accept, "br")) return { body: await brotli(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } }), coding: "br", varies: true };
  if (accepts(accept, "gzip")) return { body: await gzipAsync(bytes, { level: 6 }), coding: "gzip", varies: true };
  return { body: bytes, varies: true };
}

/** The address rate limits count against: the socket's, or (TRUST_PROXY=1) X-Forwarded-For's first entry. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first.slice(0, 64);
  }
  return req.socket.remoteAddress ?? "unknown";
}

export function createApiHandler({ routes, headers: securityHeaders, trustProxy, log = console.error }: ApiServerOptions) {
  return async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [key, value] of Object.entries(securityHeaders)) res.setHeader(key, value);
    try {
      const path = (req.url ?? "/").split("?")[0]!;
      let match: RegExpExecArray | null = null;
      const route = routes.find((r) => (match = r.path.exec(path)) !== null);
      if (!route || !match) {
        req.resume();
        return send(res, 404, error("not_found", `there is no API endpoint ${path.slice(0, 100)}`));
      }
      const handler = route.methods[req.method ?? ""];
      if (!handler) {
        req.resume();
        const allow = Object.keys(route.methods).join(", ");
        return send(res, 405, error("method_not_allowed", `use ${allow} on this endpoint`), { allow });
      }
      const params: RouteParams = {};
      try {
        route.params.forEach((name, i) => {
          const raw = (match as RegExpExecArray)[i + 1]!;
          if (name.startsWith("...")) params[name.slice(3)] = raw.split("/").map(decodeURIComponent);
          else params[name] = decodeURIComponent(raw);
        });
      } catch {
        req.resume();
        return send(res, 400, error("invalid_path", "the path holds a malformed percent-encoding"));
      }
      const host = req.headers.host ?? "localhost";
      if (!HOST.test(host)) {
        req.resume();
        return send(res, 400, error("invalid_host", "the Host header is not a valid host name"));
      }
      const declared = Number(req.headers["content-length"] ?? "0");
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const body: Body = hasBody ? (declared > DRAIN_LIMIT ? (req.resume(), { ok: false }) : await readBody(req)) : { ok: true, bytes: Buffer.alloc(0) };
      if (!body.ok) {
        return send(res, 413, error("payload_too_large", `the body may be at most ${MAX_API_BODY} bytes`), declared > DRAIN_LIMIT ? { connection: "close" } : {});
      }
      const requestHeaders = new Headers();
      for (const [key, value] of Object.entries(req.headers)) {
        if (typeof value === "string") requestHeaders.set(key, value);
        else if (Array.isArray(value)) for (const v of value) requestHeaders.append(key, v);
      }
      requestHeaders.set("x-client-ip", clientAddress(req, trustProxy));
      const request = new Request(new URL(req.url ?? "/", `http://${host}`), {
        method: req.method,
        headers: requestHeaders,
        body: body.bytes.length ? new Uint8Array(body.bytes) : undefined,
      });
      const response = await handler(request, { params: Promise.resolve(params) });
      const out: Record<string, string | string[]> = {};
      response.headers.forEach((value, key) => {
        out[key] = key === "set-cookie" ? response.headers.getSetCookie() : value;
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      const encoded = out["content-encoding"] ? { body: bytes, varies: false } : await encode(req, path, bytes);
      if (encoded.coding) out["content-encoding"] = encoded.coding;
      if (encoded.varies) out.vary = typeof out.vary === "string" ? `${out.vary}, Accept-Encoding` : "Accept-Encoding";
      out["content-length"] = String(encoded.body.length);
      res.writeHead(response.status, out);
      res.end(encoded.body);
    } catch (failure) {
      countDatabaseError(failure);
      log(failure);
      send(res, 500, error("internal", "something went wrong on the server"));
    }
  };
}
