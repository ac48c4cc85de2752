import "server-only";
import { getDb } from "./db";
import { getDatabaseEngine, getEnv } from "./env";
import { countDatabaseError, getMetrics } from "./metrics";

export type Health = { status: "ok" | "unavailable"; database: { engine: string; ok: boolean; latencyMs?: number; error?: string } };

export async function checkHealth(timeoutMs = 2000): Promise<Health> {
  const engine = getDatabaseEngine(getEnv().DATABASE_URL);
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      getDb().$queryRawUnsafe("SELECT 1"),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: "ok", database: { engine, ok: true, latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    if (!countDatabaseError(error)) getMetrics().databaseErrors.inc({ code: "unavailable" });
    // The message can carry connection details, so the probe says only what kind of failure it was.
    console.error("health check: database unavailable:", error);
    return { status: "unavailable", database: { engine, ok: false, error: error instanceof Error && error.message.startsWith("no answer") ? error.message : "database did not answer" } };
  } finally {
    clearTimeout(timer);
  }
}
