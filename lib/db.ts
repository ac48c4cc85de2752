/**
 * The one place a Prisma client is created. SQLite (the embedded default) or PostgreSQL
 * (scale-out), chosen by DATABASE_URL. Both generated clients share the same models, so the
 * rest of the app is typed against the SQLite one.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { getDatabaseEngine, getEnv } from "./env";
import { sqliteFilePath } from "./db/migrate";
import { startCheckpointer, type Checkpointer } from "./db/checkpointer";

export type Db = SqliteClient;
type SqliteHandle = import("better-sqlite3").Database;
export type { Prisma } from "./generated/sqlite/client";

type SqliteSlot = { handle?: SqliteHandle; checkpointer?: Checkpointer };
const sqliteHandles = new WeakMap<object, SqliteSlot>();

/**
 * The SQLite connection Prisma itself uses, for the few hot paths that run prepared statements
 * directly (see lib/quiz/answer-store.ts). Sharing Prisma's one connection matters: a second
 * connection in the same process could block the event loop waiting on Prisma's own write lock.
 * Null on PostgreSQL, or before Prisma has connected.
 */
export function getSqliteHandle(db: Db): SqliteHandle | null {
  return sqliteHandles.get(db)?.handle ?? null;
}

/** The background checkpointer of a SQLite client made with `checkpointInBackground` (lib/db/checkpointer.ts), once connected. */
export function getSqliteCheckpointer(db: Db): Checkpointer | null {
  return sqliteHandles.get(db)?.checkpointer ?? null;
}

/**
 * Prisma's SQLite connection (connecting first if needed) with the caller's statements, prepared once
 * per connection and kept in `cache`. Null on PostgreSQL: the caller takes its Prisma path instead.
 */
export async function preparedOnSqlite<T>(db: Db, cache: WeakMap<object, T>, prepare: (handle: SqliteHandle) => T): Promise<{ handle: SqliteHandle; statements: T } | null> {
  let handle = getSqliteHandle(db);
  if (!handle) {
    await db.$connect();
    handle = getSqliteHandle(db);
  }
  if (!handle) return null;
  let statements = cache.get(handle);
  if (statements === undefined) {
    statements = prepare(handle);
    cache.set(handle, statements);
  }
  return { handle, statements };
}

/**
 * A statement PostgreSQL parses and plans once per connection and then runs from its plan cache
 * (node-postgres sends it by name). For the quiz's hot paths, where planning cost PostgreSQL more than
 * running the statement: the answer read took 0.29–0.36 ms to plan and 0.17 ms to run; from the cache,
 * 0.004 and 0.05 ms. PostgreSQL re-plans a cached statement after a migration changes its tables; list
 * the columns a statement returns (no `*`), so that adding a column never changes its result type.
 */
export type PgStatement = { readonly name: string; readonly text: string };

type PgPools = { main: pg.Pool; prepared?: pg.Pool; url: string };
const pgPools = new WeakMap<object, PgPools>();

/**
 * Session settings of the connections that run named statements. After five calls PostgreSQL may
 * switch a named statement to one generic plan and keeps it until the tables' statistics change. A plan
 * made while the tables were tiny (a fresh deployment, or just after its first automatic ANALYZE)
 * reads them whole and joins by hashing; as they grow, every call reads every answer until the next
 * ANALYZE. These statements are lookups of a few rows by key, so their planner is told never to choose
 * a sequential scan where an index serves: their plans then do not depend on the tables' size
 * (tests/integration/query-plans.test.ts checks the generic plans on tiny tables).
 */
export const PREPARED_SESSION_OPTIONS = "-c enable_seqscan=off";

