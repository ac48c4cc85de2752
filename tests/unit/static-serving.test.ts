import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompress } from "@/scripts/build/precompress";
import { accepts, loadStaticSite } from "@/scripts/server/static";

const page = "<!DOCTYPE html><html><body>" + "A lesson. ".repeat(300) + "</body></html>";
const script = "console.log('chunk');".repeat(200);

function buildDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "static-site-"));
  const files: Record<string, string> = {
    "server/app/en/learn/m/l.html": page,
    "server/app/en/dashboard.html": "<html>personal</html>",
    "server/app/en/isr.html": page,
    "static/chunks/a1b2.js": script,
    "package.json": "{}",
    "prerender-manifest.json": JSON.stringify({
      routes: {
        "/en/learn/m/l": { routeType: "page", initialRevalidateSeconds: false, dataRoute: "/en/learn/m/l.rsc" },
        "/en/isr": { routeType: "page", initialRevalidateSeconds: 60, dataRoute: "/en/isr.rsc" },
        "/icon.png": { routeType: "route", initialRevalidateSeconds: false, dataRoute: null },
      },
    }),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  precompress([{ dir: path.join(dir, "static") }, { dir: path.join(dir, "server", "app"), only: /\.html$/ }]);
  return dir;
}

describe("serving prerendered pages and hashed assets without Next (scripts/server/static.ts)", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    const site = loadStaticSite(buildDir());
    server = createServer((req, res) => {
      res.setHeader("X-Frame-Options", "DENY"); // as scripts/serve.ts sets the security headers first
      if (!site.serve(req, res)) {
        res.statusCode = 418; // "Next would answer this"
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (url: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      // node:http, not fetch: fetch would decode the body and hide Content-Encoding's effect.
      import("node:http").then(({ get: httpGet }) =>
        httpGet(base + url, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        }).on("error", reject),
      );
    });

  it("parses Accept-Encoding, q=0 included", () => {
    expect(accepts("gzip, deflate, br", "br")).toBe(true);
    expect(accepts("gzip;q=1.0, br;q=0", "br")).toBe(false);
    expect(accepts("gzip", "br")).toBe(false);
    expect(accepts(undefined, "gzip")).toBe(false);
  });

  it("answers a page prerendered for good in the best accepted encoding, with Next's caching headers and a 304 on a match", async () => {
    const br = await get("/en/learn/m/l", { "accept-encoding": "gzip, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    expect(br.headers["cache-control"]).toBe("s-maxage=31536000");
    expect(br.headers.vary).toContain("rsc");
    expect(br.headers["x-frame-options"]).toBe("DENY");
    const gz = await get("/en/learn/m/l", { "accept-encoding": "gzip" });
    expect(gunzipSync(gz.body).toString()).toBe(page);
    expect(gz.headers.etag).not.toBe(br.headers.etag);
    const plain = await get("/en/learn/m/l");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    const again = await get("/en/learn/m/l", { "accept-encoding": "br", "if-none-match": String(br.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("leaves to Next whatever is not a page prerendered for good, or asks for the RSC payload, or has a query", async () => {
    expect((await get("/en/dashboard")).status).toBe(418);
    expect((await get("/en/isr")).status).toBe(418);
    expect((await get("/icon.png")).status).toBe(418);
    expect((await get("/en/learn/m/l", { rsc: "1" })).status).toBe(418);
    expect((await get("/en/learn/m/l", { "next-router-prefetch": "1" })).status).toBe(418);
    expect((await get("/en/learn/m/l?_rsc=abc")).status).toBe(418);
  });

  it("serves hashed assets as immutable and never a file outside the assets folder", async () => {
    const js = await get("/_next/static/chunks/a1b2.js", { "accept-encoding": "gzip" });
    expect(js.status).toBe(200);
    expect(js.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(js.headers["content-type"]).toContain("javascript");
    expect(gunzipSync(js.body).toString()).toBe(script);
    // Only the compressed copies are held: a client accepting neither gets the bytes unzipped, with
    // the original's ETag, a Content-Length that matches, and a 304 for that ETag.
    const plain = await get("/_next/static/chunks/a1b2.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(script));
    expect(plain.headers.etag).not.toBe(js.headers.etag);
    expect((await get("/_next/static/chunks/a1b2.js", { "if-none-match": String(plain.headers.etag) })).status).toBe(304);
    const head = await new Promise<{ status: number; length: string | undefined; body: number }>((resolve, reject) =>
      import("node:http").then(({ request }) =>
        request(base + "/_next/static/chunks/a1b2.js", { method: "HEAD" }, (res) => {
          let body = 0;
          res.on("data", (c: Buffer) => (body += c.length));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, length: res.headers["content-length"], body }));
        })
          .on("error", reject)
          .end(),
      ),
    );
    expect(head).toEqual({ status: 200, length: String(Buffer.byteLength(script)), body: 0 });
    expect((await get("/_next/static/..%2fpackage.json")).status).toBe(418);
    expect((await get("/_next/static/chunks/..%2f..%2fpackage.json")).status).toBe(418);
    expect((await get("/_next/static/chunks/missing.js")).status).toBe(418);
  });
});
