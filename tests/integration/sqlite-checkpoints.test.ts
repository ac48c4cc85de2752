import { existsSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createDb, getSqliteCheckpointer, getSqliteHandle } from "@/lib/db";
import { DEFAULT_AUTOCHECKPOINT_PAGES, STOP_TIMEOUT_MS, startCheckpointer, type CheckpointReport } from "@/lib/db/checkpointer";
import { migrate, sqliteFilePath } from "@/lib/db/migrate";
import { getMetrics } from "@/lib/metrics";
import { createTestDatabase } from "./databases";

/**
 * SQLite's checkpoints run on a worker thread, not inside a commit on the event loop
 * (lib/db/checkpointer.ts). The timing gain is the benchmark's to show (npm run bench:quiz); these
 * tests hold the mechanism: who checkpoints, that the log stays short, and the fallback.
 */
const PAGE = 4096;
/** Prisma's connection reads integers as BigInt. */
const autocheckpoint = (handle: Database.Database) => Number(handle.pragma("wal_autocheckpoint", { simple: true }));

async function until<T>(read: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function walPages(): Promise<{ total: number; pending: number }> {
  const { values } = await getMetrics().sqliteWalPages.get();
  const of = (state: string) => values.find((v) => v.labels.state === state)?.value ?? Number.NaN;
  return { total: of("total"), pending: of("pending") };
}

async function freshSqlite() {
  const database = await createTestDatabase("sqlite");
  await migrate(database.url);
  return { url: database.url, file: sqliteFilePath(database.url) };
}

/** A connection of the test's own to a fresh database, and the lines a checkpointer logs. */
async function withConnection(run: (file: string, handle: Database.Database, lines: string[]) => Promise<void>) {
  const { file } = await freshSqlite();
  const handle = new Database(file);
  try {
    await run(file, handle, []);
  } finally {
    handle.close();
  }
}

describe("SQLite checkpoints on a worker thread", () => {
  it("the app's client turns inline checkpoints off, and its worker copies the log back so that the log starts again", async () => {
    const { url, file } = await freshSqlite();
    const db = createDb(url, { checkpointInBackground: true });
    try {
      await db.$queryRawUnsafe("SELECT 1");
      expect(await getSqliteCheckpointer(db)!.ready).toBe(true);
      const handle = getSqliteHandle(db)!;
      expect(autocheckpoint(handle)).toBe(0);

      handle.exec("CREATE TABLE scratch (payload BLOB)");
      const insert = handle.prepare("INSERT INTO scratch (payload) VALUES (randomblob(3000))");
      // Past SQLite's own 1,000-page threshold: with inline checkpoints off, only the worker copies pages back.
      for (let i = 0; i < 1500; i++) insert.run();
      await until(async () => {
        const wal = await walPages();
        return wal.total >= 1500 && wal.pending === 0 ? wal : undefined;
      }, "the worker to copy the log back");
      // A commit that finds the whole log copied back starts it again: a later report shows a short log.
      const restarted = await until(async () => {
        insert.run();
        await new Promise((resolve) => setTimeout(resolve, 100));
        const wal = await walPages();
        return wal.total < 100 ? wal : undefined;
      }, "the log to start again");
      expect(restarted.pending).toBe(0);
      expect(await getMetrics().registry.getSingleMetricAsString("eks_course_sqlite_wal_pages")).toContain('state="pending"');
    } finally {
      await db.$disconnect();
    }
    // Both connections closed cleanly: the last one to close checkpointed and removed the log.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it("under a steady stream of commits, a FULL checkpoint at restartPages keeps the log from growing without end", () =>
    withConnection(async (file, handle) => {
      const reports: { log: number; full: boolean }[] = [];
      const restartPages = 400;
      const checkpointer = startCheckpointer(file, handle, { intervalMs: 50, restartPages, onReport: (report, full) => reports.push({ log: report.log, full }) });
      expect(await checkpointer.ready).toBe(true);
      handle.exec("CREATE TABLE scratch (payload BLOB)");
      const insert = handle.prepare("INSERT INTO scratch (payload) VALUES (randomblob(3000))");
      // A steady stream, busier than a server's: PASSIVE checkpoints never find the log fully copied
      // back, so only the FULL ones let it start again. 6,000 commits write over 18,000 pages (75 MB
      // of log when nothing but PASSIVE checkpoints run).
      for (let batch = 0; batch < 600; batch++) {
        for (let i = 0; i < 10; i++) insert.run();
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      await checkpointer.stop();
      // The log never held much more than restartPages plus what the commits between two checks wrote
      // (seen: 4.7 MB); with PASSIVE checkpoints alone it would hold all of them.
      expect(statSync(`${file}-wal`).size).toBeLessThan(5 * restartPages * (PAGE + 24));
      expect(reports.some((r) => r.full)).toBe(true);
    }));

  it("once the log is copied back and nothing more is written, no further FULL checkpoint runs", () =>
    withConnection(async (file, handle) => {
      const fulls: number[] = [];
      const intervalMs = 20;
      const checkpointer = startCheckpointer(file, handle, { intervalMs, restartPages: 300, onReport: (report, full) => full && fulls.push(report.log) });
      expect(await checkpointer.ready).toBe(true);
      handle.exec("CREATE TABLE scratch (payload BLOB)");
      const insert = handle.prepare("INSERT INTO scratch (payload) VALUES (randomblob(3000))");
      for (let i = 0; i < 400; i++) insert.run();
      await until(() => (fulls.length ? fulls : undefined), "a FULL checkpoint of the burst");
      // One more may follow for pages written after a FULL that ran during the burst; then the log is
      // past restartPages but settled, and an idle server must not take the write lock every round.
      await new Promise((resolve) => setTimeout(resolve, 25 * intervalMs));
      const seen = fulls.length;
      await new Promise((resolve) => setTimeout(resolve, 25 * intervalMs));
      expect(fulls.length).toBe(seen);
      await checkpointer.stop();
    }));

  it("one-off clients (scripts) keep SQLite's own checkpoints", async () => {
    const { url } = await freshSqlite();
    const db = createDb(url);
    try {
      await db.$queryRawUnsafe("SELECT 1");
      expect(getSqliteCheckpointer(db)).toBeNull();
      expect(autocheckpoint(getSqliteHandle(db)!)).toBe(DEFAULT_AUTOCHECKPOINT_PAGES);
    } finally {
      await db.$disconnect();
    }
  });

  it("a worker that cannot start leaves the connection checkpointing by itself", () =>
    withConnection(async (file, handle, lines) => {
      const checkpointer = startCheckpointer(file, handle, { source: "throw new Error('better-sqlite3 is not installed here')", log: (line) => lines.push(line) });
      expect(await checkpointer.ready).toBe(false);
      await until(() => (lines.length ? lines : undefined), "the fallback to be logged");
      expect(lines).toEqual([expect.stringContaining("failed (better-sqlite3 is not installed here)")]);
      expect(autocheckpoint(handle)).toBe(DEFAULT_AUTOCHECKPOINT_PAGES);
      await checkpointer.stop();
    }));

  it("a worker that stops on its own hands checkpoints back to the connection", () =>
    withConnection(async (file, handle, lines) => {
      const reports: CheckpointReport[] = [];
      // Opens, reports once, then ends with an error code, as a crashed native module would.
      const source = `
        const { parentPort } = require("node:worker_threads");
        parentPort.postMessage({ ready: true });
        parentPort.postMessage({ report: { busy: 0, log: 7, checkpointed: 7 } });
        setTimeout(() => process.exit(3), 50);`;
      const checkpointer = startCheckpointer(file, handle, { source, log: (line) => lines.push(line), onReport: (report) => reports.push(report) });
      expect(await checkpointer.ready).toBe(true);
      await until(() => (lines.length ? lines : undefined), "the worker's exit to be logged");
      expect(reports).toEqual([{ busy: 0, log: 7, checkpointed: 7 }]);
      expect(lines).toEqual([expect.stringContaining("stopped (exit code 3)")]);
      expect(autocheckpoint(handle)).toBe(DEFAULT_AUTOCHECKPOINT_PAGES);
    }));

  it("stopping ends a worker that does not answer, after STOP_TIMEOUT_MS, so a shutdown cannot hang on it", () =>
    withConnection(async (file, handle, lines) => {
      // Opens and then never reads its messages, as a worker stuck in a checkpoint would.
      const source = `
        require("node:worker_threads").parentPort.postMessage({ ready: true });
        setInterval(() => {}, 1000);`;
      const checkpointer = startCheckpointer(file, handle, { source, log: (line) => lines.push(line) });
      expect(await checkpointer.ready).toBe(true);
      const started = Date.now();
      await checkpointer.stop();
      expect(Date.now() - started).toBeGreaterThanOrEqual(STOP_TIMEOUT_MS - 100);
      expect(lines).toEqual([]);
    }));

  it("stopping ends the worker without handing checkpoints back or logging a failure", () =>
    withConnection(async (file, handle, lines) => {
      const checkpointer = startCheckpointer(file, handle, { log: (line) => lines.push(line) });
      expect(await checkpointer.ready).toBe(true);
      expect(autocheckpoint(handle)).toBe(0);
      await checkpointer.stop();
      expect(lines).toEqual([]);
      expect(autocheckpoint(handle)).toBe(0);
    }));
});
