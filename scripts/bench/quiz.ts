/**
 * `npm run bench:quiz`: many concurrent simulated learners answering exam questions through the
 * HTTP API against `next start` on SQLite. Prints answers/s, p50/p99 latency, errors, whether every
 * acknowledged answer was stored, and — for scale — the raw rate of the same inserts straight into SQLite.
 * Learners are paced (together they offer BENCH_RATE answers/s, as real people with thinking time
 * do); a last phase without pacing measures the capacity.
 * Settings: BENCH_LEARNERS (100), BENCH_RATE (1000), BENCH_SECONDS (15), BENCH_ATTEMPTS (5), BENCH_PORT (3401).
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import http from "node:http";
import Database from "better-sqlite3";
import type { AttemptState, PublicQuestion } from "../../lib/quiz/api-types";
import { startBenchServer } from "./server";

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_MS = 2000;
const ATTEMPTS_PER_LEARNER = Number(process.env.BENCH_ATTEMPTS ?? 5);

function pick<T>(items: T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

function randomAnswer(q: PublicQuestion) {
  const ids = q.options.map((o) => o.id);
  switch (q.type) {
    case "single":
    case "multiple":
      return { questionId: q.id, optionIds: pick(ids, q.choose) };
    case "ordering":
      return { questionId: q.id, order: pick(ids, ids.length) };
    case "matching": {
      const matches = pick((q.matches ?? []).map((m) => m.id), ids.length);
      return { questionId: q.id, pairs: Object.fromEntries(ids.map((id, i) => [id, matches[i]!])) };
    }
  }
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

async function main() {
  const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 3401));
  let acked = 0;
  let errors = 0;
  const errorKinds = new Map<string, number>();
  let exhausted = 0;
  let paced = { acked: 0, latencies: [] as number[], errors: 0, rate: 0 };
  let saturated = { ...paced };
  try {
    // Set-up, untimed: every learner signs in as a guest and starts its exams (65 questions each).
    type Session = { cookie: string; attempts: AttemptState[] };
    const sessions: Session[] = [];
    // Plain node:http with keep-alive: a light client, so the load generator does not starve the
    // server of the second core (fetch costs several times more CPU per request).
    const agent = new http.Agent({ keepAlive: true, maxSockets: LEARNERS + 10 });
    const { hostname, port } = new URL(server.url);
    const post = (session: Session, url: string, body: unknown) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const payload = JSON.stringify(body);
        const request = http.request(
          { agent, hostname, port, path: url, method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), cookie: session.cookie } },
          (response) => {
            const setCookie = response.headers["set-cookie"]?.[0];
            if (setCookie) session.cookie = setCookie.split(";")[0]!;
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
          },
        );
        request.on("error", reject);
        request.end(payload);
      });
    const setupStarted = performance.now();
    for (let i = 0; i < LEARNERS; i += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, LEARNERS - i) }, async () => {
          const session: Session = { cookie: "", attempts: [] };
          for (let k = 0; k < ATTEMPTS_PER_LEARNER; k++) {
            const created = await post(session, "/api/attempts", { mode: "exam", count: 65 });
            if (created.status !== 201) throw new Error(`could not start an exam: ${created.status} ${created.text}`);
            session.attempts.push(JSON.parse(created.text) as AttemptState);
          }
          sessions.push(session);
        }),
      );
    }
    console.log(`Set-up: ${LEARNERS} learners × ${ATTEMPTS_PER_LEARNER} exams of 65 questions in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);

    // Timed, paced: each learner answers at an even pace so that together they offer RATE answers/s.
    // Latency counts from when an answer was due, so a slow server cannot hide behind a late send.
    const queues = sessions.map((session) => ({ session, items: session.attempts.flatMap((attempt) => attempt.questions.map((q) => ({ attempt, q }))) }));
    const runPhase = async (paced: boolean, seconds: number) => {
      const phase = { acked: 0, latencies: [] as number[], errors: 0 };
      const started = performance.now();
      const end = started + seconds * 1000;
      const interval = (LEARNERS / RATE) * 1000;
      await Promise.all(
        queues.map(async ({ session, items }, index) => {
          let due = started + (paced ? (index / LEARNERS) * interval : 0);
          while (items.length) {
            if (paced) {
              const wait = due - performance.now();
              if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            }
            const sentFor = paced ? due : performance.now();
            if (sentFor >= end) return;
            const { attempt, q } = items.shift()!;
            const response = await post(session, `/api/attempts/${attempt.id}/answers`, randomAnswer(q));
            const ms = performance.now() - sentFor;
            if (response.status === 200) {
              acked++;
              phase.acked++;
              phase.latencies.push(ms);
            } else {
              errors++;
              phase.errors++;
              errorKinds.set(String(response.status), (errorKinds.get(String(response.status)) ?? 0) + 1);
            }
            due += interval;
          }
          exhausted++;
        }),
      );
      phase.latencies.sort((a, b) => a - b);
      return { ...phase, rate: phase.acked / seconds };
    };
    await runPhase(false, WARMUP_MS / 1000);
    paced = await runPhase(true, SECONDS);
    saturated = await runPhase(false, 5);
  } finally {
    await server.stop();
  }
  const stored = (new Database(server.databaseFile, { readonly: true }).prepare(`SELECT COUNT(*) AS n FROM "Answer"`).get() as { n: number }).n;
  const p50 = percentile(paced.latencies, 50);
  const p99 = percentile(paced.latencies, 99);
  console.log(`\nQuiz API under npm start on SQLite: ${LEARNERS} concurrent learners offering ${RATE} answers/s for ${SECONDS} s (after ${WARMUP_MS / 1000} s warm-up)`);
  console.log(`  answers/s        ${paced.rate.toFixed(0)} acknowledged`);
  console.log(`  latency          p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (from when each answer was due)`);
  console.log(`  errors           ${errors}${errorKinds.size ? ` (${[...errorKinds].map(([code, n]) => `${n}× ${code}`).join(", ")})` : ""}`);
  if (exhausted) console.log(`  note             ${exhausted} learners ran out of questions before the end: raise BENCH_ATTEMPTS`);
  console.log(`  stored = acked   ${stored === acked ? "yes" : "NO"} (${stored} stored, ${acked} acknowledged over all phases)`);
  console.log(`  target           ≥ 1000 answers/s, p99 < 50 ms, no errors, nothing lost → ${paced.rate >= 990 && p99 < 50 && errors === 0 && stored === acked ? "met" : "NOT met"}`);
  console.log(
    `  capacity         ${saturated.rate.toFixed(0)} answers/s with every learner sending back to back for 5 s (p50 ${percentile(saturated.latencies, 50).toFixed(1)} ms, p99 ${percentile(saturated.latencies, 99).toFixed(1)} ms: queueing, by Little's law)`,
  );

  // The ceiling: the same rows inserted one by one (each its own transaction, as the API does) straight into SQLite.
  const raw = new Database(path.join(mkdtempSync(path.join(tmpdir(), "eks-bench-raw-")), "raw.db"));
  raw.pragma("journal_mode = WAL");
  raw.exec(`CREATE TABLE "Answer" ("id" TEXT NOT NULL PRIMARY KEY, "attemptQuestionId" TEXT NOT NULL UNIQUE, "learnerId" TEXT NOT NULL, "questionId" TEXT NOT NULL, "response" TEXT NOT NULL, "correct" BOOLEAN NOT NULL, "answeredAt" DATETIME NOT NULL)`);
  const insert = raw.prepare(`INSERT INTO "Answer" VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const rows = 20_000;
  const t0 = performance.now();
  for (let i = 0; i < rows; i++) insert.run(randomUUID(), randomUUID(), randomUUID(), "arch-001", '{"kind":"choice","optionIds":["b"]}', 1, Date.now());
  const rawRate = rows / ((performance.now() - t0) / 1000);
  console.log(`  raw SQLite       ${rawRate.toFixed(0)} single-row inserts/s (the same rows, no HTTP, no ORM)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
