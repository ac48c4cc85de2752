/**
 * `npm run bench:items`: item analysis over 100,000 answers. Builds a fresh database (SQLite, and
 * PostgreSQL too when BENCH_POSTGRES_URL or TEST_POSTGRES_URL names a server), fills it with
 * simulated learners of varied ability answering practice attempts and exams, then times
 * analyseItems (the same call the instructor page makes) for all versions and with a module filter.
 * Settings: BENCH_ANSWERS (100000), BENCH_RUNS (5), BENCH_SQLITE_FILE (keep the SQLite file there, reuse it next time),
 * BENCH_SKIP_POSTGRES=1.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createDb, type Db } from "../../lib/db";
import { migrate } from "../../lib/db/migrate";
import { analyseItems } from "../../lib/instructor/item-analysis";
import { loadQuestionBank } from "../../lib/quiz/bank";
import { syncQuestionBank } from "../../lib/quiz/sync";

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PER_ATTEMPT = 20;

/** A deterministic generator, so every run measures the same data. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function fill(db: Db) {
  const bank = loadQuestionBank();
  await syncQuestionBank(db, bank);
  const versions = await db.questionVersion.findMany({ select: { id: true, questionId: true, difficulty: true } });
  const byId = new Map(bank.map((q) => [q.id, q]));
  const random = mulberry32(42);
  const attempts = Math.ceil(ANSWERS / PER_ATTEMPT);
  const learners = Math.ceil(attempts / 2.5);
  const abilities = Array.from({ length: learners }, () => (random() + random() + random() - 1.5) * 2);
  const learnerIds = abilities.map(() => randomUUID());
  const start = new Date("2026-10-01T00:00:00Z").getTime();
  await db.learner.createMany({ data: learnerIds.map((id) => ({ id, createdAt: new Date(start) })) });
  let written = 0;
  for (let batch = 0; batch < attempts; batch += 250) {
    const attemptRows: { id: string; learnerId: string; mode: string; locale: string; feedback: string; startedAt: Date; deadline: Date | null; submittedAt: Date; score: number; total: number }[] = [];
    const itemRows: { id: string; attemptId: string; position: number; questionVersionId: string; optionOrder: string; flagged: boolean }[] = [];
    const answerRows: { id: string; attemptQuestionId: string; learnerId: string; questionId: string; response: string; correct: boolean; answeredAt: Date; timeMs: number }[] = [];
    for (let a = batch; a < Math.min(attempts, batch + 250); a++) {
      const learner = a % learners;
      const id = randomUUID();
      const at = start + a * 60_000;
      const mode = random() < 0.2 ? "exam" : "practice";
      const picked = new Set<number>();
      while (picked.size < PER_ATTEMPT) picked.add(Math.floor(random() * versions.length));
      let score = 0;
      [...picked].forEach((index, position) => {
        const v = versions[index]!;
        const q = byId.get(v.questionId)!;
        const p = 1 / (1 + Math.exp(-(abilities[learner]! - (v.difficulty - 2))));
        const right = random() < p;
        if (right) score++;
        const itemId = randomUUID();
        const keys = q.options.filter((o) => o.correct).map((o) => o.id);
        const wrong = q.options.filter((o) => !o.correct).map((o) => o.id);
        const response =
          q.type === "single" || q.type === "multiple"
            ? { kind: "choice", optionIds: right ? keys : [wrong[Math.floor(random() * wrong.length)]!, ...keys.slice(1)] }
            : q.type === "ordering"
              ? { kind: "order", order: right ? q.options.map((o) => o.id) : q.options.map((o) => o.id).reverse() }
              : { kind: "pairs", pairs: Object.fromEntries(q.options.map((o, i) => [o.id, right ? o.id : q.options[(i + 1) % q.options.length]!.id])) };
        itemRows.push({ id: itemId, attemptId: id, position, questionVersionId: v.id, optionOrder: "{}", flagged: random() < 0.03 });
        answerRows.push({ id: randomUUID(), attemptQuestionId: itemId, learnerId: learnerIds[learner]!, questionId: v.questionId, response: JSON.stringify(response), correct: right, answeredAt: new Date(at + position * 45_000), timeMs: Math.round(20_000 + random() * 70_000) });
      });
      attemptRows.push({ id, learnerId: learnerIds[learner]!, mode, locale: "en", feedback: "end", startedAt: new Date(at), deadline: mode === "exam" ? new Date(at + 3_600_000) : null, submittedAt: new Date(at + 1_000_000), score, total: PER_ATTEMPT });
    }
    await db.attempt.createMany({ data: attemptRows });
    await db.attemptQuestion.createMany({ data: itemRows });
    await db.answer.createMany({ data: answerRows });
    written += answerRows.length;
  }
  return { answers: written, attempts, learners, versions: versions.length };
}

async function time(db: Db, label: string, filter: Parameters<typeof analyseItems>[1]) {
  const runs: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    rows = (await analyseItems(db, filter, new Date())).length;
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(28)} ${rows} versions   median ${runs[Math.floor(runs.length / 2)]!.toFixed(0)} ms   min ${runs[0]!.toFixed(0)} ms   max ${runs.at(-1)!.toFixed(0)} ms`);
}

async function bench(engine: string, url: string) {
  await migrate(url);
  const db = createDb(url);
  const t0 = performance.now();
  // BENCH_SQLITE_FILE: keep (and reuse) the SQLite database between runs.
  if ((await db.answer.count()) === 0) {
    const filled = await fill(db);
    console.log(`${engine}: ${filled.answers} answers in ${filled.attempts} attempts by ${filled.learners} learners over ${filled.versions} question versions (filled in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  } else console.log(`${engine}: reusing ${await db.answer.count()} answers`);
  await time(db, "all versions", { version: "all" });
  await time(db, "current versions", { version: "current" });
  await time(db, "one module (architecture)", { version: "current", module: "architecture" });
  await db.$disconnect();
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "eks-bench-items-"));
  await bench("sqlite", `file:${process.env.BENCH_SQLITE_FILE ?? path.join(dir, "bench.db")}`);
  const admin = process.env.BENCH_SKIP_POSTGRES === "1" ? undefined : (process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL);
  if (!admin) return console.log("postgresql: skipped (set BENCH_POSTGRES_URL or TEST_POSTGRES_URL)");
  const name = `eks_bench_${Date.now().toString(36)}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  try {
    await bench("postgresql", url.toString());
  } finally {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
