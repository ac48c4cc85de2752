/**
 * `npm run bench:quiz`: concurrent simulated learners answering exam questions through the HTTP API
 * against `npm start`: with 100 and 200 learners, on SQLite (one instance) and on PostgreSQL (two
 * instances sharing one database, learners split between them, as behind a load balancer). Prints
 * answers offered and acknowledged, p50/p99/max latency, errors, whether every acknowledged answer
 * was stored, how long starting a 65-question exam takes (for a new guest, and for a returning
 * learner with a growing history), the servers' memory (RSS, and the V8 heap from their metrics)
 * before and after, and — for scale — the raw rate of the same inserts straight into SQLite.
 * Learners are paced (together they offer BENCH_RATE answers/s, as real people with thinking time
 * do); a last phase without pacing measures the capacity.
 * Settings: BENCH_LEARNERS ("100,200"), BENCH_RATE (1000), BENCH_SECONDS (15), BENCH_PORT (3401; the
 * second PostgreSQL instance takes the next port), BENCH_POSTGRES_URL (default TEST_POSTGRES_URL; a
 * fresh database is created on that server and dropped after; unset: SQLite only), BENCH_ENGINES
 * ("sqlite,postgresql").
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import type { AttemptState, PublicQuestion } from "../../lib/quiz/api-types";
import { cpuMs, eventLoopDelayMs, fullCheckpoints, gcTotals, heapMb, type GcTotals, rssMb, startBenchServer, type BenchServer } from "./server";

const LEARNER_COUNTS = (process.env.BENCH_LEARNERS ?? "100,200").split(",").map(Number);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_MS = 2000;
const SATURATED_SECONDS = 5;
const PORT = Number(process.env.BENCH_PORT ?? 3401);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
const ENGINES = (process.env.BENCH_ENGINES ?? "sqlite,postgresql").split(",");
/** Sequential exam starts timed before the load (nothing else running). */
const TIMED_STARTS = 20;
const MAX_OPEN_EXAMS = Number(process.env.BENCH_MAX_EXAMS ?? 3);
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

/**
 * CPU used so far by the app servers, by the load generator (this process), and by the PostgreSQL
 * backends serving `database` when the server runs on this machine (their /proc entries are then
 * readable; elsewhere that figure is left out).
 */
async function sampleCpu(servers: BenchServer[], database: string | undefined) {
  const backends = new Map<number, number>();
  if (database && ["127.0.0.1", "localhost", "[::1]"].includes(new URL(POSTGRES_URL!).hostname)) {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    const { rows } = await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [database]);
    await client.end();
    for (const { pid } of rows) {
      const ms = cpuMs(pid);
      if (Number.isFinite(ms)) backends.set(pid, ms);
    }
  }
  const own = process.cpuUsage();
  return { app: servers.reduce((sum, s) => sum + cpuMs(s.pid), 0), generator: (own.user + own.system) / 1000, backends };
}
type CpuSample = Awaited<ReturnType<typeof sampleCpu>>;

/** CPU ms per acknowledged answer between two samples; a backend first seen at the end counts from zero. */
function cpuPerAnswer(before: CpuSample, after: CpuSample, answers: number) {
  let database = 0;
  for (const [pid, ms] of after.backends) database += ms - (before.backends.get(pid) ?? 0);
  const per = (ms: number) => (answers ? ms / answers : Number.NaN);
  return { app: per(after.app - before.app), generator: per(after.generator - before.generator), database: after.backends.size ? per(database) : Number.NaN };
}

type Session = { cookie: string; server: number; attempts: AttemptState[] };
type Phase = { acked: number; offered: number; latencies: number[]; errors: number; rate: number };

