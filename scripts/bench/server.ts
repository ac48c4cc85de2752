/** Starts the production server (`npm start`: dist/serve.mjs, compiled from scripts/serve.ts) on a fresh SQLite file for a benchmark, and stops it. */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type BenchServer = { url: string; databaseFile: string; pid: number; stop: () => Promise<void> };

/** Resident memory of a process in MB (Linux: VmRSS in /proc), or NaN where it cannot be read. */
export function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
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
  const env = { ...process.env, DATABASE_URL: options.databaseUrl ?? `file:${databaseFile}`, PORT: String(port), NODE_ENV: "production" as const };
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
