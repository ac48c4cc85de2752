import "server-only";
import type { z } from "zod";
import { getEnv } from "./env";
import { DomainError } from "./errors";
import { countDatabaseError } from "./metrics";

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

export function jsonError(status: number, code: string, message: string, details?: Record<string, unknown>): Response {
  return Response.json({ error: { ...details, code, message } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** A JSON answer, never cached; `setCookie`: Set-Cookie headers to send with it (e.g. a new guest's). */
export function json(data: unknown, status = 200, setCookie: readonly string[] = []): Response {
  const headers = new Headers({ "Cache-Control": "no-store" });
  for (const cookie of setCookie) headers.append("Set-Cookie", cookie);
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

/** Deeper than any body the API accepts; stops pathological nesting before it reaches a schema. */
const MAX_JSON_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const invalidInput = (message: string) => new DomainError(400, "invalid_input", message);

/**
 * A string the databases store as sent: no NUL (PostgreSQL refuses it in text) and no lone UTF-16
 * surrogate (it has no UTF-8 form and would be silently replaced).
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

/** Checks a parsed JSON value before any schema sees it: depth, keys and every string. */
export function assertPlainJson(value: unknown): void {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current === "string") {
      if (!isStorableText(current)) throw invalidInput("a string holds a NUL character or invalid Unicode");
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) throw invalidInput(`the body is nested more than ${MAX_JSON_DEPTH} levels deep`);
    for (const [key, child] of Object.entries(current)) {
      if (FORBIDDEN_KEYS.has(key)) throw invalidInput(`the key '${key}' is not allowed`);
      if (!isStorableText(key)) throw invalidInput("a key holds a NUL character or invalid Unicode");
      stack.push({ value: child, depth: depth + 1 });
    }
  }
}

const tooLarge = (limit = MAX_BODY_BYTES) => new DomainError(413, "payload_too_large", `the body may be at most ${limit} bytes`);

const isJsonType = (request: Request) => /^application\/json\s*(;|$)/i.test(request.headers.get("content-type") ?? "");

/**
 * The raw body of a JSON request, read at most MAX_BODY_BYTES, then decoded (strict UTF-8), parsed
 * and checked (assertPlainJson). An empty body is `{ text: "", data: undefined }` whatever its content
 * type (better-auth takes body-less POSTs such as sign-out); any other body must be application/json.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<{ text: string; data: unknown }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!(declared <= limit)) throw tooLarge(limit);
  const bytes = await readLimited(request, limit);
  if (!bytes.byteLength) return { text: "", data: undefined };
  if (!isJsonType(request)) throw unsupportedType();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError(400, "invalid_utf8", "the body is not valid UTF-8");
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DomainError(400, "invalid_json", "the body is not valid JSON");
  }
  assertPlainJson(data);
  return { text, data };
}

const unsupportedType = () => new DomainError(415, "unsupported_media_type", "send the body as application/json");

/** Reads a small JSON body (`limit`: a larger one, e.g. a lesson's text) and validates it; every failure is a clear 4xx. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T, limit = MAX_BODY_BYTES): Promise<z.infer<T>> {
  if (!isJsonType(request)) throw unsupportedType();
  const { text, data } = await readJsonBody(request, limit);
  if (!text) throw new DomainError(400, "invalid_json", "the body is empty: send a JSON object");
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    throw new DomainError(400, "validation_failed", message.slice(0, 500));
  }
  return parsed.data;
}

/**
 * Reads a request's query string (`?locale=zh`) into an object and validates it like a body: each
 * parameter at most once, no NUL or invalid Unicode, no prototype keys, nothing the schema does not name.
 */
export function readQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const params = new URL(request.url).searchParams;
  const data: Record<string, string> = {};
  for (const [key, value] of params) {
    if (FORBIDDEN_KEYS.has(key)) throw invalidInput(`the parameter '${key}' is not allowed`);
    if (!isStorableText(key) || !isStorableText(value)) throw invalidInput("a query parameter holds a NUL character or invalid Unicode");
    if (Object.hasOwn(data, key)) throw new DomainError(400, "validation_failed", `${key}: give this parameter once`);
    data[key] = value;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; ");
    throw new DomainError(400, "validation_failed", message.slice(0, 500));
  }
  return parsed.data;
}

async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An attempt id from the path: only ever a UUID, so anything else is a 400 before a query runs. */
export async function readAttemptId(params: Promise<Record<string, string | string[] | undefined>>): Promise<string> {
  const { id } = await params;
  if (typeof id !== "string" || !UUID.test(id)) throw new DomainError(400, "invalid_id", "the attempt id in the path is not valid");
  return id;
}

/** Runs a route handler body; domain errors become their JSON error, anything else a logged 500. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) return jsonError(error.status, error.code, error.message, error.details);
    countDatabaseError(error);
    console.error(error);
    return jsonError(500, "internal", "something went wrong on the server");
  }
}