/** How the direct queries below read a `timestamp(3)` column: as UTC, the way Prisma writes it (not as local time, pg's default). */
const pgTypes = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.TIMESTAMP && format !== "binary" ? (text: string) => new Date(`${text.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format),
} as pg.CustomTypesConfig;

/**
 * The URL with `options` added to any the URL already gives (`?options=-c search_path=…`). pg lets a
 * connection string's parameters override the pool's own settings, so passing them beside the URL
 * would lose ours whenever the URL has its own.
 */
function withSessionOptions(url: string, options: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("options", [parsed.searchParams.get("options"), options].filter(Boolean).join(" "));
  return parsed.toString();
}

function newPool(url: string, max: number) {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection that breaks (the server restarted, a failover) is dropped from the pool and
  // replaced on the next query. Without a listener that 'error' event would end the process.
  pool.on("error", (error) => console.error(`PostgreSQL: an idle pooled connection failed (${error.message}); it is replaced on next use`));
  return pool;
}

/**
 * PostgreSQL's counterpart of `preparedOnSqlite`, for the same few hot paths: runs one query straight
 * on a pool, without Prisma (`$queryRawUnsafe` costs the app about twice the CPU of the query itself:
 * 0.22–0.44 ms a call against 0.10–0.14 ms for the pool directly). A `PgStatement` runs by name on
 * the prepared-statement pool (see PREPARED_SESSION_OPTIONS); plain text runs unnamed on Prisma's own
 * pool, planned on every call. Dates are sent as UTC text and read back as UTC, as Prisma does.
 * Callers take this path once `preparedOnSqlite` has answered null.
 */
export async function queryOnPostgres<Row>(db: Db, statement: string | PgStatement, values: readonly unknown[]): Promise<{ rows: Row[]; rowCount: number }> {
  const pools = pgPools.get(db);
  if (!pools) throw new Error("queryOnPostgres: this client is not connected to PostgreSQL");
  const pool = typeof statement === "string" ? pools.main : (pools.prepared ??= newPool(withSessionOptions(pools.url, PREPARED_SESSION_OPTIONS), 5));
  const query = typeof statement === "string" ? { text: statement } : statement;
  try {
    const result = await pool.query({ ...query, values: values.map((value) => (value instanceof Date ? value.toISOString() : value)), types: pgTypes });
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  } catch (error) {
    // A statement that failed is pg's DatabaseError; anything else (no connection, a timeout) is
    // named so too, as Prisma's adapter would, so the database-error metric counts it.
    if (error instanceof Error && !(error instanceof pg.DatabaseError)) throw Object.assign(new Error(`PostgreSQL: ${error.message}`, { cause: error }), { name: "DatabaseError" });
    throw error;
  }
}

// Marked on the client itself under a global symbol: the compiled API server and Next's page bundles
// each load their own copy of this module but share one client (globalThis), so a module-local map
// would not know a client made by the other copy.
const ENGINE = Symbol.for("eks-course.db-engine");

/** Which engine a client talks to, for the few raw SQL queries whose text differs (placeholders). */
export function getDbEngine(db: Db): "sqlite" | "postgresql" {
  return (db as unknown as Record<symbol, unknown>)[ENGINE] === "postgresql" ? "postgresql" : "sqlite";
}

/**
 * `checkpointInBackground` (SQLite; the app's shared client): WAL checkpoints run on a worker thread
 * instead of inside whichever commit fills the log (lib/db/checkpointer.ts). One-off scripts leave it
 * off: they write little, and SQLite checkpoints when they close.
 */
export function createDb(url: string, options: { checkpointInBackground?: boolean } = {}): Db {
  if (getDatabaseEngine(url) === "sqlite") {
    const file = sqliteFilePath(url);
    const factory = new PrismaBetterSqlite3({ url: `file:${file}` }, { timestampFormat: "unixepoch-ms" });
    const slot: SqliteSlot = {};
    // Wraps the adapter factory only to keep a reference to the connection it opens.
    const adapter = {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => {
        const connection = await factory.connect();
        slot.handle = (connection as unknown as { client: SqliteHandle }).client;
        if (options.checkpointInBackground) {
          void slot.checkpointer?.stop();
          slot.checkpointer = startCheckpointer(file, slot.handle);
        }
        return connection;
      },
      connectToShadowDb: () => factory.connectToShadowDb(),
    } as unknown as PrismaBetterSqlite3;
    const client = new SqliteClient({ adapter });
    sqliteHandles.set(client, slot);
    Object.defineProperty(client, ENGINE, { value: "sqlite" });
    // WAL (set by the migrations runner) with synchronous=NORMAL: a commit survives a crash of the
    // app; only a power cut can lose the last moments. The usual setting for SQLite behind a web app.
    client.$queryRawUnsafe("PRAGMA synchronous = NORMAL").catch((error: unknown) => console.error("PRAGMA synchronous failed:", error));
    if (options.checkpointInBackground) {
      const disconnect = client.$disconnect.bind(client);
      Object.defineProperty(client, "$disconnect", {
        value: async () => {
          const checkpointer = slot.checkpointer;
          slot.checkpointer = undefined;
          await checkpointer?.stop();
          await disconnect();
        },
      });
    }
    return client;
  }
  // Prisma's queries and the unnamed ones above share this pool (made here, not inside the adapter,
  // so queryOnPostgres can use it; $disconnect still ends it). Named statements have a pool of their
  // own, made on first use, since their connections' planner settings differ (PREPARED_SESSION_OPTIONS):
  // five connections, for statements that take a fraction of a millisecond. So an instance holds up to
  // 15 connections. (A pooler in between must pass the `options` startup parameter and keep named
  // statements per client: PgBouncer 1.21+ with max_prepared_statements; RDS Proxy would pin.)
  const pools: PgPools = { main: newPool(url, 10), url };
  const adapter = new PrismaPg(pools.main, { disposeExternalPool: true });
  const client = new PostgresClient({ adapter });
  Object.defineProperty(client, ENGINE, { value: "postgresql" });
  const disconnect = client.$disconnect.bind(client);
  Object.defineProperty(client, "$disconnect", {
    value: async () => {
      const prepared = pools.prepared;
      pools.prepared = undefined;
      await Promise.all([disconnect(), prepared?.end()]);
    },
  });
  pgPools.set(client, pools);
  return client as unknown as Db;
}

const globalForDb = globalThis as unknown as { __eksCourseDb?: Db };

/** The app's shared client (kept across hot reloads in development). */
export function getDb(): Db {
  globalForDb.__eksCourseDb ??= createDb(getEnv().DATABASE_URL, { checkpointInBackground: true });
  return globalForDb.__eksCourseDb;
}
