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
  const existing = await ctx.internalAdapter.findUserByEmail(input.email);
  if (existing) {
    const userId = existing.user.id;
    await ctx.internalAdapter.updateUser(userId, { role: input.role, ...(input.name ? { name: input.name } : {}) });
    if (await ctx.internalAdapter.findCredentialAccount(userId)) await ctx.internalAdapter.updatePassword(userId, hash);
    else await ctx.internalAdapter.linkAccount({ userId, accountId: userId, providerId: "credential", password: hash });
    return { id: userId, created: false, role: input.role };
  }
  const user = await ctx.internalAdapter.createUser({ email: input.email, name: input.name ?? input.email.split("@")[0]!, emailVerified: true, role: input.role }, { method: "email-password" });
  await ctx.internalAdapter.linkAccount({ userId: user.id, accountId: user.id, providerId: "credential", password: hash });
  return { id: user.id, created: true, role: input.role };
}
