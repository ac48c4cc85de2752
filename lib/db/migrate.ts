import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { getDatabaseEngine, type DatabaseEngine } from "../env";

/**
 * Applies the committed SQL migrations in prisma/<engine>/migrations, offline.
 *
 * It keeps Prisma Migrate's own bookkeeping table (_prisma_migrations, same columns, sha256
 * checksums), so `prisma migrate deploy` can take over wherever the schema-engine binary exists.
 * Each migration runs in one transaction together with its bookkeeping row; a second run applies nothing.
 */

export type Migration = { name: string; sql: string; checksum: string };
export type MigrateResult = { engine: DatabaseEngine; applied: string[]; alreadyApplied: string[] };

const PRISMA_ADVISORY_LOCK = 72707369; // the key Prisma Migrate itself locks on

export function migrationsDir(engine: DatabaseEngine, root = process.cwd()): string {
  return path.join(root, "prisma", engine, "migrations");
}

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export function sqliteFilePath(url: string, root = process.cwd()): string {
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  return path.isAbsolute(raw) ? raw : path.resolve(root, raw);
}

export async function migrate(url: string, options: { root?: string; log?: (line: string) => void } = {}): Promise<MigrateResult> {
  const engine = getDatabaseEngine(url);
  const migrations = readMigrations(migrationsDir(engine, options.root));
  const log = options.log ?? (() => {});
  const result = engine === "sqlite" ? await migrateSqlite(url, migrations, options.root) : await migratePostgres(url, migrations);
  for (const name of result.applied) log(`applied ${name}`);
  return { engine, ...result };
}

type Applied = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };

function plan(migrations: Migration[], rows: Applied[]) {
  const done = new Map(rows.filter((r) => r.rolled_back_at == null).map((r) => [r.migration_name, r]));
  for (const row of done.values()) {
    if (row.finished_at == null) {
      throw new Error(`Migration ${row.migration_name} started earlier but did not finish; inspect the database before retrying.`);
    }
    const file = migrations.find((m) => m.name === row.migration_name);
    if (file && file.checksum !== row.checksum) {
      throw new Error(`Migration ${row.migration_name} was edited after it was applied. Add a new migration instead of changing an applied one.`);
    }
  }
  return {
    pending: migrations.filter((m) => !done.has(m.name)),
    alreadyApplied: migrations.filter((m) => done.has(m.name)).map((m) => m.name),
  };
}

async function migrateSqlite(url: string, migrations: Migration[], root?: string) {
  // Loaded lazily so PostgreSQL deployments never need the native module.
  const { default: Database } = await import("better-sqlite3");
  const file = sqliteFilePath(url, root);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL,
      "checksum" TEXT NOT NULL,
      "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL,
      "logs" TEXT,
      "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
    )`);
    const applied: string[] = [];
    // IMMEDIATE takes the write lock up front, so two processes starting together apply each migration once.
    const run = db.transaction(() => {
      const rows = db.prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`).all() as Applied[];
      const { pending, alreadyApplied } = plan(migrations, rows);
      for (const m of pending) {
        db.exec(m.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
        ).run(randomUUID(), m.checksum, Date.now(), m.name, Date.now());
        applied.push(m.name);
      }
      return alreadyApplied;
    });
    const alreadyApplied = run.immediate();
    return { applied, alreadyApplied };
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]) {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<Applied>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const { pending, alreadyApplied } = plan(migrations, rows);
    const applied: string[] = [];
    for (const m of pending) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
        applied.push(m.name);
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed and was rolled back: ${(error as Error).message}`);
      }
    }
    return { applied, alreadyApplied };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
}
