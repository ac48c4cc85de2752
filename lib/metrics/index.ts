/**
 * Prometheus metrics for the production server: request durations by route pattern and status
 * (observed by scripts/server/request-log.ts), the course's own events (answers, attempts, sign-ins,
 * refusals, database errors), plus Node's own (event-loop lag, memory, CPU, GC).
 * One registry per process, kept on globalThis so every bundle of this module (the compiled server,
 * Next's server build) shares it. Label values come from small fixed sets, never from a request.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

type Metrics = {
  registry: Registry;
  requestDuration: Histogram<"method" | "route" | "status">;
  answersRecorded: Counter<"mode">;
  attemptsStarted: Counter<"mode">;
  attemptsSubmitted: Counter<"mode" | "how">;
  signIns: Counter<"result">;
  rateLimited: Counter<"scope">;
  databaseErrors: Counter<"code">;
  sqliteWalPages: Gauge<"state">;
  sqliteFullCheckpoints: Counter;
};

const KEY = "__eksCourseMetrics";

export function getMetrics(): Metrics {
  const store = globalThis as unknown as Record<string, Metrics | undefined>;
  let metrics = store[KEY];
  if (!metrics) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: "eks_course_" });
    const registers = [registry];
    metrics = {
      registry,
      requestDuration: new Histogram({
        name: "eks_course_http_request_duration_seconds",
        help: "HTTP requests by method, route pattern and status",
        labelNames: ["method", "route", "status"] as const,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
        registers,
      }),
      answersRecorded: new Counter({
        name: "eks_course_answers_recorded_total",
        help: "Answers stored (first answers and changed answers), by attempt mode",
        labelNames: ["mode"] as const,
        registers,
      }),
      attemptsStarted: new Counter({ name: "eks_course_attempts_started_total", help: "Quiz attempts started, by mode", labelNames: ["mode"] as const, registers }),
      attemptsSubmitted: new Counter({
        name: "eks_course_attempts_submitted_total",
        help: "Quiz attempts closed, by mode and how: submitted by the learner or expired at the deadline",
        labelNames: ["mode", "how"] as const,
        registers,
      }),
      signIns: new Counter({
        name: "eks_course_sign_ins_total",
        help: "Email sign-in requests by result: success, failure (wrong email or password), locked (account throttle), rate_limited, refused (other 4xx)",
        labelNames: ["result"] as const,
        registers,
      }),
      rateLimited: new Counter({
        name: "eks_course_rate_limit_refusals_total",
        help: "Requests refused with 429, by scope: auth (per-address limits) or account_lock (per-account sign-in lock)",
        labelNames: ["scope"] as const,
        registers,
      }),
      databaseErrors: new Counter({
        name: "eks_course_database_errors_total",
        help: "Database errors that reached a request boundary or the health check, by Prisma error code, unknown, or unavailable (the health check got no answer)",
        labelNames: ["code"] as const,
        registers,
      }),
      sqliteWalPages: new Gauge({
        name: "eks_course_sqlite_wal_pages",
        help: "SQLite only: pages in the write-ahead log at the last background checkpoint, in all (total) and not yet copied back (pending); pending that keeps growing means checkpoints cannot keep up",
        labelNames: ["state"] as const,
        registers,
      }),
      sqliteFullCheckpoints: new Counter({
        name: "eks_course_sqlite_full_checkpoints_total",
        help: "SQLite only: FULL checkpoints the background worker ran because commits kept the log from being copied back (each may make a commit wait briefly)",
        registers,
      }),
    };
    store[KEY] = metrics;
  }
  return metrics;
}

const MODES = new Set(["practice", "exam", "missed", "review"]);
const mode = (value: string) => (MODES.has(value) ? value : "other");

export const countAnswerRecorded = (attemptMode: string) => getMetrics().answersRecorded.inc({ mode: mode(attemptMode) });
export const countAttemptStarted = (attemptMode: string) => getMetrics().attemptsStarted.inc({ mode: mode(attemptMode) });
export const countAttemptClosed = (attemptMode: string, how: "submitted" | "expired") => getMetrics().attemptsSubmitted.inc({ mode: mode(attemptMode), how });
export type SignInResult = "success" | "failure" | "locked" | "rate_limited" | "refused";
export const countSignIn = (result: SignInResult) => getMetrics().signIns.inc({ result });
export const countRateLimited = (scope: "auth" | "account_lock") => getMetrics().rateLimited.inc({ scope });

/** A background checkpoint's report (lib/db/checkpointer.ts). */
export function setSqliteWalPages(total: number, pending: number, full: boolean) {
  const metrics = getMetrics();
  metrics.sqliteWalPages.set({ state: "total" }, total);
  metrics.sqliteWalPages.set({ state: "pending" }, pending);
  if (full) metrics.sqliteFullCheckpoints.inc();
}

const DATABASE_ERROR_NAMES = new Set(["SqliteError", "DriverAdapterError", "DatabaseError"]);

/** Counts `error` when it came from the database (Prisma, its driver adapters, better-sqlite3, pg); true if it did. */
export function countDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (!error.name.startsWith("PrismaClient") && !DATABASE_ERROR_NAMES.has(error.name)) return false;
  const code = (error as { code?: unknown }).code;
  getMetrics().databaseErrors.inc({ code: typeof code === "string" && /^P\d{4}$/.test(code) ? code : "unknown" });
  return true;
}
