import "server-only";
import type { z } from "zod";
import { getEnv } from "./env";
import { DomainError } from "./errors";

export const MAX_BODY_BYTES = 16 * 1024;

/**
 * The time a request acts at. Normally the clock; with ENABLE_TEST_CLOCK=1 (tests only, off by
 * default) an `x-test-now` header can move it, so spaced-repetition schedules can be tested in a browser.
 */
export function requestNow(request: Request): Date {
  if (getEnv().ENABLE_TEST_CLOCK === "1") {
    const header = request.headers.get("x-test-now");
    const when = header ? new Date(header) : null;
    if (when && !Number.isNaN(when.getTime())) return when;
  }
  return new Date();
}

export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });
}

export function json(data: unknown, status = 200, setCookie?: string): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (setCookie) headers["Set-Cookie"] = setCookie;
  return Response.json(data, { status, headers });
}

/**
 * Browsers send Origin on cross-site POSTs; refuse those (the SameSite=Lax cookie is the first
 * line, this the second). Non-browser clients send no Origin and are let through.
 */
export function assertSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new DomainError(403, "cross_origin", "the request's Origin is not valid");
  }
  if (originHost !== host) throw new DomainError(403, "cross_origin", "requests from other sites are refused");
}

/** Reads a small JSON body and validates it; every failure is a clear 4xx. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new DomainError(415, "unsupported_media_type", "send the body as application/json");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new DomainError(413, "payload_too_large", `the body may be at most ${MAX_BODY_BYTES} bytes`);
  // With a declared length the body is known to be small; without one, read it counting bytes.
  const text = request.headers.has("content-length") ? await request.text() : await readLimited(request, MAX_BODY_BYTES);
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new DomainError(413, "payload_too_large", `the body may be at most ${MAX_BODY_BYTES} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DomainError(400, "invalid_json", "the body is not valid JSON");
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    throw new DomainError(400, "validation_failed", message);
  }
  return parsed.data;
}

async function readLimited(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new DomainError(413, "payload_too_large", `the body may be at most ${limit} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Runs a route handler body; domain errors become their JSON error, anything else a logged 500. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) return jsonError(error.status, error.code, error.message);
    console.error(error);
    return jsonError(500, "internal", "something went wrong on the server");
  }
}
