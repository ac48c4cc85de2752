import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, request as httpRequest, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiHandler, MAX_API_BODY } from "../../scripts/server/api";
import { loadApiRoutes, type ApiRoute } from "../../scripts/server/routes";
import { securityHeaders } from "@/lib/security-headers";
import { createSeededRandom } from "../fixtures/random";
import { answerFor, startApp, type App } from "./app";
import { engines } from "./databases";
import { createFingerprinter, diffFingerprints, type Fingerprinter } from "./fingerprint";
import { buildFuzzScene, ERIN_PASSWORD } from "./fuzz-scene";

/**
 * An attacker's afternoon, over real HTTP through the production server's API dispatch: well over a
 * thousand random and mutated requests at every endpoint of the route table, as nobody, as guests,
 * as learners and as instructors. None may get a 5xx or a dropped connection; every refusal is a JSON
 * error in the one shape with the security headers; and every refused request (any answer from 300
 * up) leaves every table exactly as it was — checked around each request, by row count and by a hash
 * of every row. A 2xx may write: some mutations are still valid requests.
 *
 * FUZZ_SEED=<n> runs another sequence (SQLite uses n, PostgreSQL n + 1).
 */
const REQUESTS_PER_ENGINE = 1400;
const SEED = Number(process.env.FUZZ_SEED ?? 9);
if (!Number.isSafeInteger(SEED)) throw new Error("FUZZ_SEED must be an integer");
const METRICS_TOKEN = "fuzz-metrics-token-".padEnd(40, "x");
/** Better-auth counts every request to its rate-limited paths, refused or not, and sign-in failures per account: their counters may move, their rows may not appear. */
const AUTH_COUNTERS = new Set(["RateLimit", "SignInThrottle"]);
/** The editor's save endpoints exist only under `next dev`: here (a production environment) they must answer 404 to everyone. */
const DEV_ONLY = new Set(["/api/instructor/content", "/api/instructor/questions"]);
const EDITOR_FILES = ["content/modules/architecture/control-plane.en.mdx", "content/questions/architecture.yaml"];

type Probe = { method: string; path: string; headers: Record<string, string>; body?: string | Buffer };
type Outcome = { probe: Probe; status: number; body: string; headers: Record<string, string | string[] | undefined>; writes: string[] } | { probe: Probe; dropped: string };
type Endpoint = { method: string; path: string; body?: Record<string, unknown>; queries?: string[]; owner: string; ids?: string[]; cookies?: (string | undefined)[] };

const fileHashes = () => EDITOR_FILES.map((f) => createHash("sha256").update(readFileSync(path.resolve(f))).digest("hex"));

