import "server-only";
import type { Statement } from "better-sqlite3";
import { preparedOnSqlite, queryOnPostgres, type Db, type PgStatement } from "../db";
import { loadCourse } from "../course/load";
import type { Locale } from "../i18n/locales";
import type { StoredQuestion } from "./present";
import { questionSchema } from "./schema";
import { POOL_REVISION_KEY } from "./sync";

/** Module titles, weights and order, from content/ (read once per process). */
let modules: { slug: string; weight: number; title: Record<Locale, string> }[] | undefined;
export function getModuleCatalogue() {
  modules ??= loadCourse().modules.map((m) => ({ slug: m.slug, weight: m.meta.weight, title: m.meta.title }));
  return modules;
}

const parsedVersions = new Map<string, StoredQuestion>();

/** A stored version's body, re-checked on the way out of the database. Versions never change, so it is cached. */
export function readVersion(version: { id: string; body: string }, module: string): StoredQuestion {
  const hit = parsedVersions.get(version.id);
  if (hit) return hit;
  const question = { ...questionSchema.parse(JSON.parse(version.body)), module };
  if (parsedVersions.size > 5000) parsedVersions.clear();
  parsedVersions.set(version.id, question);
  return question;
}

type PoolRow = { id: string; module: string; versionId: string; body: string };
export type PoolEntry = { id: string; module: string; versionId: string; version: { id: string; body: string } };
const POOL_SQL = `
  SELECT q."id", q."module", v."id" AS "versionId", v."body"
  FROM "Question" q
  JOIN "QuestionVersion" v ON v."questionId" = q."id"
    AND v."version" = (SELECT MAX(v2."version") FROM "QuestionVersion" v2 WHERE v2."questionId" = q."id")
  WHERE q."retiredAt" IS NULL
  ORDER BY q."id"`;
const REVISION_SQL = `SELECT "value" FROM "Setting" WHERE "key" = ?`;
// Read before every exam start; by name on PostgreSQL, where planning it cost more than running it.
// The whole pool is read once per revision, unnamed, on Prisma's pool.
const REVISION_PG: PgStatement = { name: "quiz.pool-revision", text: REVISION_SQL.replace("?", "$1") };
type PoolStatements = { pool: Statement<[], PoolRow>; revision: Statement<[string], { value: string }> };
const poolStatements = new WeakMap<object, PoolStatements>();

/** The whole pool as last read, per client, with the revision it was read under (see POOL_REVISION_KEY). */
const cachedPools = new WeakMap<object, { revision: string; pool: readonly PoolEntry[] }>();

const toEntry = (row: PoolRow): PoolEntry => Object.freeze({ id: row.id, module: row.module, versionId: row.versionId, version: Object.freeze({ id: row.versionId, body: row.body }) });

/**
 * The whole drawable pool, which every exam start draws from. It is content: it changes only when
 * `npm run setup` syncs the banks (lib/quiz/sync.ts), which then writes a new pool revision. So it is
 * read once and kept (frozen; ≈ 250 questions) for as long as the revision stays the same: an exam
 * start reads one Setting row instead of every question's text. Without a revision (a database
 * synced before revisions existed) it is read every time. On SQLite both reads are prepared
 * statements on Prisma's connection.
 */
async function listWholePool(db: Db): Promise<readonly PoolEntry[]> {
  const local = await preparedOnSqlite(db, poolStatements, (handle) => ({
    pool: handle.prepare<[], PoolRow>(POOL_SQL),
    revision: handle.prepare<[string], { value: string }>(REVISION_SQL),
  }));
  // The revision first: a sync finishing in between leaves a newer pool under an older revision,
  // which the next start reads again — never an older pool under a newer revision.
  // On PostgreSQL straight on the pool: the ORM's findUnique costs about twice the round trip here.
  const revision = local
    ? (local.statements.revision.get(POOL_REVISION_KEY)?.value ?? null)
    : ((await queryOnPostgres<{ value: string }>(db, REVISION_PG, [POOL_REVISION_KEY])).rows[0]?.value ?? null);
  const cached = cachedPools.get(db);
  if (revision !== null && cached?.revision === revision) return cached.pool;
  const rows = local ? local.statements.pool.all() : (await queryOnPostgres<PoolRow>(db, POOL_SQL, [])).rows;
  const pool = Object.freeze(rows.map(toEntry));
  if (revision !== null) cachedPools.set(db, { revision, pool });
  return pool;
}

/** The drawable questions (not retired) with their current versions. */
export async function listCurrentQuestions(db: Db, where: { module?: string; ids?: string[] } = {}): Promise<readonly PoolEntry[]> {
  if (!where.module && !where.ids) return listWholePool(db);
  const rows = await db.question.findMany({
    where: { retiredAt: null, ...(where.module ? { module: where.module } : {}), ...(where.ids ? { id: { in: where.ids } } : {}) },
    select: { id: true, module: true, versions: { select: { id: true, body: true }, orderBy: { version: "desc" }, take: 1 } },
    orderBy: { id: "asc" },
  });
  return rows.flatMap((row) => (row.versions[0] ? [{ id: row.id, module: row.module, versionId: row.versions[0].id, version: row.versions[0] }] : []));
}
