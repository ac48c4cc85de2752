import "server-only";
import type { SessionUser } from "../auth/identity";
import type { Db } from "../db";
import { formatInviteCode } from "./invite";
import { summariseMember, type MemberSummary } from "./member-summary";
import { classNotFound } from "./mutations";
import { canManageClass } from "./permissions";

/** The classes this instructor owns (nobody else's), newest first, with how many learners each has. */
export async function listOwnClasses(db: Db, owner: SessionUser) {
  const rows = await db.class.findMany({
    where: { ownerId: owner.id },
    select: { id: true, name: true, inviteCode: true, createdAt: true, _count: { select: { members: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return rows.map(({ _count, ...row }) => ({ ...row, inviteCode: formatInviteCode(row.inviteCode), members: _count.members }));
}

/** One class, if this instructor owns it; anyone else's (or none) is "not found", never "forbidden", so ids tell nothing. */
export async function getOwnClass(db: Db, owner: SessionUser, classId: string) {
  const found = await db.class.findUnique({ where: { id: classId }, select: { id: true, name: true, inviteCode: true, ownerId: true, createdAt: true } });
  if (!found || !canManageClass(owner, found)) throw classNotFound();
  return { id: found.id, name: found.name, inviteCode: formatInviteCode(found.inviteCode), createdAt: found.createdAt };
}

export const WEAK_MODULE_MIN_ANSWERS = 5;
const MOST_MISSED = 10;

export type ClassReport = {
  class: Awaited<ReturnType<typeof getOwnClass>>;
  members: MemberSummary[];
  /** modules by the class's share of right latest answers, weakest first (only modules with enough answers) */
  weakestModules: { module: string; answered: number; correct: number; accuracy: number }[];
  /** questions whose latest answer is wrong for the most learners in the class */
  mostMissed: { questionId: string; module: string; learners: number }[];
};

/** Everything the class view shows, for the instructor who owns the class. */
export async function getClassReport(db: Db, owner: SessionUser, classId: string, now: Date): Promise<ClassReport> {
  const found = await getOwnClass(db, owner, classId);
  const rows = await db.classMember.findMany({
    where: { classId },
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ joinedAt: "asc" }, { userId: "asc" }],
  });
  const summaries = [];
  // One learner at a time: a class's queries share the connection pool with learners answering questions.
  for (const row of rows) summaries.push(await summariseMember(db, { userId: row.user.id, name: row.user.name, email: row.user.email, joinedAt: row.joinedAt }, now));

  const modules = new Map<string, { answered: number; correct: number }>();
  const missed = new Map<string, { module: string; learners: number }>();
  for (const { summary, latest } of summaries) {
    for (const m of summary.modules) {
      const entry = modules.get(m.module) ?? { answered: 0, correct: 0 };
      entry.answered += m.answered;
      entry.correct += m.correct;
      modules.set(m.module, entry);
    }
    for (const answer of latest.filter((a) => !a.correct)) {
      const entry = missed.get(answer.questionId) ?? { module: answer.module, learners: 0 };
      entry.learners++;
      missed.set(answer.questionId, entry);
    }
  }
  return {
    class: found,
    members: summaries.map((s) => s.summary),
    weakestModules: [...modules]
      .filter(([, m]) => m.answered >= WEAK_MODULE_MIN_ANSWERS)
      .map(([module, m]) => ({ module, ...m, accuracy: m.correct / m.answered }))
      .sort((a, b) => a.accuracy - b.accuracy || a.module.localeCompare(b.module)),
    mostMissed: [...missed]
      .map(([questionId, m]) => ({ questionId, ...m }))
      .sort((a, b) => b.learners - a.learners || a.questionId.localeCompare(b.questionId))
      .slice(0, MOST_MISSED),
  };
}

/**
 * The classes a learner belongs to, each with exactly what its instructor sees about them (the
 * same summary the class view shows, computed by the same function).
 */
export async function listMemberships(db: Db, user: { id: string; name: string; email: string }, now: Date) {
  const rows = await db.classMember.findMany({
    where: { userId: user.id },
    select: { joinedAt: true, class: { select: { id: true, name: true, owner: { select: { name: true } } } } },
    orderBy: [{ joinedAt: "asc" }, { classId: "asc" }],
  });
  if (!rows.length) return [];
  const out = [];
  for (const row of rows) {
    const { summary } = await summariseMember(db, { userId: user.id, name: user.name, email: user.email, joinedAt: row.joinedAt }, now);
    out.push({ classId: row.class.id, name: row.class.name, instructor: row.class.owner.name, joinedAt: row.joinedAt, visible: summary });
  }
  return out;
}

/** A class's public face on its invite page: its name and its instructor's name, nothing else. */
export async function findClassByInvite(db: Db, code: string) {
  const found = await db.class.findUnique({ where: { inviteCode: code }, select: { id: true, name: true, ownerId: true, owner: { select: { name: true } } } });
  return found ? { id: found.id, name: found.name, ownerId: found.ownerId, instructor: found.owner.name } : null;
}

/** When `userId` joined the class, or null if they are not a member. */
export async function findMembership(db: Db, classId: string, userId: string): Promise<{ joinedAt: Date } | null> {
  return db.classMember.findUnique({ where: { classId_userId: { classId, userId } }, select: { joinedAt: true } });
}