describe.each(engines)("fuzzing the HTTP API on %s", (engine) => {
  let app: App;
  let server: Server;
  let port: number;
  let routes: ApiRoute[];
  let fingerprint: Fingerprinter;
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });

  beforeAll(async () => {
    // The production build's environment: the dev-only endpoints are off, /api/metrics is on.
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("METRICS_TOKEN", METRICS_TOKEN);
    app = await startApp(engine);
    routes = await loadApiRoutes();
    const handler = createApiHandler({ routes, headers: securityHeaders({ secureSite: false }), trustProxy: false, log: process.env.FUZZ_DEBUG ? console.error : () => {} });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
    fingerprint = await createFingerprinter(process.env.DATABASE_URL!);
  });
  afterAll(async () => {
    agent.destroy();
    await fingerprint?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    await app?.stop();
    vi.unstubAllEnvs();
  });

  function send(probe: Probe): Promise<Omit<Extract<Outcome, { status: number }>, "writes"> | Extract<Outcome, { dropped: string }>> {
    return new Promise((resolve) => {
      const body = probe.body === undefined ? undefined : Buffer.isBuffer(probe.body) ? probe.body : Buffer.from(probe.body);
      const req = httpRequest(
        { host: "127.0.0.1", port, method: probe.method, path: probe.path, agent, headers: { host: `127.0.0.1:${port}`, ...(body ? { "content-length": body.length } : {}), ...probe.headers } },
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

  it(`answers ${REQUESTS_PER_ENGINE}+ random requests at every endpoint without a 5xx, a dropped connection or a write on refusal`, { timeout: 300_000 }, async () => {
    const scene = await buildFuzzScene(app, `${engine}-${Date.now()}`);
    const { practice, submitted, expired, openExam, lab, classes, practiceAnswer } = scene;
    const [alice, bob, carol, dave, erin, ivy, olga] = [scene.alice.cookie, scene.bob.cookie, scene.carol.cookie, scene.dave.cookie, scene.erin.cookie, scene.ivy.cookie, scene.olga.cookie];
    const [aliceId] = alice.split("=")[1]!.split(".");
    const self = `http://127.0.0.1:${port}`;

    const seed = engine === "sqlite" ? SEED : SEED + 1;
    const r = createSeededRandom(seed);
    const pick = <T,>(items: readonly T[]): T => items[r.int(items.length)]!;
    const q = practice.questions[0].id;
    const nested = (depth: number): unknown => (depth ? { a: [nested(depth - 1)] } : 1);
    const weird: unknown[] = [
      null, true, 0, -1, 1e308, 12.5, "", "NaN", "0x10", "ü", "💥🚀", "a".repeat(5000), "b".repeat(20_000), "c".repeat(70_000),
      "\u0000", "x\u0000y", "\ud800", "x\udfffy", "\udc00\ud800", [], {}, [[[]]], { a: { b: { c: 1 } } }, nested(20), ["o1", "o1", "o1"],
      "'; DROP TABLE \"Answer\"; --", "../../etc/passwd", "<script>alert(1)</script>", "AAAA-BBBB-CCCC", "00000000-0000-4000-8000-000000000000",
    ];
    const rawBodies: (string | Buffer)[] = [
      "", "{", "}", "nul", "[", "{\"a\":", "{'single': 'quotes'}", "\u0000", "{\"questionId\":\"\\u0000\"}", "{\"questionId\":\"\\ud800\"}", "{\"mode\":\"\\udfff\"}", "{\"name\":\"\\udfff\"}",
      "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "{\"__proto__\":{\"isAdmin\":true}}", "{\"constructor\":{\"prototype\":{}}}",
      Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from([0xc3, 0x28]), Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), Buffer.alloc(20_000, 0x20), Buffer.alloc(70 * 1024, 0x61), JSON.stringify({ pad: "x".repeat(17_000) }),
    ];
    const badIds = ["%E0%A4%A", "%", "%00", "%ZZ", "nope", "..", "%2e%2e", "0".repeat(500), "00000000-0000-0000-0000-000000000000", "00000000-0000-4000-8000-000000000000", "%C0%AF", "a%00b", encodeURIComponent("\ud800".toWellFormed()), "1;DROP", aliceId!, classes.kept.id.toUpperCase()];
    const attemptIds = [practice.id, submitted.id, expired.id, ...badIds];
    const classIds = [classes.kept.id, classes.spare.id, classes.others.id, practice.id, ...badIds];
    const garbage = ["eks_learner=%E0%A4%A", "eks_learner=%", `eks_learner=${aliceId}.forged`, `eks_learner=${aliceId}.${"A".repeat(43)}`, "eks_learner=", "eks_learner=a.b.c", `${"x".repeat(6000)}=1`, "eks.session_token=garbage", "eks.session_token=%E0%A4%A", "eks_learner=\u00e9", `eks.session_token=${"A".repeat(32)}.${"B".repeat(44)}`];
    // Everyone: nobody, broken cookies, guests, a learner with an account, two instructors.
    const cookies = [undefined, ...garbage, alice, bob, carol, erin, ivy, olga];
    // Account-changing auth calls stay away from the sessions the rest of the run needs.
    const authCookies = [undefined, ...garbage, bob, dave];
    const types = ["application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonx", ""];
    const itemQueries = ["", "?module=autoscaling&type=single&version=all", "?version=1&locale=zh", "?type=matching", "?version=latest", "?module=Bad_Module", "?module=a&module=b", "?extra=1", "?version=0", "?version=99999"];

    const endpoints: Endpoint[] = [
      { method: "POST", path: "/api/attempts", owner: alice, body: { mode: "practice", module: "autoscaling", count: 3, locale: "en", feedback: "instant" } },
      { method: "POST", path: "/api/attempts/:id/answers", owner: alice, ids: attemptIds, body: practiceAnswer },
      { method: "POST", path: "/api/attempts/:id/flags", owner: alice, ids: attemptIds, body: { questionId: q, flagged: true } },
      // The open practice is left open, so answering it stays possible all run long.
      { method: "POST", path: "/api/attempts/:id/submit", owner: alice, ids: [openExam.id, submitted.id, expired.id, ...badIds], body: {} },
      { method: "POST", path: "/api/progress/lessons", owner: bob, body: { module: "autoscaling", lesson: "vpa-and-hpa", completed: true } },
      { method: "POST", path: "/api/review/rate", owner: alice, body: { questionId: q, rating: "good" } },
      { method: "POST", path: "/api/bookmarks", owner: alice, body: { kind: "question", target: q, bookmarked: true } },
      { method: "POST", path: "/api/certificates", owner: carol, body: { name: "Ada Lovelace" } },
      { method: "POST", path: "/api/account/delete", owner: erin, body: { password: ERIN_PASSWORD } },
      { method: "POST", path: "/api/auth/sign-up/email", owner: bob, cookies: authCookies, body: { email: `new-${engine}@example.com`, password: "long enough password", name: "x" } },
      { method: "POST", path: "/api/auth/sign-in/email", owner: bob, cookies: authCookies, body: { email: "nobody@example.com", password: "long enough password" } },
      { method: "POST", path: "/api/auth/request-password-reset", owner: bob, cookies: authCookies, body: { email: "nobody@example.com", redirectTo: "/en/reset-password" } },
      { method: "POST", path: "/api/auth/change-password", owner: dave, cookies: authCookies, body: { currentPassword: "a wrong password", newPassword: "another long password" } },
      { method: "POST", path: "/api/auth/sign-out", owner: dave, cookies: authCookies, body: {} },
      { method: "POST", path: "/api/labs/check", owner: alice, body: { labId: lab.id, manifest: lab.starter, locale: "en" } },
      { method: "POST", path: "/api/labs/reveal", owner: alice, body: { labId: lab.id, locale: "zh", early: false } },
      { method: "POST", path: "/api/classes/join", owner: carol, body: { code: classes.kept.inviteCode } },
      { method: "POST", path: "/api/classes/:id/leave", owner: carol, ids: classIds, body: {} },
      { method: "POST", path: "/api/instructor/classes", owner: ivy, body: { name: "Fuzzed class" } },
      // The kept class is never deleted, so the class views stay reachable all run long.
      { method: "DELETE", path: "/api/instructor/classes/:id", owner: ivy, ids: [classes.spare.id, classes.others.id, ...badIds] },
      { method: "POST", path: "/api/instructor/content", owner: ivy, body: { module: "architecture", lesson: "control-plane", locale: "en", source: "---\ntitle: Fuzzed\n---\n" } },
      { method: "POST", path: "/api/instructor/questions", owner: ivy, body: { module: "architecture", id: "arch-002", source: "- id: arch-002\n  type: single\n" } },
      { method: "GET", path: "/api/attempts/:id", owner: alice, ids: attemptIds, queries: ["", "?locale=zh"] },
      { method: "GET", path: "/api/progress", owner: bob },
      { method: "GET", path: "/api/review", owner: alice },
      { method: "GET", path: "/api/review/preview", owner: alice, queries: [`?questionId=${q}`, "?questionId=arch-001"] },
      { method: "GET", path: "/api/bookmarks", owner: alice },
      { method: "GET", path: "/api/certificates", owner: carol },
      { method: "GET", path: "/api/account/me", owner: carol },
      { method: "GET", path: "/api/account/export", owner: carol },
      { method: "GET", path: "/api/health", owner: alice },
      { method: "GET", path: "/api/metrics", owner: alice },
      { method: "GET", path: "/api/auth/get-session", owner: carol },
      { method: "GET", path: "/api/labs", owner: alice, queries: ["", "?locale=zh"] },
      { method: "GET", path: "/api/labs/state", owner: alice, queries: [`?labId=${lab.id}`] },
      { method: "GET", path: "/api/classes", owner: carol },
      { method: "GET", path: "/api/instructor/overview", owner: ivy },
      { method: "GET", path: "/api/instructor/classes", owner: ivy },
      { method: "GET", path: "/api/instructor/classes/:id", owner: ivy, ids: classIds },
      { method: "GET", path: "/api/instructor/classes/:id/export", owner: ivy, ids: classIds },
      { method: "GET", path: "/api/instructor/items", owner: ivy, queries: itemQueries },
      { method: "GET", path: "/api/instructor/items/export", owner: ivy, queries: itemQueries },
    ];
    const posts = endpoints.filter((e) => e.body);
    const gets = endpoints.filter((e) => e.method === "GET");
    const garbageQueries = ["?locale=xx", "?%E0%A4%A=1", "?a=%00", `?${"a=1&".repeat(500)}`, "?labId=%00", "?labId=../etc", "?questionId=%ud800", "?module=%F0%9F%92%A5", "?locale=en&locale=zh"];

    // Mutations of a valid body: wrong types, missing and extra fields, prototype keys, deep nesting.
    function mutate(template: Record<string, unknown>): string {
      const body: Record<string, unknown> = { ...template };
      const keys = Object.keys(body);
      switch (r.int(6)) {
        case 0: if (keys.length) body[pick(keys)] = pick(weird); break;
        case 1: if (keys.length) delete body[pick(keys)]; break;
        case 2: body[pick(["extra", "isAdmin", "role", "learnerId", "userId", "score", "solution", "ownerId"])] = pick(weird); break;
        case 3: return JSON.stringify(body).replace(/^\{/, `{"__proto__":${JSON.stringify(pick(weird))},`);
        case 4: if (keys.length) body[pick(keys)] = nested(10 + r.int(30)); break;
        default: for (const k of keys) body[k] = pick(weird);
      }
      return JSON.stringify(body);
    }
    // The first id of an endpoint's list is the one its owner may use.
    const fill = (e: Pick<Endpoint, "path" | "ids">, valid = false) => e.path.replace(":id", valid && e.ids ? e.ids[0]! : pick(e.ids ?? badIds));
    const origin = () => pick([undefined, undefined, self, self, "https://evil.example", "null", "%%%"]);
    const withCookie = (cookie: string | undefined, extra: Record<string, string | undefined> = {}) =>
      Object.fromEntries(Object.entries({ cookie, ...extra }).filter((kv): kv is [string, string] => kv[1] !== undefined));
    const metricsAuth = () => pick([undefined, `Bearer ${METRICS_TOKEN}`, "Bearer wrong", `Bearer ${METRICS_TOKEN}x`, "Basic eDp5", "Bearer \u00e9"]);

    const valid = (e: Endpoint, cookie = e.owner): Probe => {
      const headers = withCookie(cookie, { origin: e.method === "GET" ? undefined : self, "content-type": e.body ? "application/json" : undefined, authorization: e.path === "/api/metrics" ? `Bearer ${METRICS_TOKEN}` : undefined });
      return { method: e.method, path: fill(e, true) + pick(e.queries ?? [""]), headers, body: e.body && JSON.stringify(e.body) };
    };

    const probes: Probe[] = [];
    while (probes.length < REQUESTS_PER_ENGINE) {
      const kind = r.int(10);
      if (kind <= 3) {
        // A body endpoint with a mutated or a raw body, as the endpoint's own user half the time.
        const e = pick(posts);
        const cookie = r.int(2) ? e.owner : pick(e.cookies ?? cookies);
        const type = r.int(3) ? "application/json" : pick(types);
        probes.push({ method: e.method, path: fill(e), headers: withCookie(cookie, { origin: origin(), "content-type": type || undefined }), body: kind <= 2 ? mutate(e.body!) : pick(rawBodies) });
      } else if (kind === 4) {
        // A well-formed request from the right person (the writes the API exists for), or from anyone else:
        // refused by who is asking or by the state of things, after the body passed, it must still write nothing.
        const e = pick(endpoints);
        probes.push(r.int(2) ? valid(e) : valid(e, pick(e.cookies ?? cookies)));
      } else if (kind === 5) {
        // Wrong methods at every route of the table.
        const route = pick(routes);
        const methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"].filter((m) => !route.methods[m]);
        const pattern = route.pattern.replace(/\[\.\.\.\w+\]/, "sign-in/email").replace(/\[\w+\]/, pick([...classIds, ...attemptIds]));
        probes.push({ method: pick(methods), path: pattern, headers: withCookie(pick(cookies), { origin: origin() }) });
      } else if (kind <= 7) {
        // Reads with good and bad queries, from anyone.
        const e = pick(gets);
        const query = r.int(2) ? pick(e.queries ?? [""]) : pick(garbageQueries);
        probes.push({ method: "GET", path: fill(e) + query, headers: withCookie(r.int(3) ? pick(cookies) : e.owner, { authorization: e.path === "/api/metrics" ? metricsAuth() : undefined }) });
      } else if (kind === 8) {
        // Unknown paths and paths that cannot be decoded.
        const path = pick([
          "/api/nope", "/api/", "/api/attempts/x/y/z", "/api/%E0%A4%A", "/api/attempts/%/answers", "/api/auth", "/api/health/../progress", `/api/${"a/".repeat(300)}`,
          "/api/auth/verify-email?token=%00", "/api/auth/verify-email?token=%E0%A4%A", "/api/auth/reset-password/%00?callbackURL=/en", "/api/auth/reset-password/%E0%A4%A?callbackURL=/en",
          "/api/auth/reset-password/x?callbackURL=https://evil.example", "/api/labs/nope", "/api/labs/check/x", "/api/classes/%/leave", "/api/classes/join/x", "/api/instructor/classes/%E0%A4%A",
          "/api/instructor/classes/x/y", "/api/instructor/items/export/x", "/api/instructor/editor", "/api/instructor/preview", "/api/classes//leave",
        ]);
        probes.push({ method: pick(["GET", "POST"]), path, headers: withCookie(pick(cookies), { origin: origin() }) });
      } else {
        // Well-formed answers from the wrong person or at the wrong time: other learners, submitted, expired.
        const attempt = pick([submitted, expired, practice]);
        const who = pick([bob, carol, ivy, alice, undefined]);
        const answer = answerFor(app, attempt.questions[0], r.int(2) === 0);
        const action = pick(attempt === practice ? ["answers", "flags"] : ["answers", "flags", "submit"]); // the practice stays open
        probes.push({ method: "POST", path: `/api/attempts/${attempt.id}/${action}`, headers: withCookie(who, { "content-type": "application/json" }), body: JSON.stringify(answer) });
      }
    }

    // And one well-formed request per endpoint from its owner, somewhere in the run, so every endpoint is reached past its checks.
    for (const e of endpoints) probes.splice(r.int(probes.length + 1), 0, valid(e));

    // Better-auth's per-address rate-limit rows (one per address and path) are made once here, so a
    // refused auth request is seen to add none.
    const authPaths = new Set(probes.filter((p) => p.path.startsWith("/api/auth/")).map((p) => p.path.split("?")[0]!));
    for (const path of authPaths) await send({ method: "POST", path, headers: { "content-type": "application/json" }, body: "{}" });
    await send({ method: "POST", path: "/api/auth/sign-in/email", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "nobody@example.com", password: "long enough password" }) });

    const editorFiles = fileHashes();
    const outcomes: Outcome[] = [];
    let before = await fingerprint.take();
    for (const probe of probes) {
      const outcome = await send(probe);
      const after = await fingerprint.take();
      const refused = !("status" in outcome) || outcome.status >= 300;
      const writes = refused ? diffFingerprints(before, after, probe.path.startsWith("/api/auth/") ? AUTH_COUNTERS : undefined) : [];
      outcomes.push("status" in outcome ? { ...outcome, writes } : outcome);
      before = after;
    }

    const answered = outcomes.filter((o): o is Extract<Outcome, { status: number }> => "status" in o);
    const statuses = new Map<number, number>();
    for (const o of answered) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
    console.info(`[fuzz ${engine} seed ${seed}] ${outcomes.length} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; dropped ${outcomes.length - answered.length}`);
    const describe = (o: Outcome) => `${o.probe.method} ${o.probe.path.slice(0, 120)} ${o.probe.headers.cookie?.slice(0, 20) ?? "-"} ${String(o.probe.body ?? "").slice(0, 120)}`;

    expect(outcomes.length).toBeGreaterThanOrEqual(1000);
    expect(outcomes.filter((o) => "dropped" in o).map(describe)).toEqual([]);
    expect(answered.filter((o) => o.status >= 500).map((o) => `${describe(o)} → ${o.status} ${o.body.slice(0, 200)}`)).toEqual([]);
    // The rule: a refused request writes nothing.
    expect(answered.filter((o) => o.writes.length).map((o) => `${describe(o)} → ${o.status}: ${o.writes.join(", ")}`)).toEqual([]);
    for (const o of answered) {
      expect(o.headers["x-content-type-options"], describe(o)).toBe("nosniff");
      expect(o.headers["content-security-policy"], describe(o)).toBeTruthy();
      if (o.status < 400 || o.probe.method === "HEAD") continue;
      const parsed = JSON.parse(o.body) as { error?: { code?: unknown; message?: unknown } };
      expect(typeof parsed.error?.code, `${describe(o)} → ${o.status} ${o.body.slice(0, 120)}`).toBe("string");
      expect(typeof parsed.error?.message).toBe("string");
      if (o.status === 405) expect(o.headers.allow).toBeTruthy();
    }
    // The editor's save is off in production: 404 to everyone (413 only when the dispatcher refuses the body unread), no file touched.
    const saves = answered.filter((o) => o.probe.method === "POST" && DEV_ONLY.has(o.probe.path));
    expect(saves.length).toBeGreaterThan(0);
    for (const o of saves) expect([o.status, JSON.parse(o.body).error?.code], describe(o)).toEqual(Buffer.byteLength(o.probe.body ?? "") > MAX_API_BODY ? [413, "payload_too_large"] : [404, "not_found"]);
    expect(fileHashes()).toEqual(editorFiles);

    // Every method of every route in the table was tried, and each one (but the dev-only saves) answered 2xx at least once,
    // so the run reached past the permission checks rather than bouncing off them.
    const hits = (route: ApiRoute, method: string, ok: boolean) => answered.some((o) => o.probe.method === method && route.path.test(o.probe.path.split("?")[0]!) && (!ok || o.status < 300));
    const untried = routes.flatMap((route) => Object.keys(route.methods).filter((m) => !hits(route, m, false)).map((m) => `${m} ${route.pattern}`));
    const neverOk = routes.flatMap((route) => Object.keys(route.methods).filter((m) => !DEV_ONLY.has(route.pattern) && !hits(route, m, true)).map((m) => `${m} ${route.pattern}`));
    expect(untried).toEqual([]);
    // No one here has earned a certificate (every lesson and a full passed exam), so issuing one is refused past the session check instead.
    expect(neverOk).toEqual(["POST /api/certificates"]);
    expect(answered.some((o) => o.probe.path === "/api/certificates" && o.status === 403 && JSON.parse(o.body).error.code === "not_eligible")).toBe(true);
  });
});
