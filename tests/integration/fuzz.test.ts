import { createServer, request as httpRequest, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHandler } from "../../scripts/server/api";
import { loadApiRoutes } from "../../scripts/server/routes";
import { securityHeaders } from "@/lib/security-headers";
import { createSeededRandom } from "../fixtures/random";
import { answerFor, Learner, startApp, type App } from "./app";
import { engines } from "./databases";

/**
 * An attacker's afternoon, over real HTTP through the production server's API dispatch: well over a
 * thousand malformed requests at every endpoint. None may get a 5xx or a dropped connection, every
 * refusal is a JSON error in the one shape, and no table gains or loses a row.
 */
const REQUESTS_PER_ENGINE = 1200;

type Probe = { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer };
type Outcome = { probe: Probe; status: number; body: string; headers: Record<string, string | string[] | undefined> } | { probe: Probe; dropped: string };

const tables = ["learner", "user", "session", "account", "verification", "rateLimit", "signInThrottle", "attempt", "attemptQuestion", "answer", "lessonCompletion", "reviewCard", "bookmark", "certificate", "question", "questionVersion", "setting"] as const;

async function countRows(app: App): Promise<Record<string, number>> {
  const db = app.db as unknown as Record<string, { count: () => Promise<number> }>;
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await db[t]!.count()] as const)));
}

