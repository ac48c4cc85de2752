import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LAB_BODY_LIMIT } from "@/lib/labs/inputs";
import { MANIFEST_LIMITS } from "@/lib/labs/manifest";
import { COMPRESS_MIN_BYTES, createApiHandler, MAX_API_BODY } from "../../scripts/server/api";

/** The production dispatch's body cut must never refuse a body a handler would take. */
describe("API dispatch body limit", () => {
  let server: Server;
  let url = "";
  beforeAll(async () => {
    const echo = async (request: Request) => Response.json({ bytes: (await request.arrayBuffer()).byteLength });
    const handler = createApiHandler({ routes: [{ path: /^\/api\/echo$/, pattern: "/api/echo", params: [], methods: { POST: echo } }], headers: {}, trustProxy: false, log: () => {} });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/echo`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("passes a lab check whose manifest is within its limit but whose JSON body is far larger", async () => {
    expect(MAX_API_BODY).toBeGreaterThanOrEqual(LAB_BODY_LIMIT);
    // Quotes and newlines double in JSON: a manifest at its byte limit made of them.
    const manifest = '"\n'.repeat(MANIFEST_LIMITS.maxBytes / 2);
    const body = JSON.stringify({ labId: "x", manifest, locale: "en" });
    expect(Buffer.byteLength(body)).toBeGreaterThan(2 * MANIFEST_LIMITS.maxBytes);
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ bytes: Buffer.byteLength(body) });
  });

  it("still answers 413 in the one error shape past the largest body any handler takes", async () => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(MAX_API_BODY + 1) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });
});

/** Large JSON answers are compressed for clients that accept it; small ones, and sign-in's, never. */
describe("API dispatch compression", () => {
  let server: Server;
  let port = 0;
  const big = { questions: Array.from({ length: 200 }, (_, i) => ({ id: `q-${i}`, stem: "Which AWS service balances traffic across Pods?" })) };
  beforeAll(async () => {
    const json = (data: unknown) => async () => Response.json(data);
    const handler = createApiHandler({
      routes: [
        { path: /^\/api\/big$/, pattern: "/api/big", params: [], methods: { GET: json(big) } },
        { path: /^\/api\/small$/, pattern: "/api/small", params: [], methods: { GET: json({ ok: true }) } },
        { path: /^\/api\/auth\/big$/, pattern: "/api/auth/big", params: [], methods: { GET: json(big) } },
      ],
      headers: {},
      trustProxy: false,
      log: () => {},
    });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /** The raw bytes and headers, as a client that decodes nothing sees them. */
  const get = (path: string, acceptEncoding?: string) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const request = httpRequest({ host: "127.0.0.1", port, path, headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      });
      request.on("error", reject);
      request.end();
    });

  it("sends brotli when accepted, gzip when only that is, and the same JSON either way", async () => {
    const plain = JSON.stringify(big);
    expect(Buffer.byteLength(plain)).toBeGreaterThan(COMPRESS_MIN_BYTES);
    const br = await get("/api/big", "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toContain("Accept-Encoding");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(plain) / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(plain);
    const gz = await get("/api/big", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(plain);
  });

  it("sends identity without Accept-Encoding, with br;q=0, for small answers and for /api/auth/", async () => {
    const plain = JSON.stringify(big);
    for (const [path, accept] of [["/api/big", undefined], ["/api/big", "br;q=0, gzip;q=0"], ["/api/auth/big", "br, gzip"]] as const) {
      const response = await get(path, accept);
      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(response.body.toString()).toBe(plain);
    }
    const small = await get("/api/small", "br, gzip");
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.headers.vary).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ ok: true });
  });
});
