import Database from "better-sqlite3";
import { Client } from "pg";
import { sqliteFilePath } from "@/lib/db/migrate";

/**
 * A cheap fingerprint of every table of a test database: its row count and an order-independent sum
 * of a hash of each row's full contents, so an insert, a delete or an update of any column shows.
 * The table list is read from the database itself (every table but the migration bookkeeping), so a
 * table added by a later migration is covered without touching the tests. One query per call, on
 * a connection of its own that only reads.
 */
export type Fingerprint = Record<string, { rows: number; hash: string }>;
export type Fingerprinter = { take: () => Promise<Fingerprint>; close: () => Promise<void> };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** FNV-1a over the row's values: a 32-bit hash, summed per table as an integer SQLite can hold exactly. */
function rowHash(...values: unknown[]): number {
  let h = 0x811c9dc5;
  const text = values.map((v) => (v === null ? "\u0001" : Buffer.isBuffer(v) ? v.toString("hex") : String(v))).join("\u0000");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export async function createFingerprinter(url: string): Promise<Fingerprinter> {
  if (url.startsWith("file:")) {
    const db = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
    db.function("fuzz_row_hash", { varargs: true, deterministic: true }, rowHash);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
    const parts = tables.map((t) => {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => quote(c.name));
      return `SELECT '${t.replaceAll("'", "''")}' AS t, count(*) AS n, coalesce(sum(fuzz_row_hash(${columns.join(", ")})), 0) AS h FROM ${quote(t)}`;
    });
    const statement = db.prepare(parts.join(" UNION ALL "));
    return {
      take: async () => Object.fromEntries((statement.all() as { t: string; n: number; h: number }[]).map((r) => [r.t, { rows: r.n, hash: String(r.h) }])),
      close: async () => void db.close(),
    };
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`);
  // hashtext of the row's text form: every column, in one 32-bit value; summed as bigint, so order does not matter.
  const sql = rows.map(({ tablename: t }) => `SELECT '${t.replaceAll("'", "''")}' AS t, count(*)::int AS n, coalesce(sum(hashtext(x::text)::bigint), 0)::text AS h FROM ${quote(t)} x`).join(" UNION ALL ");
  return {
    take: async () => Object.fromEntries((await client.query<{ t: string; n: number; h: string }>(sql)).rows.map((r) => [r.t, { rows: r.n, hash: r.h }])),
    close: () => client.end(),
  };
}

/** The tables whose fingerprints differ, with what changed, e.g. `Answer rows 3→4`. */
export function diffFingerprints(before: Fingerprint, after: Fingerprint, countOnly: ReadonlySet<string> = new Set()): string[] {
  const changes: string[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[table];
    const b = after[table];
    if (a?.rows !== b?.rows) changes.push(`${table} rows ${a?.rows}→${b?.rows}`);
    else if (!countOnly.has(table) && a?.hash !== b?.hash) changes.push(`${table} contents changed`);
  }
  return changes;
}
