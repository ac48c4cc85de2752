/**
 * `npm run bench:quiz`: many concurrent simulated learners answering exam questions through the
 * HTTP API against `next start` on SQLite. Prints answers/s, p50/p99 latency, errors, whether every
 * acknowledged answer was stored, and — for scale — the raw rate of the same inserts straight into SQLite.
 * Settings: BENCH_LEARNERS (100), BENCH_SECONDS (15), BENCH_PORT (3401).
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { AttemptState, PublicQuestion } from "../../lib/quiz/api-types";
import { startBenchServer } from "./server";

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_MS = 2000;

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
  const latencies: number[] = [];
  let acked = 0;
  let measured = 0;
  let errors = 0;
  const errorKinds = new Map<string, number>();
  const started = performance.now();
  const end = started + WARMUP_MS + SECONDS * 1000;
  try {
    async function learner() {
      let cookie = "";
      const post = async (url: string, body: unknown) => {
        const response = await fetch(server.url + url, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) });
        const setCookie = response.headers.get("set-cookie");
        if (setCookie) cookie = setCookie.split(";")[0]!;
        return response;
      };
      while (performance.now() < end) {
        const created = await post("/api/attempts", { mode: "exam", count: 65 });
        if (created.status !== 201) {
          errors++;
          continue;
        }
        const attempt = (await created.json()) as AttemptState;
        for (const q of attempt.questions) {
          if (performance.now() >= end) return;
          const t0 = performance.now();
          const response = await post(`/api/attempts/${attempt.id}/answers`, randomAnswer(q));
          const ms = performance.now() - t0;
          await response.arrayBuffer();
          if (response.status === 200) {
            acked++;
            if (t0 - started >= WARMUP_MS) {
              measured++;
              latencies.push(ms);
            }
          } else {
            errors++;
            errorKinds.set(String(response.status), (errorKinds.get(String(response.status)) ?? 0) + 1);
          }
        }
      }
    }
    await Promise.all(Array.from({ length: LEARNERS }, learner));
  } finally {
    await server.stop();
  }
  const stored = (new Database(server.databaseFile, { readonly: true }).prepare(`SELECT COUNT(*) AS n FROM "Answer"`).get() as { n: number }).n;
  latencies.sort((a, b) => a - b);
  const rate = measured / SECONDS;
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  console.log(`\nQuiz API under next start on SQLite: ${LEARNERS} concurrent learners, ${SECONDS} s (after ${WARMUP_MS / 1000} s warm-up)`);
  console.log(`  answers/s        ${rate.toFixed(0)}`);
  console.log(`  latency          p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
  console.log(`  errors           ${errors}${errorKinds.size ? ` (${[...errorKinds].map(([s, n]) => `${n}× ${s}`).join(", ")})` : ""}`);
  console.log(`  stored = acked   ${stored === acked ? "yes" : "NO"} (${stored} stored, ${acked} acknowledged)`);
  console.log(`  target           ≥ 1000 answers/s, p99 < 50 ms, no errors, nothing lost → ${rate >= 1000 && p99 < 50 && errors === 0 && stored === acked ? "met" : "NOT met"}`);

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
