import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "../db";

let cached: Promise<string> | undefined;

/**
 * The cookie-signing secret, kept in the database so every app instance behind a load balancer
 * shares it and nobody has to configure one. Made once, on first use.
 */
export function getCookieSecret(db: Db): Promise<string> {
  cached ??= loadOrCreate(db).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function loadOrCreate(db: Db): Promise<string> {
  const key = "cookie-secret";
  const existing = await db.setting.findUnique({ where: { key } });
  if (existing) return existing.value;
  try {
    await db.setting.create({ data: { key, value: randomBytes(32).toString("base64url") } });
  } catch {
    // Another instance made it first: use theirs.
  }
  return (await db.setting.findUniqueOrThrow({ where: { key } })).value;
}

export function resetCookieSecretCache() {
  cached = undefined;
}
