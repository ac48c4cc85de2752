import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LAB_BODY_LIMIT } from "@/lib/labs/inputs";
import { MANIFEST_LIMITS } from "@/lib/labs/manifest";
import { createApiHandler, MAX_API_BODY } from "../../scripts/server/api";

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
