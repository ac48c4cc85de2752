import { z } from "zod";

/** The SQLite file used when DATABASE_URL is not set: zero set-up for the default. */
export const DEFAULT_DATABASE_URL = "file:./data/course.db";

const databaseUrlSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .superRefine((value, ctx) => {
    if (value.startsWith("file:")) {
      if (value.length <= "file:".length) ctx.addIssue({ code: "custom", message: "a file: URL needs a path, e.g. file:./data/course.db" });
      return;
    }
    if (/^postgres(ql)?:\/\//.test(value)) {
      try {
        const url = new URL(value);
        if (!url.hostname) ctx.addIssue({ code: "custom", message: "a postgresql:// URL needs a host" });
        if (url.pathname.length <= 1) ctx.addIssue({ code: "custom", message: "a postgresql:// URL needs a database name, e.g. postgresql://user@localhost:5432/eks_course" });
      } catch {
        ctx.addIssue({ code: "custom", message: "is not a valid postgresql:// URL" });
      }
      return;
    }
    const scheme = value.split(":")[0] ?? "";
    ctx.addIssue({
      code: "custom",
      message: `must start with file: (SQLite) or postgresql:// (PostgreSQL); got a "${scheme.slice(0, 20)}:" URL`,
    });
  });

export const envSchema = z.object({
  DATABASE_URL: databaseUrlSchema.default(DEFAULT_DATABASE_URL),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Base URL used in the sitemap and hreflang links. */
  SITE_URL: z.url().default("http://localhost:3000"),
  /** Test hook, off unless set: lets a request say what time it is (x-test-now) so tests can move the clock. Never set it in production. */
  ENABLE_TEST_CLOCK: z.enum(["0", "1"]).default("0"),
  /** Signs session cookies. Optional: without it a random secret is made once and kept in the database, shared by every instance. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Bearer token that GET /api/metrics (Prometheus) requires; without it the endpoint answers 404. At least 32 characters. */
  METRICS_TOKEN: z.string().min(32, "must be at least 32 characters").optional(),
  /** Extra host names (comma-separated, e.g. course.example.com) that auth links and origins may use, besides SITE_URL's host and localhost. */
  AUTH_ALLOWED_HOSTS: z.string().optional(),
  /** "1" behind a load balancer or proxy that sets X-Forwarded-For: the client's address is then read from it (rate limiting). */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** Where account emails (verification, password reset) go: "console" logs them; "outbox" appends them as JSON lines to EMAIL_OUTBOX. */
  EMAIL_SENDER: z.enum(["console", "outbox"]).default("console"),
  EMAIL_OUTBOX: z.string().default("./data/outbox.jsonl"),
  /**
   * Where instructors edit content on the repository's web site: a file's path is appended, e.g.
   * https://github.com/owner/repo/edit/main gives …/edit/main/content/modules/<module>/<lesson>.en.mdx.
   * Without it, the production editor offers copy and download only.
   */
  CONTENT_REPO_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://github.com/owner/repo/edit/main" }).optional(),
  /**
   * How far (in %) `npm start` lets V8 grow the heap past what survived its last full collection.
   * 50 keeps a busy server's heap near 1.5× its live data; 0 leaves V8's own adaptive factor, which
   * under load grows the heap to 2–3× (README → Performance → Memory has the measurements).
   */
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(400).default(50),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment; the error names each variable and what is wrong with it. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set" (e.g. `DATABASE_URL= npm start`).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated process environment, parsed once. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export type DatabaseEngine = "sqlite" | "postgresql";

export function getDatabaseEngine(url: string): DatabaseEngine {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

/** The public site is served over HTTPS: every cookie is Secure and browsers are told to stay on HTTPS (HSTS). */
export function isSecureSite(env: Env = getEnv()): boolean {
  return env.SITE_URL.startsWith("https:");
}
