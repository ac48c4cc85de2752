/**
 * Copies the authored question banks into the database, idempotently. A question whose text,
 * options or answer changed gets a new immutable version; attempts keep pointing at the version the
 * learner saw, so editing or removing a question never changes past results. Questions no longer
 * in content/ are retired (kept, never drawn again).
 */
import { createHash, randomUUID } from "node:crypto";
import type { Db } from "../db";
import type { StoredQuestion } from "./present";
import type { Question } from "./schema";

/**
 * A Setting that changes whenever a sync changes the drawable pool (a question added, a new version,
 * a question retired, restored or moved to another module). Servers keep the pool in memory and read
 * only this to know it is still current (lib/quiz/catalogue.ts); the pool changes through this sync alone.
 */
export const POOL_REVISION_KEY = "question-pool-revision";

export type SyncReport = { created: number; newVersions: number; retired: number; unchanged: number };

/** Stable JSON (sorted keys), so the hash changes only when the content does. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export function versionBody(question: StoredQuestion): { body: string; hash: string } {
  const { module: _module, ...authored } = question;
  const body = canonical(authored satisfies Question);
  return { body, hash: createHash("sha256").update(body).digest("hex") };
}

export async function syncQuestionBank(db: Db, questions: StoredQuestion[], now = new Date()): Promise<SyncReport> {
  const report: SyncReport = { created: 0, newVersions: 0, retired: 0, unchanged: 0 };
  const existing = await db.question.findMany({
    select: { id: true, module: true, retiredAt: true, versions: { select: { version: true, hash: true }, orderBy: { version: "desc" }, take: 1 } },
  });
  const byId = new Map(existing.map((q) => [q.id, q]));
  let movedCount = 0;
  for (const question of questions) {
    const { body, hash } = versionBody(question);
    const current = byId.get(question.id);
    const latest = current?.versions[0];
    const version = { id: randomUUID(), hash, body, type: question.type, difficulty: question.difficulty, createdAt: now };
    try {
      if (!current) {
        await db.question.create({ data: { id: question.id, module: question.module, createdAt: now, versions: { create: { ...version, version: 1 } } } });
        report.created++;
        continue;
      }
      const moved = current.module !== question.module || current.retiredAt !== null;
      if (latest?.hash === hash) {
        if (moved) {
          await db.question.update({ where: { id: question.id }, data: { module: question.module, retiredAt: null } });
          movedCount++;
        }
        report.unchanged++;
        continue;
      }
      await db.$transaction([
        db.question.update({ where: { id: question.id }, data: { module: question.module, retiredAt: null } }),
        db.questionVersion.create({ data: { ...version, questionId: question.id, version: (latest?.version ?? 0) + 1 } }),
      ]);
      report.newVersions++;
    } catch (error) {
      // Another app instance synced the same question at the same moment: its copy is identical.
      if ((error as { code?: string }).code === "P2002") continue;
      throw error;
    }
  }
  const authored = new Set(questions.map((q) => q.id));
  const gone = existing.filter((q) => !authored.has(q.id) && q.retiredAt === null).map((q) => q.id);
  if (gone.length) report.retired = (await db.question.updateMany({ where: { id: { in: gone } }, data: { retiredAt: now } })).count;
  // Last, once every change is in: a server that reads the new revision then reads the new pool.
  const changed = report.created + report.newVersions + report.retired + movedCount > 0;
  if (changed || !(await db.setting.findUnique({ where: { key: POOL_REVISION_KEY } }))) {
    const value = randomUUID();
    await db.setting.upsert({ where: { key: POOL_REVISION_KEY }, create: { key: POOL_REVISION_KEY, value }, update: { value } }).catch((error: unknown) => {
      // Another instance wrote it at the same moment: its revision is as new as ours.
      if ((error as { code?: string }).code !== "P2002") throw error;
    });
  }
  return report;
}
