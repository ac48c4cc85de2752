import "server-only";
import { getDb } from "../db";
import { DomainError } from "../errors";
import { isStorableText, jsonError, readJsonBody, requestNow } from "../http";
import { countRateLimited, countSignIn } from "../metrics";
import { readGuestLearnerId } from "./guest";
import { AUTH_BASE_PATH, getAuth } from "./server";
import { clearSignInFailures, recordSignInFailure, signInLockRemaining } from "./throttle";

/**
 * The door to better-auth's endpoints (/api/auth/*). Around the library it adds what the rest of the
 * API promises: bodies checked like every other body (size, UTF-8, NUL, nesting) before the library
 * or a database sees them; the per-account sign-in throttle; and every error — the library's own
 * rate-limit response included — in the one `{ error: { code, message } }` shape.
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname.slice(AUTH_BASE_PATH.length);
  assertReadableUrl(url);
  const body = request.method === "POST" ? await readJsonBody(request) : undefined;
  assertKnownFields(path, body?.data);
  // A guest cookie this app never wrote is a 400 here, like on every other endpoint: read after the
  // library has acted (adopting the guest into a new session), it would fail once the account exists.
  await readGuestLearnerId(request.headers);
  const forwarded = new Request(request.url, { method: request.method, headers: request.headers, body: body?.text || undefined });
  const email = path === "/sign-in/email" ? readEmail(body?.data) : null;
  const db = getDb();
  const now = requestNow(request);
  if (email) {
    const wait = await signInLockRemaining(db, email, now);
    if (wait > 0) {
      countSignIn("locked");
      countRateLimited("account_lock");
      return locked(wait);
    }
  }
  const response = await (await getAuth()).handler(forwarded);
  if (response.status === 429) countRateLimited("auth");
  if (email) {
    if (response.status === 401) await recordSignInFailure(db, email, now);
    else if (response.ok) await clearSignInFailures(db, email);
    countSignIn(response.ok ? "success" : response.status === 401 ? "failure" : response.status === 429 ? "rate_limited" : "refused");
  }
  return response.status >= 400 ? toErrorShape(response) : response;
}

/** Tokens arrive in the path and the query (emailed links): a NUL or a bad encoding there is a 400, not a database error. */
function assertReadableUrl(url: URL) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    throw new DomainError(400, "invalid_path", "the path holds a malformed percent-encoding");
  }
  const values = [decoded, ...[...url.searchParams].flat()];
  if (!values.every(isStorableText)) throw new DomainError(400, "invalid_input", "the path or query holds a NUL character or invalid Unicode");
}

/**
 * The library ignores fields it does not know: on the endpoints that create or open an account a
 * stray field (`role`, `isAdmin`, …) is refused instead, so what is stored is only what was asked for.
 */
const ACCOUNT_FIELDS: Record<string, ReadonlySet<string>> = {
  "/sign-up/email": new Set(["email", "password", "name", "image", "callbackURL", "rememberMe"]),
  "/sign-in/email": new Set(["email", "password", "rememberMe", "callbackURL"]),
};

function assertKnownFields(path: string, data: unknown) {
  const allowed = ACCOUNT_FIELDS[path];
  if (!allowed || !data || typeof data !== "object" || Array.isArray(data)) return;
  const unknown = Object.keys(data).filter((key) => !allowed.has(key));
  if (unknown.length) throw new DomainError(400, "validation_failed", `unknown field${unknown.length === 1 ? "" : "s"}: ${unknown.slice(0, 5).join(", ").slice(0, 200)}`);
}

function readEmail(data: unknown): string | null {
  const email = data && typeof data === "object" ? (data as { email?: unknown }).email : undefined;
  return typeof email === "string" && email.length > 0 && email.length <= 320 ? email : null;
}

function locked(seconds: number): Response {
  const response = jsonError(429, "account_locked", `too many failed sign-ins for this account: try again in ${seconds} s`);
  response.headers.set("Retry-After", String(seconds));
  response.headers.set("X-Retry-After", String(seconds));
  return response;
}

const codeForStatus: Record<number, string> = { 400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 429: "rate_limited" };

/** The library answers errors as `{ code?, message }` (or with no body): re-shape, keeping status and headers. */
async function toErrorShape(response: Response): Promise<Response> {
  const text = await response.text();
  let parsed: { code?: unknown; message?: unknown } = {};
  try {
    parsed = text ? (JSON.parse(text) as typeof parsed) : {};
  } catch {
    parsed = {};
  }
  const code = typeof parsed.code === "string" && parsed.code ? parsed.code : (codeForStatus[response.status] ?? "error");
  const message = typeof parsed.message === "string" && parsed.message ? parsed.message : response.statusText || "the request was refused";
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/json");
  headers.set("cache-control", "no-store");
  headers.delete("content-length");
  if (response.status === 429 && !headers.has("retry-after") && headers.has("x-retry-after")) headers.set("Retry-After", headers.get("x-retry-after")!);
  const status = response.status >= 500 ? 500 : response.status;
  return new Response(JSON.stringify({ error: { code, message } }), { status, headers });
}
