import "server-only";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "../auth/identity";
import type { Db } from "../db";
import { DomainError } from "../errors";
import { generateInviteCode } from "./invite";
import { canJoinClass, canManageClass } from "./permissions";
import type { CreateClassInput, JoinClassInput } from "./schema";

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "P2002";
export const classNotFound = () => new DomainError(404, "not_found", "no such class");

/** A new class owned by this instructor, with a fresh invite code. */
export async function createClass(db: Db, owner: SessionUser, input: CreateClassInput, now: Date) {
  if (!canManageClass(owner, { ownerId: owner.id })) throw new DomainError(403, "forbidden", "only instructors may create classes");
  for (let tries = 0; ; tries++) {
    try {
      return await db.class.create({
        data: { id: randomUUID(), ownerId: owner.id, name: input.name, inviteCode: generateInviteCode(), createdAt: now },
        select: { id: true, name: true, inviteCode: true, createdAt: true },
      });
    } catch (error) {
      // 60 random bits make a collision all but impossible; retry a couple of times rather than fail.
      if (!isUniqueViolation(error) || tries >= 2) throw error;
    }
  }
}

/** Deletes one of this instructor's classes (its memberships go with it). Anyone else's: not found. */
export async function deleteClass(db: Db, owner: SessionUser, classId: string): Promise<void> {
  const found = await db.class.findUnique({ where: { id: classId }, select: { ownerId: true } });
  if (!found || !canManageClass(owner, found)) throw classNotFound();
  await db.class.delete({ where: { id: classId } });
}

/** Joins the class with this invite code; joining twice is harmless. */
export async function joinClass(db: Db, user: SessionUser, input: JoinClassInput, now: Date) {
  const target = await db.class.findUnique({ where: { inviteCode: input.code }, select: { id: true, name: true, ownerId: true } });
  if (!target) throw new DomainError(404, "unknown_invite", "no class has this invite code");
  if (!canJoinClass(user, target)) throw new DomainError(409, "own_class", "you teach this class; learners join it");
  try {
    await db.classMember.create({ data: { classId: target.id, userId: user.id, joinedAt: now } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return { classId: target.id, name: target.name };
}

/** Leaves a class: the instructor no longer sees this learner in it. */
export async function leaveClass(db: Db, user: SessionUser, classId: string): Promise<void> {
  const { count } = await db.classMember.deleteMany({ where: { classId, userId: user.id } });
  if (count === 0) throw new DomainError(404, "not_found", "you are not in this class");
}
