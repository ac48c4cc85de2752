import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { Client } from "pg";

/**
 * The scale-out deployment: two stateless app instances (`npm start`'s server) on one PostgreSQL
 * database. A learner's cookie, attempt and answers work whichever instance a request reaches.
 */
test("two app instances on PostgreSQL serve the same learner interchangeably", async () => {
  test.setTimeout(120_000);
  const admin = process.env.TEST_POSTGRES_URL;
  expect(admin, "TEST_POSTGRES_URL must name a PostgreSQL server (npm test starts one)").toBeTruthy();
  const name = `eks_scale_${randomBytes(4).toString("hex")}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin!);
  url.pathname = `/${name}`;
  const env = { ...process.env, DATABASE_URL: url.toString(), NODE_ENV: "production" as const };

  // Both instances run the same set-up at start (as `npm start` does); running it twice is a no-op.
  execFileSync(process.execPath, ["dist/setup.mjs"], { env, stdio: "ignore" });
  execFileSync(process.execPath, ["dist/setup.mjs"], { env, stdio: "ignore" });
  const ports = [3221, 3222];
  const servers: ChildProcess[] = ports.map((port) => spawn(process.execPath, ["dist/serve.mjs"], { env: { ...env, PORT: String(port) }, stdio: "ignore", detached: true }));
  try {
    const [a, b] = await Promise.all(ports.map((port) => playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${port}` })));
    for (const ctx of [a!, b!]) await expect.poll(async () => (await ctx.get("/api/health").catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
    expect(await (await a!.get("/api/health")).json()).toMatchObject({ database: { engine: "postgresql", ok: true } });

    const created = await a!.post("/api/attempts", { data: { mode: "practice", module: "architecture", count: 2 } });
    expect(created.status()).toBe(201);
    const cookie = created.headers()["set-cookie"]!.split(";")[0]!;
    const attempt = await created.json();

    // The other instance recognises the cookie (the signing secret lives in the shared database).
    const fromB = await b!.get(`/api/attempts/${attempt.id}`, { headers: { cookie } });
    expect(fromB.status()).toBe(200);
    const q = attempt.questions[0];
    const body = { questionId: q.id, ...(q.type === "ordering" ? { order: q.options.map((o: { id: string }) => o.id) } : q.type === "matching" ? { pairs: Object.fromEntries(q.options.map((o: { id: string }, i: number) => [o.id, q.matches[i].id])) } : { optionIds: q.options.slice(0, q.choose).map((o: { id: string }) => o.id) }) };
    expect((await b!.post(`/api/attempts/${attempt.id}/answers`, { data: body, headers: { cookie } })).status()).toBe(200);
    const state = await (await a!.get(`/api/attempts/${attempt.id}`, { headers: { cookie } })).json();
    expect(state.responses[q.id].answer).not.toBeNull();
    // And a stranger on either instance sees nothing.
    expect((await b!.get(`/api/attempts/${attempt.id}`)).status()).toBe(404);

    // Accounts: a session made on one instance is honoured by the other, and signing out everywhere
    // on either ends it on both (sessions live in the shared database, not in instance memory).
    const email = `scale-${randomBytes(4).toString("hex")}@example.com`;
    const signUp = await a!.post("/api/auth/sign-up/email", { data: { email, password: "correct horse battery", name: "Scale" }, headers: { cookie, origin: "http://127.0.0.1:3221" } });
    expect(signUp.status()).toBe(200);
    const session = signUp.headers()["set-cookie"]!.split("\n").find((c) => c.startsWith("eks.session_token="))!.split(";")[0]!;
    expect((await (await b!.get("/api/account/me", { headers: { cookie: session } })).json()).user.email).toBe(email);
    // the guest's attempt came along into the account
    expect((await b!.get(`/api/attempts/${attempt.id}`, { headers: { cookie: session } })).status()).toBe(200);
    expect((await b!.post("/api/auth/revoke-sessions", { data: {}, headers: { cookie: session, origin: "http://127.0.0.1:3222" } })).status()).toBe(200);
    expect((await (await a!.get("/api/account/me", { headers: { cookie: session } })).json()).user).toBeNull();

    // Rate limits are counted in the database: failures on both instances add up.
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const [via, port] = i % 2 === 0 ? [a!, 3221] : [b!, 3222];
      // a different account each time, so only the per-address limit (not the per-account lock) applies
      statuses.push((await via.post("/api/auth/sign-in/email", { data: { email: `${i}-${email}`, password: `wrong guess ${i}` }, headers: { origin: `http://127.0.0.1:${port}` } })).status());
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    await a!.dispose();
    await b!.dispose();
  } finally {
    for (const server of servers) {
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {
        // already stopped
      }
    }
    // wait for both servers to have exited (not for a fixed time) before dropping their database
    await Promise.all(servers.map((server) => (server.exitCode !== null || server.signalCode !== null ? undefined : new Promise((resolve) => server.once("exit", resolve)))));
    const cleanup = new Client({ connectionString: admin });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  }
});
