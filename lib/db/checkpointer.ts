/**
 * SQLite checkpoints off the event loop. In WAL mode a checkpoint copies the log back into the
 * database file and syncs that file. By default the commit that takes the log past 1,000 pages runs
 * it inline: with better-sqlite3 that is synchronous, on the event loop, and every request waits for
 * it. On this project's development machine, 97 of 20,000 single-row commits took 5–31 ms that way,
 * while every other commit took under 0.7 ms. With this worker, 2 of 16,000 commits paced at 1,000 a
 * second took over 5 ms (the FULL checkpoints below), the slowest 10 ms.
 *
 * The app's connection therefore turns automatic checkpoints off (`wal_autocheckpoint = 0`), and a
 * worker thread with a connection of its own runs a PASSIVE checkpoint every `intervalMs`. A PASSIVE
 * checkpoint never takes the write lock and never waits, so it cannot hold up the app's connection.
 * The log starts again from its beginning only when a commit finds every page of it copied back. Under
 * a steady stream of commits that never happens: commits land while a PASSIVE checkpoint copies, so
 * the log only grows (measured: 320 MB in 15 s at 1,000 commits a second). So once the log holds
 * `restartPages` and pages were written since the last round, the worker follows its PASSIVE
 * checkpoint with a FULL one, which takes the write
 * lock between two of the app's commits to copy the few pages written meanwhile; the next commit then
 * starts the log again. Only that checkpoint can make a commit wait, once per `restartPages` pages
 * instead of once per 1,000.
 *
 * Automatic checkpoints are turned off only once the worker has opened the database, and come back if
 * the worker cannot start or stops on its own.
 */
import { Worker } from "node:worker_threads";
import { setSqliteWalPages } from "../metrics";

type SqliteHandle = import("better-sqlite3").Database;

export const CHECKPOINT_INTERVAL_MS = 250;
/** 64 MiB of log (4 KiB pages): at 1,000 answers a second, a FULL checkpoint every few seconds. */
export const RESTART_PAGES = 16_384;
/** How long `stop()` waits for the worker to close its connection before ending the thread. */
export const STOP_TIMEOUT_MS = 2000;
/** SQLite's own default for `wal_autocheckpoint`, restored when the worker is gone. */
export const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

/** What `PRAGMA wal_checkpoint` answers: `log` pages in the log, `checkpointed` of them copied back. */
export type CheckpointReport = { busy: number; log: number; checkpointed: number };

// Plain CommonJS run by the worker (`eval`), so that no bundler has to emit a second entry point:
// better-sqlite3 is required at run time, from the app's node_modules, as the app itself loads it.
// It reports a checkpoint only when its figures change, so an idle server sends nothing.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
// PASSIVE never waits. FULL waits (here, not on the app's thread) up to a second for a moment between
// two of the app's commits; if none comes, it does what PASSIVE does and the next round tries again.
const db = new Database(workerData.file, { fileMustExist: true, timeout: 1000 });
parentPort.postMessage({ ready: true });
let last = "";
const keyOf = (report) => report.log + "/" + report.checkpointed;
const timer = setInterval(() => {
  let report = db.pragma("wal_checkpoint(PASSIVE)")[0];
  let full = false;
  // A log copied back in full with nothing written since the last round starts again at the next
  // commit by itself: an idle server runs no FULL checkpoint.
  const settled = keyOf(report) === last && report.checkpointed === report.log;
  if (report.log >= workerData.restartPages && !settled) {
    report = db.pragma("wal_checkpoint(FULL)")[0];
    full = true;
  }
  const key = keyOf(report);
  if (key !== last || full) parentPort.postMessage({ report, full });
  last = key;
}, workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export type Checkpointer = {
  /** Resolves once the worker has opened the database and automatic checkpoints are off (false: they stay on). */
  readonly ready: Promise<boolean>;
  /** Ends the worker and closes its connection; the app's connection keeps automatic checkpoints off until it closes. */
  stop(): Promise<void>;
};

type Options = {
  intervalMs?: number;
  restartPages?: number;
  /** `full`: this was the FULL checkpoint that may have held the write lock. */
  onReport?: (report: CheckpointReport, full: boolean) => void;
  log?: (line: string) => void;
  /** The worker's code; tests replace it to see the fallback. */
  source?: string;
};

export function startCheckpointer(file: string, handle: SqliteHandle, options: Options = {}): Checkpointer {
  const { intervalMs = CHECKPOINT_INTERVAL_MS, restartPages = RESTART_PAGES, onReport = reportToMetrics, log = console.error, source = WORKER_SOURCE } = options;
  let stopping = false;
  let settle: (ready: boolean) => void = () => {};
  const ready = new Promise<boolean>((resolve) => (settle = resolve));
  // A second V8 isolate costs the process about 9 MB of RSS (10 MB without these limits); the loop
  // above needs far less heap than this, and if it ever ran out the fallback below takes over.
  const worker = new Worker(source, { eval: true, workerData: { file, intervalMs, restartPages }, resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1 } });
  // The worker never keeps the process alive: a server that is shutting down does not wait for it.
  worker.unref();

  const restoreAutocheckpoint = (why: string) => {
    settle(false);
    if (stopping) return;
    stopping = true;
    setAutocheckpoint(handle, DEFAULT_AUTOCHECKPOINT_PAGES);
    log(`SQLite: the checkpoint worker ${why}; the app's connection checkpoints by itself again`);
  };

  worker.on("message", (message: { ready?: true; report?: CheckpointReport; full?: boolean }) => {
    if (message.ready && !stopping) settle(setAutocheckpoint(handle, 0));
    if (message.report) onReport(message.report, message.full === true);
  });
  worker.on("error", (error) => restoreAutocheckpoint(`failed (${error.message})`));
  worker.on("exit", (code) => restoreAutocheckpoint(`stopped (exit code ${code})`));

  return {
    ready,
    async stop() {
      if (stopping) return;
      stopping = true;
      settle(false);
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.postMessage("stop");
      // A FULL checkpoint may be waiting up to a second for the write lock; a shutdown waits no longer than this.
      const deadline = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
      deadline.unref();
      await exited;
      clearTimeout(deadline);
    },
  };
}

/** True if the setting took (the connection may have closed meanwhile). */
function setAutocheckpoint(handle: SqliteHandle, pages: number): boolean {
  if (!handle.open) return false;
  try {
    handle.pragma(`wal_autocheckpoint = ${pages}`);
    return true;
  } catch {
    return false;
  }
}

function reportToMetrics(report: CheckpointReport, full: boolean) {
  setSqliteWalPages(report.log, report.log - report.checkpointed, full);
}
