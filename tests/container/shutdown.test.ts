/**
 * Graceful shutdown of the compiled production server (dist/serve.mjs, what `npm start` and the image
 * run): SIGTERM in the middle of a quiz load → no 5xx, requests in flight (half-sent when the signal
 * comes) are answered with Connection: close, later ones are refused rather than half-processed,
 * every acknowledged answer is stored, and the process exits 0.
 */
import { execFileSync, spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { loadQuestionBank } from "@/lib/quiz/bank";
import { answerFromBank, type PublicQ } from "../fixtures/answers";

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.SHUTDOWN_TEST_PORT ?? 3312);
const base = `http://127.0.0.1:${port}`;
const LEARNERS = 16;
/** Learners whose answer is half-sent when SIGTERM arrives: requests certainly in flight. */
const SLOW = 4;
const work = mkdtempSync(path.join(tmpdir(), "eks-shutdown-"));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Sends the headers and half the body now; the rest when `finish` is called. */
function halfSentAnswer(path: string, headers: Record<string, string>, body: string) {
  const bytes = Buffer.from(body);
  const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path, headers: { ...headers, "content-length": String(bytes.length) } });
  const response = new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
    req.on("response", (res) => {
      let text = "";
      res.on("data", (d: Buffer) => (text += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: text }));
    });
    req.on("error", reject);
  });
  const sent = new Promise<void>((resolve) => req.write(bytes.subarray(0, bytes.length >> 1), () => resolve()));
  return { sent, response, finish: () => req.end(bytes.subarray(bytes.length >> 1)) };
}

type Outcome = { startedAt: number; status?: number; error?: string; ack?: { attemptId: string; questionId: string } };

it("SIGTERM during a quiz load: no 5xx, in-flight requests answered, every acknowledged answer stored, exit 0", async () => {
  expect(existsSync(path.join(root, "dist", "serve.mjs")), "run npm run build:server first").toBe(true);
  const databaseFile = path.join(work, "shutdown.db");
  const env = { PATH: process.env.PATH!, HOME: work, NODE_ENV: "production", PORT: String(port), DATABASE_URL: `file:${databaseFile}`, SITE_URL: base, TRUST_PROXY: "1", HOSTNAME: "127.0.0.1" } as unknown as NodeJS.ProcessEnv;
  execFileSync(process.execPath, ["dist/setup.mjs"], { cwd: root, env, stdio: "pipe" });
  const server = spawn(process.execPath, ["dist/serve.mjs"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout.on("data", (d: Buffer) => (log += d.toString()));
  server.stderr.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    await expect.poll(() => fetch(`${base}/api/health`).then((r) => r.status, () => 0), { timeout: 120_000, interval: 250 }).toBe(200);

    const bank = loadQuestionBank(root);
    const learners = await Promise.all(
      Array.from({ length: LEARNERS }, async (_, i) => {
        const headers = { "content-type": "application/json", "x-forwarded-for": `10.9.0.${i + 1}` };
        const created = await fetch(`${base}/api/attempts`, { method: "POST", headers, body: JSON.stringify({ mode: "practice", module: "architecture", count: 40, feedback: "end" }) });
        expect(created.status).toBe(201);
        const cookie = created.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
        const attempt = (await created.json()) as { id: string; questions: PublicQ[] };
        return { headers: { ...headers, cookie }, attempt };
      }),
    );

    const slow = await Promise.all(
      Array.from({ length: SLOW }, async (_, i) => {
        const headers = { "content-type": "application/json", "x-forwarded-for": `10.9.1.${i + 1}` };
        const created = await fetch(`${base}/api/attempts`, { method: "POST", headers, body: JSON.stringify({ mode: "practice", module: "architecture", count: 1 }) });
        const cookie = created.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
        const attempt = (await created.json()) as { id: string; questions: PublicQ[] };
        const question = attempt.questions[0]!;
        return { attemptId: attempt.id, questionId: question.id, request: halfSentAnswer(`/api/attempts/${attempt.id}/answers`, { ...headers, cookie }, JSON.stringify(answerFromBank(bank, question, true))) };
      }),
    );
    await Promise.all(slow.map((s) => s.request.sent));

    const outcomes: Outcome[] = [];
    let sigtermAt = Infinity;
    let acknowledged = 0;
    const loops = learners.map(async ({ headers, attempt }) => {
      for (const question of attempt.questions) {
        const outcome: Outcome = { startedAt: Date.now() };
        outcomes.push(outcome);
        try {
          const response = await fetch(`${base}/api/attempts/${attempt.id}/answers`, { method: "POST", headers, body: JSON.stringify(answerFromBank(bank, question, true)) });
          outcome.status = response.status;
          const body = (await response.json()) as { recorded?: boolean };
          if (response.status === 200 && body.recorded) {
            outcome.ack = { attemptId: attempt.id, questionId: question.id };
            acknowledged++;
          }
        } catch (error) {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          outcome.error = cause?.code ?? cause?.message ?? String(error);
          return; // the server no longer takes this learner's requests
        }
      }
    });
    // Signal once the load is well under way.
    await expect.poll(() => acknowledged, { timeout: 60_000, interval: 5 }).toBeGreaterThanOrEqual(LEARNERS * 5);
    sigtermAt = Date.now();
    server.kill("SIGTERM");
    await expect.poll(() => log, { timeout: 10_000, interval: 10 }).toContain("SIGTERM: finishing in-flight requests");
    // The half-sent requests were in flight when the signal came: they complete and are answered.
    for (const s of slow) s.request.finish();
    const slowAnswers = await Promise.all(slow.map((s) => s.request.response));
    await Promise.all(loops);
    expect(await exited).toBe(0);
    for (const answer of slowAnswers) {
      expect(answer.status, answer.body).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ recorded: true });
      expect(answer.connection).toBe("close");
    }

    expect(outcomes.filter((o) => (o.status ?? 0) >= 500), log).toEqual([]);
    // After SIGTERM a request is answered, or refused before the server reads it (never accepted, nothing written).
    const after = outcomes.filter((o) => o.startedAt > sigtermAt);
    for (const o of after) if (o.error) expect(["ECONNREFUSED", "ECONNRESET", "UND_ERR_SOCKET", "other side closed"]).toContain(o.error);
    expect(after.some((o) => o.error), "the server stopped taking requests").toBe(true);

    const db = new Database(databaseFile, { readonly: true });
    try {
      const stored = new Set(
        (db.prepare(`SELECT aq."attemptId" AS attemptId, qv."questionId" AS questionId FROM "Answer" a JOIN "AttemptQuestion" aq ON aq.id = a."attemptQuestionId" JOIN "QuestionVersion" qv ON qv.id = aq."questionVersionId"`).all() as { attemptId: string; questionId: string }[]).map(
          (r) => `${r.attemptId}/${r.questionId}`,
        ),
      );
      const acks = [...outcomes.filter((o) => o.ack).map((o) => `${o.ack!.attemptId}/${o.ack!.questionId}`), ...slow.map((s) => `${s.attemptId}/${s.questionId}`)];
      expect(acks.length).toBeGreaterThanOrEqual(LEARNERS * 5);
      expect(acks.filter((a) => !stored.has(a))).toEqual([]);
    } finally {
      db.close();
    }
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
  }
}, 240_000);
