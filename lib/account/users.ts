import "server-only";
import { z } from "zod";
import type { Db } from "../db";
import { PASSWORD_MAX, PASSWORD_MIN } from "../auth/password-policy";
import { getAuth } from "../auth/server";
import type { Role } from "../auth/identity";

export const createUserSchema = z.object({
  email: z.email("is not an email address").transform((e) => e.toLowerCase()),
  password: z.string().min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`).max(PASSWORD_MAX),
  name: z.string().trim().min(1).max(100).optional(),
  role: z.enum(["learner", "instructor"]),
});
export type CreateUser = z.infer<typeof createUserSchema>;

/**
 * Creates an account (hashed by better-auth, email treated as verified because an operator vouches
 * for it), or — if the email is taken — sets that account's role and password. For `npm run user:create`.
 */
export async function createOrUpdateUser(db: Db, input: CreateUser): Promise<{ id: string; created: boolean; role: Role }> {
  const ctx = await (await getAuth(db)).$context;
  const hash = await ctx.password.hash(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: existing.id }, data: { role: input.role, ...(input.name ? { name: input.name } : {}) } });
      const credential = await tx.account.findFirst({ where: { userId: existing.id, providerId: "credential" }, select: { id: true } });
      if (credential) await tx.account.update({ where: { id: credential.id }, data: { password: hash } });
      else await tx.account.create({ data: { id: crypto.randomUUID(), userId: existing.id, accountId: existing.id, providerId: "credential", password: hash } });
    });
    return { id: existing.id, created: false, role: input.role };
  }
  const user = await ctx.internalAdapter.createUser({ email: input.email, name: input.name ?? input.email.split("@")[0]!, emailVerified: true, role: input.role }, { method: "email-password" });
  await ctx.internalAdapter.linkAccount({ userId: user.id, accountId: user.id, providerId: "credential", password: hash });
  return { id: user.id, created: true, role: input.role };
}