async function runScenario(engine: "sqlite" | "postgresql", learners: number, build: boolean) {
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  let databaseName: string | undefined;
  if (engine === "postgresql") {
    const name = `eks_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(POSTGRES_URL!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    databaseName = name;
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  }
  const servers: BenchServer[] = [await startBenchServer(PORT, { databaseUrl, build })];
  if (engine === "postgresql") servers.push(await startBenchServer(PORT + 1, { databaseUrl, skipSetup: true, build: false }));
  const rssBefore = servers.map((s) => rssMb(s.pid));
  // Enough exams that no learner runs out (the paced phases plus the unpaced one at up to ~1,500/s),
  // but at most three open at once: an open exam's questions are not drawn again, and three
  // 65-question exams nearly use up the bank (the API refuses a fourth with 422 no_questions).
  const attemptsPerLearner = Math.min(MAX_OPEN_EXAMS, Math.max(1, Math.ceil((RATE * (SECONDS + WARMUP_MS / 1000) + 1500 * SATURATED_SECONDS) / learners / 65) + 1));
  let acked = 0;
  let errors = 0;
  const errorKinds = new Map<string, number>();
  let exhausted = 0;
  let paced: Phase = { acked: 0, offered: 0, latencies: [], errors: 0, rate: 0 };
  let saturated: Phase = { ...paced };
  let cpu: ReturnType<typeof cpuPerAnswer> | undefined;
  const startLatencies: number[] = [];
  const returningLatencies: number[] = [];
  let setupSeconds = 0;
  let stored = -1;
  let rssAfter: number[] = [];
  let heapAfter: Awaited<ReturnType<typeof heapMb>>[] = [];
  let loopDelay: Awaited<ReturnType<typeof eventLoopDelayMs>>[] = [];
  let gc: GcTotals[] = [];
  let fulls = Number.NaN;
  try {
    // Plain node:http with keep-alive: a light client, so the load generator does not starve the
    // servers of the second core (fetch costs several times more CPU per request).
    const agent = new http.Agent({ keepAlive: true, maxSockets: learners + 10 });
    const targets = servers.map((s) => new URL(s.url));
    const post = (session: Session, url: string, body: unknown) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const payload = JSON.stringify(body);
        const { hostname, port } = targets[session.server]!;
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
    const startExam = async (session: Session) => {
      const t0 = performance.now();
      const created = await post(session, "/api/attempts", { mode: "exam", count: 65 });
      const ms = performance.now() - t0;
      if (created.status !== 201) throw new Error(`could not start an exam: ${created.status} ${created.text}`);
      session.attempts.push(JSON.parse(created.text) as AttemptState);
      return ms;
    };

    // Set-up, untimed except the first exams: every learner signs in as a guest and starts its exams.
    const sessions: Session[] = Array.from({ length: learners }, (_, i) => ({ cookie: "", server: i % servers.length, attempts: [] }));
    const setupStarted = performance.now();
    // Exam-start latency, one at a time with nothing else running (after a few to warm up).
    // Spread over learners so none exceeds its quota of open exams.
    for (let i = 0; i < 5 + TIMED_STARTS; i++) {
      const ms = await startExam(sessions[(i * 7) % learners]!);
      if (i >= 5) startLatencies.push(ms);
    }
    // The same for a returning learner: each exam submitted before the next, so the draw reads an
    // ever longer history (up to 5 + TIMED_STARTS exams behind it).
    const returning: Session = { cookie: "", server: 0, attempts: [] };
    for (let i = 0; i < 5 + TIMED_STARTS; i++) {
      const ms = await startExam(returning);
      if (i >= 5) returningLatencies.push(ms);
      const submitted = await post(returning, `/api/attempts/${returning.attempts.pop()!.id}/submit`, {});
      if (submitted.status !== 200) throw new Error(`could not submit an exam: ${submitted.status} ${submitted.text}`);
    }
    returningLatencies.sort((a, b) => a - b);
    for (let i = 0; i < learners; i += 10) {
      await Promise.all(
        sessions.slice(i, i + 10).map(async (session) => {
          while (session.attempts.length < attemptsPerLearner) await startExam(session);
        }),
      );
    }
    setupSeconds = (performance.now() - setupStarted) / 1000;
    startLatencies.sort((a, b) => a - b);

    // Timed, paced: each learner answers at an even pace so that together they offer RATE answers/s.
    // Latency counts from when an answer was due, so a slow server cannot hide behind a late send.
    const queues = sessions.map((session) => ({ session, items: session.attempts.flatMap((attempt) => attempt.questions.map((q) => ({ attempt, q }))) }));
    const runPhase = async (pacedPhase: boolean, seconds: number): Promise<Phase> => {
      const phase = { acked: 0, offered: 0, latencies: [] as number[], errors: 0 };
      const started = performance.now();
      const end = started + seconds * 1000;
      const interval = (learners / RATE) * 1000;
      await Promise.all(
        queues.map(async ({ session, items }, index) => {
          let due = started + (pacedPhase ? (index / learners) * interval : 0);
          while (items.length) {
            if (pacedPhase) {
              const wait = due - performance.now();
              if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            }
            const sentFor = pacedPhase ? due : performance.now();
            if (sentFor >= end) return;
            const { attempt, q } = items.shift()!;
            phase.offered++;
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
      // Over the time the phase really took: a server that falls behind stretches it past `seconds`.
      return { ...phase, rate: phase.acked / Math.max(seconds, (performance.now() - started) / 1000) };
    };
    await runPhase(false, WARMUP_MS / 1000);
    await Promise.all(servers.map((s) => eventLoopDelayMs(s)));
    const gcBefore = await Promise.all(servers.map((s) => gcTotals(s)));
    const cpuBefore = await sampleCpu(servers, databaseName);
    paced = await runPhase(true, SECONDS);
    cpu = cpuPerAnswer(cpuBefore, await sampleCpu(servers, databaseName), paced.acked);
    loopDelay = await Promise.all(servers.map((s) => eventLoopDelayMs(s)));
    gc = await Promise.all(servers.map(async (s, i) => subtractGc(await gcTotals(s), gcBefore[i]!)));
    if (engine === "sqlite") fulls = await fullCheckpoints(servers[0]!);
    saturated = await runPhase(false, SATURATED_SECONDS);
    agent.destroy();
    rssAfter = servers.map((s) => rssMb(s.pid));
    heapAfter = await Promise.all(servers.map((s) => heapMb(s)));
  } finally {
    for (const server of servers) await server.stop();
  }
  if (engine === "sqlite") {
    const db = new Database(servers[0]!.databaseFile, { readonly: true });
    stored = (db.prepare(`SELECT COUNT(*) AS n FROM "Answer"`).get() as { n: number }).n;
    db.close();
  } else {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    stored = Number((await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "Answer"`)).rows[0]!.n);
    await client.end();
    await dropDatabase();
  }

  const p50 = percentile(paced.latencies, 50);
  const p99 = percentile(paced.latencies, 99);
  const where = engine === "sqlite" ? "SQLite, one instance" : "PostgreSQL, two instances";
  const mb = (list: number[]) => list.map((n) => `${n.toFixed(0)} MB`).join(" + ");
  console.log(`\n${learners} learners on ${where}, offering ${RATE} answers/s for ${SECONDS} s (after ${WARMUP_MS / 1000} s warm-up)`);
  console.log(`  exam start       p50 ${percentile(startLatencies, 50).toFixed(1)} ms, p99 ${percentile(startLatencies, 99).toFixed(1)} ms (${TIMED_STARTS} starts of 65 questions one at a time; then ${learners}×${attemptsPerLearner} exams set up in ${setupSeconds.toFixed(1)} s)`);
  console.log(`  returning start  p50 ${percentile(returningLatencies, 50).toFixed(1)} ms, p99 ${percentile(returningLatencies, 99).toFixed(1)} ms (one returning learner, ${TIMED_STARTS} starts, each after submitting the last: 5 to ${4 + TIMED_STARTS} exams behind it)`);
  console.log(`  answers          ${paced.acked} of ${paced.offered} offered acknowledged (${paced.rate.toFixed(0)}/s over the phase, including the wait for the last answer)`);
  console.log(`  latency          p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${(paced.latencies.at(-1) ?? 0).toFixed(1)} ms (from when each answer was due)`);
  if (cpu) {
    const ms = (n: number) => `${n.toFixed(2)} ms`;
    const database = engine === "sqlite" ? "database: inside the app (SQLite)" : Number.isFinite(cpu.database) ? `database ${ms(cpu.database)} (its backends' CPU from /proc)` : "database: not measured (the server is not on this machine)";
    console.log(`  CPU per answer   app ${ms(cpu.app)}${servers.length > 1 ? " (both instances)" : ""}, ${database}, load generator ${ms(cpu.generator)} (paced phase)`);
  }
  if (loopDelay.length) {
    console.log(`  event loop       ${loopDelay.map((d) => `p99 ${d.p99.toFixed(1)} ms, max ${d.max.toFixed(1)} ms`).join(" + ")} late (paced phase; the server's own stalls: synchronous work, GC pauses)`);
  }
  if (gc.length) {
    const kind = (k: GcTotals["minor"], name: string) => `${k.count} ${name} (${k.ms.toFixed(0)} ms, ${k.over10ms} over 10 ms)`;
    console.log(`  GC pauses        ${gc.map((g) => `${kind(g.minor, "scavenges")}, ${kind(g.major, "full")}, ${kind(g.incremental, "incremental steps")}`).join(" + ")} (paced phase)`);
  }
  if (Number.isFinite(fulls)) console.log(`  checkpoints      ${fulls} FULL checkpoints by the worker up to the end of the paced phase (each may hold a commit for a few ms)`);
  console.log(`  errors           ${errors}${errorKinds.size ? ` (${[...errorKinds].map(([code, n]) => `${n}× ${code}`).join(", ")})` : ""}`);
  if (exhausted) console.log(`  note             ${exhausted} learners ran out of questions before the end`);
  console.log(`  stored = acked   ${stored === acked ? "yes" : "NO"} (${stored} stored, ${acked} acknowledged over all phases)`);
  console.log(`  RSS              before ${mb(rssBefore)}, after ${mb(rssAfter)}`);
  console.log(`  V8 heap after    ${heapAfter.map((h) => `${h.heapUsed.toFixed(0)} MB used of ${h.heapTotal.toFixed(0)} MB, ${h.external.toFixed(0)} MB external`).join(" + ")} (the rest of RSS: code, native modules, the allocator)`);
  // Keeping up is judged by latency counted from when each answer was due (a server that falls
  // behind shows it there), and nothing lost by every offered answer acknowledged and stored.
  const met = paced.offered > 0 && paced.acked === paced.offered && p99 < 50 && errors === 0 && stored === acked;
  console.log(`  target           ${RATE} answers/s offered, p99 < 50 ms, no errors, every answer acknowledged and stored → ${met ? "met" : "NOT met"}; RSS ≤ 300 MB → ${rssAfter.every((n) => n <= 300) ? "met" : "NOT met"}`);
  console.log(
    `  capacity         ${saturated.rate.toFixed(0)} answers/s with every learner sending back to back for ${SATURATED_SECONDS} s (p50 ${percentile(saturated.latencies, 50).toFixed(1)} ms, p99 ${percentile(saturated.latencies, 99).toFixed(1)} ms: queueing, by Little's law)`,
  );
}

function subtractGc(after: GcTotals, before: GcTotals): GcTotals {
  const minus = (a: GcTotals["minor"], b: GcTotals["minor"]) => ({ count: a.count - b.count, ms: a.ms - b.ms, over10ms: a.over10ms - b.over10ms });
  return { minor: minus(after.minor, before.minor), major: minus(after.major, before.major), incremental: minus(after.incremental, before.incremental) };
}

async function main() {
  let build = true;
  for (const engine of ENGINES) {
    if (engine === "postgresql" && !POSTGRES_URL) {
      console.log("\nPostgreSQL skipped: set BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) to a server the benchmark may create a database on.");
      continue;
    }
    if (engine !== "sqlite" && engine !== "postgresql") throw new Error(`unknown engine ${engine}`);
    for (const learners of LEARNER_COUNTS) {
      await runScenario(engine, learners, build);
      build = false;
    }
  }

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