describe.each(engines)("fuzzing the HTTP API on %s", (engine) => {
  let app: App;
  let server: Server;
  let base: string;
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });

  beforeAll(async () => {
    app = await startApp(engine);
    const handler = createApiHandler({ routes: await loadApiRoutes(), headers: securityHeaders({ secureSite: false }), trustProxy: false, log: () => {} });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
  });

  function send(probe: Probe): Promise<Outcome> {
    return new Promise((resolve) => {
      const body = probe.body === undefined ? undefined : Buffer.isBuffer(probe.body) ? probe.body : Buffer.from(probe.body);
      const req = httpRequest(
        { host: "127.0.0.1", port: Number(base.split(":")[1]), method: probe.method, path: probe.path, agent, headers: { host: base, ...(body ? { "content-length": body.length } : {}), ...probe.headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ probe, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
          res.on("error", (e) => resolve({ probe, dropped: e.message }));
        },
      );
      req.on("error", (e) => resolve({ probe, dropped: e.message }));
      req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
      req.end(body);
    });
  }

  it(`answers ${REQUESTS_PER_ENGINE} malformed requests without a 5xx, a dropped connection or a write`, { timeout: 240_000 }, async () => {
    // The scene: a guest with an open practice attempt, a submitted exam and one past its deadline;
    // a second guest; a signed-in account.
    const alice = new Learner(app);
    const practice = (await alice.start({ mode: "practice", module: "autoscaling", count: 3 })).json;
    await alice.answer(practice.id, answerFor(app, practice.questions[0], false));
    const submitted = (await alice.start({ mode: "exam", count: 2 })).json;
    await alice.submit(submitted.id);
    const expired = (await alice.send(app.routes.attempts.POST as never, { body: { mode: "exam", count: 2, timeLimitSeconds: 10 }, headers: { "x-test-now": new Date(Date.now() - 3_600_000).toISOString() } })).json;
    await alice.reviewQueue();
    const bob = new Learner(app);
    await bob.complete({ module: "autoscaling", lesson: "vpa-and-hpa", completed: true });
    const carol = new Learner(app);
    await carol.signUp(`fuzz-${engine}-${Date.now()}@example.com`);
    const aliceCookie = alice.cookie;
    const bobCookie = bob.cookie;
    const [aliceId] = aliceCookie.split("=")[1]!.split(".");
    const carolSession = carol.cookie;

    const r = createSeededRandom(engine === "sqlite" ? 9 : 10);
    const pick = <T,>(items: readonly T[]): T => items[r.int(items.length)]!;
    const attemptIds = [practice.id, submitted.id, expired.id];
    const q = practice.questions[0].id;
    const weird: unknown[] = [null, true, 0, -1, 1e308, "", "a".repeat(5000), "\u0000", "x\u0000y", [], {}, [[[]]], { a: { b: { c: 1 } } }, "💥🚀", "ü", "'; DROP TABLE \"Answer\"; --", "../../etc/passwd", "<script>alert(1)</script>", 12.5, "NaN", "0x10", ["o1", "o1", "o1"]];
    const rawBodies: (string | Buffer)[] = [
      "", "{", "}", "nul", "[", "{\"a\":", "{'single': 'quotes'}", "\u0000", "{\"questionId\":\"\\u0000\"}", "{\"questionId\":\"\\ud800\"}", "{\"mode\":\"\\udfff\"}",
      "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "{\"__proto__\":{\"isAdmin\":true}}", "{\"constructor\":{\"prototype\":{}}}",
      Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from([0xc3, 0x28]), Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), Buffer.alloc(20_000, 0x20), Buffer.alloc(70 * 1024, 0x61), JSON.stringify({ pad: "x".repeat(17_000) }),
    ];
    const templates: Record<string, Record<string, unknown>> = {
      "POST /api/attempts": { mode: "practice", module: "autoscaling", count: 3, locale: "en", feedback: "instant" },
      "POST /api/attempts/:id/answers": { questionId: q, optionIds: ["o1"] },
      "POST /api/attempts/:id/flags": { questionId: q, flagged: true },
      "POST /api/attempts/:id/submit": {},
      "POST /api/progress/lessons": { module: "autoscaling", lesson: "vpa-and-hpa", completed: true },
      "POST /api/review/rate": { questionId: q, rating: "good" },
      "POST /api/bookmarks": { kind: "question", target: q, bookmarked: true },
      "POST /api/account/delete": { password: "not the password" },
      "POST /api/auth/sign-up/email": { email: "new@example.com", password: "long enough password", name: "x" },
      "POST /api/auth/sign-in/email": { email: "nobody@example.com", password: "long enough password" },
      "POST /api/auth/request-password-reset": { email: "nobody@example.com", redirectTo: "/en/reset-password" },
      "POST /api/auth/change-password": { currentPassword: "a", newPassword: "b" },
    };
    const gets = ["/api/attempts/:id", "/api/progress", "/api/review", "/api/review/preview", "/api/bookmarks", "/api/account/me", "/api/account/export", "/api/instructor/overview", "/api/health", "/api/auth/get-session"];
    const badIds = ["%E0%A4%A", "%", "%00", "%ZZ", "nope", "..", "%2e%2e", "0".repeat(500), "00000000-0000-0000-0000-000000000000", "%C0%AF", "a%00b", encodeURIComponent("\ud800".toWellFormed()), "1;DROP", aliceId!];
    const cookies = [undefined, "eks_learner=%E0%A4%A", "eks_learner=%", `eks_learner=${aliceId}.forged`, `eks_learner=${aliceId}.${"A".repeat(43)}`, "eks_learner=", "eks_learner=a.b.c", `${"x".repeat(6000)}=1`, "eks.session_token=garbage", "eks.session_token=%E0%A4%A", bobCookie, "eks_learner=\u00e9", carolSession];
    const types = ["application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonx", ""];

    // Mutations of a valid body: wrong types, missing and extra fields, prototype keys.
    function mutate(template: Record<string, unknown>): string {
      const body: Record<string, unknown> = { ...template };
      const keys = Object.keys(body);
      switch (r.int(5)) {
        case 0: if (keys.length) body[pick(keys)] = pick(weird); break;
        case 1: if (keys.length) delete body[pick(keys)]; break;
        case 2: body[pick(["extra", "isAdmin", "role", "learnerId", "score"])] = pick(weird); break;
        case 3: return JSON.stringify(body).replace(/^\{/, `{"__proto__":${JSON.stringify(pick(weird))},`);
        default: for (const k of keys) body[k] = pick(weird);
      }
      return JSON.stringify(body);
    }
    const fill = (path: string) => path.replace(":id", pick([...attemptIds, ...badIds]));

    const probes: Probe[] = [];
    const routes = Object.keys(templates);
    while (probes.length < REQUESTS_PER_ENGINE) {
      const kind = r.int(8);
      const cookie = pick(cookies);
      const headers: Record<string, string> = { ...(cookie ? { cookie } : {}) };
      if (r.int(4) === 0) headers.origin = pick([`http://${base}`, "https://evil.example", "null", "%%%"]);
      if (kind <= 3) {
        const [method, path] = pick(routes).split(" ") as [string, string];
        const type = pick(types);
        if (type) headers["content-type"] = type;
        const body = kind <= 1 ? mutate(templates[`${method} ${path}`]!) : pick(rawBodies);
        probes.push({ method, path: fill(path), headers, body });
      } else if (kind === 4) {
        // wrong methods everywhere
        const path = fill(pick([...gets, ...routes.map((k) => k.split(" ")[1]!)]));
        probes.push({ method: pick(["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"]), path, headers });
      } else if (kind === 5) {
        probes.push({ method: "GET", path: fill(pick(gets)) + pick(["", "?locale=xx", "?%E0%A4%A=1", "?a=%00", `?${"a=1&".repeat(500)}`]), headers });
      } else if (kind === 6) {
        // unknown paths and paths that cannot be decoded
        probes.push({ method: pick(["GET", "POST"]), path: pick(["/api/nope", "/api/", "/api/attempts/x/y/z", "/api/%E0%A4%A", "/api/attempts/%/answers", "/api/auth", "/api/health/../progress", `/api/${"a/".repeat(300)}`, "/api/auth/verify-email?token=%00", "/api/auth/verify-email?token=%E0%A4%A", "/api/auth/reset-password/%00?callbackURL=/en", "/api/auth/reset-password/%E0%A4%A?callbackURL=/en", "/api/auth/reset-password/x?callbackURL=https://evil.example"]), headers });
      } else {
        // well-formed answers from the wrong person or at the wrong time: other learners, submitted, expired
        const attempt = pick([submitted, expired, practice]);
        const who = pick([bobCookie, aliceCookie, undefined]);
        const answer = answerFor(app, attempt.questions[0], r.int(2) === 0);
        probes.push({ method: "POST", path: `/api/attempts/${attempt.id}/${pick(["answers", "flags", "submit"])}`, headers: { "content-type": "application/json", ...(who ? { cookie: who } : {}) }, body: JSON.stringify(answer) });
      }
    }
    // The certificate endpoint, from a random source of its own so the probes above stay as they were.
    // Carol is signed in but has not earned one, so even her well-formed requests must write nothing.
    const rc = createSeededRandom(engine === "sqlite" ? 11 : 12);
    const pickC = <T,>(items: readonly T[]): T => items[rc.int(items.length)]!;
    for (let i = 0; i < 120; i++) {
      const headers: Record<string, string> = { cookie: pickC([carolSession, carolSession, bobCookie, "eks.session_token=garbage", ""]) };
      if (rc.int(3) === 0) headers.origin = pickC([`http://${base}`, "https://evil.example", "null", "%%%"]);
      const type = pickC(types);
      if (type) headers["content-type"] = type;
      const kind = rc.int(4);
      if (kind === 0) probes.push({ method: pickC(["PUT", "DELETE", "PATCH"]), path: "/api/certificates", headers });
      else if (kind === 1) probes.push({ method: "POST", path: "/api/certificates", headers, body: pickC(rawBodies) });
      else probes.push({ method: "POST", path: "/api/certificates", headers, body: JSON.stringify(pickC([{ name: "Ada Lovelace" }, { name: pickC(weird) }, { name: "Ada", userId: "x" }, { name: "a@b.c" }, { __proto__: null, name: "Ada" }, {}])) });
    }
    for (let i = 0; i < 20; i++) probes.push({ method: "GET", path: `/api/certificates${pickC(["", "?a=%00", "?%E0%A4%A=1"])}`, headers: { cookie: pickC([carolSession, bobCookie, "eks.session_token=%E0%A4%A", ""]) } });

    // Practice answers from Alice herself would be valid writes; keep only the ones the API must refuse.
    const refusable = probes.filter((p) => !(p.headers?.cookie === aliceCookie && p.path === `/api/attempts/${practice.id}/answers` && p.body && !/\\u0000|__proto__/.test(String(p.body)) && p.headers["content-type"] === "application/json"));

    // Counters that exist to count attempts (better-auth's per-address rate limit, one row per address
    // and path; the per-account sign-in throttle) are made once here, so the fuzz can show it adds no row.
    const authPaths = new Set(refusable.filter((p) => p.path.startsWith("/api/auth/")).map((p) => p.path.split("?")[0]!));
    for (const path of authPaths) await send({ method: "POST", path, headers: { "content-type": "application/json" }, body: "{}" });
    await send({ method: "POST", path: "/api/auth/sign-in/email", headers: { "content-type": "application/json" }, body: JSON.stringify(templates["POST /api/auth/sign-in/email"]) });
    const before = await countRows(app);

    const outcomes: Outcome[] = [];
    for (const probe of refusable) outcomes.push(await send(probe));

    const dropped = outcomes.filter((o) => "dropped" in o);
    const serverErrors = outcomes.filter((o) => "status" in o && o.status >= 500);
    const statuses = new Map<number, number>();
    for (const o of outcomes) if ("status" in o) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
    console.info(`[fuzz ${engine}] ${outcomes.length} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; dropped ${dropped.length}; 5xx ${serverErrors.length}`);
    expect(outcomes.length).toBeGreaterThanOrEqual(1000);
    expect(dropped.map((o) => `${o.probe.method} ${o.probe.path}`)).toEqual([]);
    expect(serverErrors.map((o) => `${o.probe.method} ${o.probe.path} ${"body" in o ? o.body.slice(0, 200) : ""}`)).toEqual([]);
    for (const o of outcomes) {
      if (!("status" in o) || o.status < 400 || o.probe.method === "HEAD") continue;
      const parsed = JSON.parse(o.body) as { error?: { code?: unknown; message?: unknown } };
      expect(typeof parsed.error?.code, `${o.probe.method} ${o.probe.path} → ${o.status} ${o.body.slice(0, 120)}`).toBe("string");
      expect(typeof parsed.error?.message).toBe("string");
      expect(o.headers["x-content-type-options"]).toBe("nosniff");
      if (o.status === 405) expect(o.headers.allow).toBeTruthy();
    }
    expect(await countRows(app)).toEqual(before);
  });
});
