import "server-only";
import { createHmac } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware } from "better-auth/api";
import { deleteAccountData } from "../account/delete";
import { attachGuestToUser } from "../account/merge";
import { getDb, type Db } from "../db";
import { getDatabaseEngine, getEnv } from "../env";
import { getEmailSender } from "../email";
import { passwordResetEmail, verificationEmail } from "../email/templates";
import { LEARNER_COOKIE, readGuestLearnerId } from "./guest";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";
import { getCookieSecret } from "./secret";

/**
 * Accounts: better-auth with its Prisma adapter, on the same database and client as the rest of the
 * app. Email + password (scrypt hashes), sessions in the database (so "sign out everywhere" is
 * immediate and every instance agrees), rate limits stored in the database (shared by instances),
 * Origin checks on every state-changing call. Signing up or in adopts/merges the guest's records.
 */
export const AUTH_BASE_PATH = "/api/auth";
export const SESSION_COOKIE_PREFIX = "eks";

/** Requests per minute per client address on the endpoints people could use to guess passwords. */
export const AUTH_RATE_LIMIT = { window: 60, max: 10 };

async function createAuth(db: Db) {
  const env = getEnv();
  const secret = env.AUTH_SECRET ?? createHmac("sha256", await getCookieSecret(db)).update("better-auth").digest("base64url");
  const site = new URL(env.SITE_URL);
  const extraHosts = (env.AUTH_ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return betterAuth({
    appName: "EKS Exam Prep",
    secret,
    basePath: AUTH_BASE_PATH,
    // Links in emails use the host the request came to, but only one of these (no Host-header injection).
    baseURL: { allowedHosts: [site.host, ...extraHosts, "localhost:*", "127.0.0.1:*"], protocol: "auto", fallback: site.origin },
    database: prismaAdapter(db, { provider: getDatabaseEngine(env.DATABASE_URL) }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => getEmailSender().send(passwordResetEmail(user.email, url)),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) => getEmailSender().send(verificationEmail(user.email, url)),
    },
    user: {
      // The role is never taken from a request: only `npm run user:create` sets it.
      additionalFields: { role: { type: "string", required: false, defaultValue: "learner", input: false } },
      // Reached only through POST /api/account/delete, which always asks for the password.
      deleteUser: { enabled: true, beforeDelete: async (user) => deleteAccountData(db, user) },
    },
    disabledPaths: ["/delete-user", "/delete-user/callback"],
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/*": AUTH_RATE_LIMIT,
        "/sign-up/*": AUTH_RATE_LIMIT,
        "/change-password": AUTH_RATE_LIMIT,
        "/request-password-reset": { window: 60, max: 3 },
        "/send-verification-email": { window: 60, max: 3 },
      },
    },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      // better-auth skips Origin checks when NODE_ENV=test; keep them on so tests see production behaviour.
      disableOriginCheck: false,
      // Secure (and __Secure- prefixed) whenever the site is served over HTTPS, as every production deployment must be.
      useSecureCookies: site.protocol === "https:",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // scripts/serve.ts sets x-client-ip from the socket (or from X-Forwarded-For with TRUST_PROXY=1).
      ipAddress: { ipAddressHeaders: ["x-client-ip"] },
    },
    hooks: {
      after: createAuthMiddleware(async (ctx) => {
        const fresh = ctx.context.newSession;
        if (!fresh || !ctx.headers) return;
        const guestId = await readGuestLearnerId(ctx.headers);
        await attachGuestToUser(db, fresh.user.id, guestId);
        if (guestId) ctx.setCookie(LEARNER_COOKIE, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax" });
      }),
    },
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const instances = new WeakMap<Db, Promise<Auth>>();

/** The auth instance for a database client (one per process in the app; tests make several). */
export function getAuth(db: Db = getDb()): Promise<Auth> {
  let auth = instances.get(db);
  if (!auth) {
    auth = createAuth(db);
    instances.set(db, auth);
  }
  return auth;
}
