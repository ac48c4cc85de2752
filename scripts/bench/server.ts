/** Starts the production server (`npm start`: dist/serve.mjs, compiled from scripts/serve.ts) on a fresh SQLite file for a benchmark, and stops it. */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type BenchServer = { url: string; databaseFile: string; stop: () => Promise<void> };

export async function startBenchServer(port: number): Promise<BenchServer> {
  const root = process.cwd();
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("No production build found: running next build first…");
    execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  }
  // Always recompile the server, so the benchmark measures the current code.
  execFileSync("npm", ["run", "build:server"], { stdio: "ignore" });
  const databaseFile = path.join(mkdtempSync(path.join(tmpdir(), "eks-bench-")), "bench.db");
  const env = { ...process.env, DATABASE_URL: `file:${databaseFile}`, PORT: String(port), NODE_ENV: "production" as const };
  execFileSync(process.execPath, ["dist/setup.mjs"], { env, stdio: "ignore" });
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
