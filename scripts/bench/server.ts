/** Starts the production server (`npm start`: dist/serve.mjs, compiled from scripts/serve.ts) on a fresh SQLite file for a benchmark, and stops it. */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type BenchServer = { url: string; databaseFile: string; pid: number; metricsToken: string; stop: () => Promise<void> };

/** Resident memory of a process in MB (Linux: VmRSS in /proc), or NaN where it cannot be read. */
export function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

let clockTicks: number | undefined;
/**
 * CPU time (user + system) a process has used so far, in ms (Linux: /proc/<pid>/stat), or NaN where
 * it cannot be read. Per unit of work, it holds still on a busy machine where latency does not.
 */
export function cpuMs(pid: number): number {
  try {
    clockTicks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return Number.NaN;
  }
}

/**
 * The V8 heap (used) and the memory outside it that V8 accounts for (Buffers, WebAssembly memory) of
 * a bench server, in MB, from its own Prometheus metrics: next to RSS, they tell the JavaScript heap
 * from the allocator and native memory. NaN when the metrics cannot be read.
 */
export async function heapMb(server: BenchServer): Promise<{ heapUsed: number; heapTotal: number; external: number }> {
  const read = await readMetrics(server);
  return { heapUsed: read("nodejs_heap_size_used_bytes") / 1024 / 1024, heapTotal: read("nodejs_heap_size_total_bytes") / 1024 / 1024, external: read("nodejs_external_memory_bytes") / 1024 / 1024 };
}

/** prom-client samples the event loop every 10 ms and counts that interval in each sample. */
const LOOP_SAMPLE_MS = 10;

/**
 * How late the server's event loop ran since the previous call (each scrape of /api/metrics starts
 * prom-client's histogram again), in ms: p99 and max. A stall of the whole server (synchronous work,
 * a long GC pause) shows here whatever the load generator saw. NaN when the metrics cannot be read.
 */
export async function eventLoopDelayMs(server: BenchServer): Promise<{ p99: number; max: number }> {
  const read = await readMetrics(server);
  const ms = (name: string) => Math.max(0, read(name) * 1000 - LOOP_SAMPLE_MS);
  return { p99: ms("nodejs_eventloop_lag_p99_seconds"), max: ms("nodejs_eventloop_lag_max_seconds") };
}

/** SQLite: the FULL checkpoints the server's checkpoint worker has run since it started (lib/db/checkpointer.ts). */
export async function fullCheckpoints(server: BenchServer): Promise<number> {
  return (await readMetrics(server))("sqlite_full_checkpoints_total");
}

/** Garbage collection so far (prom-client's histogram, by kind): how many pauses and their total, in ms. */
export type GcTotals = Record<"minor" | "major" | "incremental", { count: number; ms: number; over10ms: number }>;

export async function gcTotals(server: BenchServer): Promise<GcTotals> {
  const read = await readMetrics(server);
  const kind = (name: string) => {
    const count = read(`nodejs_gc_duration_seconds_count{kind="${name}"}`);
    return { count, ms: read(`nodejs_gc_duration_seconds_sum{kind="${name}"}`) * 1000, over10ms: count - read(`nodejs_gc_duration_seconds_bucket{le="0.01",kind="${name}"}`) };
  };
  return { minor: kind("minor"), major: kind("major"), incremental: kind("incremental") };
}

/** `name` may carry labels, written as the exposition format does: `metric{label="value"}`. */
async function readMetrics(server: BenchServer): Promise<(name: string) => number> {
  try {
    const text = await (await fetch(`${server.url}/api/metrics`, { headers: { authorization: `Bearer ${server.metricsToken}` } })).text();
    const escape = (name: string) => name.replace(/[{}"]/g, "\\$&");
    return (name) => Number(new RegExp(`^eks_course_${escape(name)} (\\S+)$`, "m").exec(text)?.[1] ?? Number.NaN);
  } catch {
    return () => Number.NaN;
  }
}

export type BenchServerOptions = { databaseUrl?: string; skipSetup?: boolean; build?: boolean };

/**
 * `databaseUrl` (default: a fresh SQLite file) lets two instances share one PostgreSQL database;
 * `skipSetup` for the second of them; `build: false` when the server was compiled already.
 */
export async function startBenchServer(port: number, options: BenchServerOptions = {}): Promise<BenchServer> {
  const root = process.cwd();
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("No production build found: running next build first…");
    execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  }
  // Always recompile the server, so the benchmark measures the current code.
  if (options.build !== false) execFileSync("npm", ["run", "build:server"], { stdio: "ignore" });
  const databaseFile = options.databaseUrl ? "" : path.join(mkdtempSync(path.join(tmpdir(), "eks-bench-")), "bench.db");
  // A token of its own, so the bench can read the server's heap figures from /api/metrics.
  const metricsToken = randomBytes(24).toString("base64url");
  // MALLOC_ARENA_MAX as `npm start` and the image set it (override it in the environment to compare).
  const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2", DATABASE_URL: options.databaseUrl ?? `file:${databaseFile}`, PORT: String(port), NODE_ENV: "production" as const, METRICS_TOKEN: metricsToken };
  if (!options.skipSetup) execFileSync(process.execPath, ["dist/setup.mjs"], { env, stdio: "ignore" });
  // Exactly what `npm start` runs after the database set-up.
  const child: ChildProcess = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []), "dist/serve.mjs"], { env, stdio: ["ignore", "ignore", process.env.BENCH_SERVER_STDERR ? "inherit" : "ignore"], detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    databaseFile,
    pid: child.pid!,
    metricsToken,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 1500));
    },
  };
}
