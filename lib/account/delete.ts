import "server-only";
import type { Db } from "../db";

/**
 * Everything of an account except the user row itself (better-auth deletes that, with its sessions
 * and credentials, right after): the learner and, by cascade, attempts, answers, completed lessons,
 * review cards and bookmarks; class memberships and classes taught; the certificate, which revokes it (its /verify page then finds nothing);
 * then any verification or password-reset tokens issued to it.
 */
export async function deleteAccountData(db: Db, user: { id: string; email: string }): Promise<void> {
  await db.$transaction([
    db.learner.deleteMany({ where: { userId: user.id } }),
    db.certificate.deleteMany({ where: { userId: user.id } }),
    // Out of every class at once (and any class it taught, with its memberships).
    db.classMember.deleteMany({ where: { userId: user.id } }),
    db.class.deleteMany({ where: { ownerId: user.id } }),
    db.verification.deleteMany({ where: { OR: [{ identifier: user.email }, { value: user.id }] } }),
  ]);
}
