import "server-only";
import type { Statement } from "better-sqlite3";
import { preparedOnSqlite, type Db } from "../db";
import { loadCourse } from "../course/load";
import type { Locale } from "../i18n/locales";
import type { StoredQuestion } from "./present";
import { questionSchema } from "./schema";

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
const POOL_SQL = `
  SELECT q."id", q."module", v."id" AS "versionId", v."body"
  FROM "Question" q
  JOIN "QuestionVersion" v ON v."questionId" = q."id"
    AND v."version" = (SELECT MAX(v2."version") FROM "QuestionVersion" v2 WHERE v2."questionId" = q."id")
  WHERE q."retiredAt" IS NULL
  ORDER BY q."id"`;
const poolStatements = new WeakMap<object, Statement<[], PoolRow>>();

/**
 * The whole drawable pool, which every exam start reads: on SQLite one cached prepared statement on
 * Prisma's connection (the ORM's nested "latest version" read costs several times more).
 */
async function listWholePool(db: Db) {
  const local = await preparedOnSqlite(db, poolStatements, (handle) => handle.prepare<[], PoolRow>(POOL_SQL));
  if (!local) return null;
  return local.statements.all().map((row) => ({ id: row.id, module: row.module, versionId: row.versionId, version: { id: row.versionId, body: row.body } }));
}

/** The drawable questions (not retired) with their current versions. */
export async function listCurrentQuestions(db: Db, where: { module?: string; ids?: string[] } = {}) {
  if (!where.module && !where.ids) {
    const pool = await listWholePool(db);
    if (pool) return pool;
  }
  const rows = await db.question.findMany({
    where: { retiredAt: null, ...(where.module ? { module: where.module } : {}), ...(where.ids ? { id: { in: where.ids } } : {}) },
    select: { id: true, module: true, versions: { select: { id: true, body: true }, orderBy: { version: "desc" }, take: 1 } },
    orderBy: { id: "asc" },
  });
  return rows.flatMap((row) => (row.versions[0] ? [{ id: row.id, module: row.module, versionId: row.versions[0].id, version: row.versions[0] }] : []));
}
