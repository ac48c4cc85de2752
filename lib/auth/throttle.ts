import "server-only";
import { createHmac } from "node:crypto";
import type { Db } from "../db";
import { getCookieSecret } from "./secret";

/**
 * Per-account throttling of failed sign-ins, beside better-auth's per-address limit: guesses spread
 * over many addresses still count against the one account they target. After FREE_FAILURES failures
 * in a row the account's sign-in locks for a minute, doubling with each further failure up to
 * MAX_LOCK; while locked no password is even checked. A correct sign-in (once the lock is over)
 * clears the record, as does a quiet WINDOW. The lock can be triggered by anyone who knows the email,
 * which is why it stays short: it slows guessing to a crawl without shutting the owner out for long.
 */
export const FREE_FAILURES = 5;
const FIRST_LOCK_MS = 60_000;
const MAX_LOCK_MS = 15 * 60_000;
const WINDOW_MS = 60 * 60_000;

/** The lock length after `failures` failures in a row (0 while under the free allowance). */
export function lockDuration(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_LOCK_MS * 2 ** (failures - FREE_FAILURES), MAX_LOCK_MS);
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function throttleKey(db: Db, email: string): Promise<string> {
  return createHmac("sha256", await getCookieSecret(db)).update(`sign-in:${normaliseEmail(email)}`).digest("base64url");
}

/** Seconds until this account may try again, or 0 when it may try now. */
export async function signInLockRemaining(db: Db, email: string, now: Date): Promise<number> {
  const row = await db.signInThrottle.findUnique({ where: { key: await throttleKey(db, email) }, select: { lockedUntil: true } });
  const until = row?.lockedUntil?.getTime() ?? 0;
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

export async function recordSignInFailure(db: Db, email: string, now: Date): Promise<void> {
  const key = await throttleKey(db, email);
  const row = await db.signInThrottle.findUnique({ where: { key } });
  const recent = row && now.getTime() - row.lastFailure.getTime() < WINDOW_MS;
  const failures = (recent ? row.failures : 0) + 1;
  const lock = lockDuration(failures);
  const data = { failures, lastFailure: now, lockedUntil: lock ? new Date(now.getTime() + lock) : null };
  await db.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
}

export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: await throttleKey(db, email) } });
}
