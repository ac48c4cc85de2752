import { vi } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "./databases";
import { answerFromBank, type PublicQ } from "../fixtures/answers";

/**
 * The app's route handlers on a fresh, migrated, synced database of one engine, called in-process
 * with real Requests — the same code path `next start` runs, without the HTTP server.
 */
export async function startApp(engine: "sqlite" | "postgresql") {
  const database: TestDatabase = await createTestDatabase(engine);
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  process.env.ENABLE_TEST_CLOCK = "1";
  vi.resetModules();
  delete (globalThis as { __eksCourseDb?: unknown }).__eksCourseDb;
  const { getDb } = await import("@/lib/db");
  const { syncQuestionBank } = await import("@/lib/quiz/sync");
  const { loadQuestionBank } = await import("@/lib/quiz/bank");
  const bank = loadQuestionBank();
  await syncQuestionBank(getDb(), bank);
  const routes = {
    attempts: await import("@/app/api/attempts/route"),
    attempt: await import("@/app/api/attempts/[id]/route"),
    answers: await import("@/app/api/attempts/[id]/answers/route"),
    flags: await import("@/app/api/attempts/[id]/flags/route"),
    submit: await import("@/app/api/attempts/[id]/submit/route"),
    progress: await import("@/app/api/progress/route"),
    lessons: await import("@/app/api/progress/lessons/route"),
    review: await import("@/app/api/review/route"),
    rate: await import("@/app/api/review/rate/route"),
    preview: await import("@/app/api/review/preview/route"),
    auth: await import("@/app/api/auth/[...all]/route"),
    me: await import("@/app/api/account/me/route"),
    exportData: await import("@/app/api/account/export/route"),
    deleteAccount: await import("@/app/api/account/delete/route"),
    instructor: await import("@/app/api/instructor/overview/route"),
    bookmarks: await import("@/app/api/bookmarks/route"),
    labs: await import("@/app/api/labs/route"),
    labCheck: await import("@/app/api/labs/check/route"),
    labReveal: await import("@/app/api/labs/reveal/route"),
    labState: await import("@/app/api/labs/state/route"),
  };
  return {
    db: getDb(),
    bank,
    routes,
    stop: async () => {
      await getDb().$disconnect();
      delete (globalThis as { __eksCourseDb?: unknown }).__eksCourseDb;
      await database.drop();
    },
  };
}

export type App = Awaited<ReturnType<typeof startApp>>;

/** Headers that make the app's clock read `date` for one request (the test clock: lib/http.ts reads it when test hooks are on). */
export const at = (date: Date) => ({ "x-test-now": date.toISOString() });

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

/** A browser-like client: keeps its cookies, sends JSON from one client address. */
export class Learner {
  private jar = new Map<string, string>();
  constructor(
    private readonly app: App,
    readonly ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  ) {}

  /** The learner id in the signed guest cookie (`eks_learner=<id>.<signature>`). */
  get learnerId(): string {
    return (this.jar.get("eks_learner") ?? "").split(".")[0]!;
  }

  /** The value of one cookie in the jar. */
  cookieValue(name: string): string | undefined {
    return this.jar.get(name);
  }

  get cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  set cookie(value: string) {
    this.jar.clear();
    for (const part of value.split(";")) {
      const [k, ...v] = part.trim().split("=");
      if (k) this.jar.set(k, v.join("="));
    }
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, ...rest] = pair!.trim().split("=");
      const value = rest.join("=");
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.jar.delete(name!);
      else this.jar.set(name!, value);
    }
  }

  async send(handler: Handler, options: { id?: string; body?: unknown; raw?: string; headers?: Record<string, string>; method?: string; path?: string } = {}) {
    const headers: Record<string, string> = { host: "127.0.0.1:3000", "content-type": "application/json", "x-client-ip": this.ip, ...(this.jar.size ? { cookie: this.cookie } : {}), ...options.headers };
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const request = new Request(`http://127.0.0.1:3000${options.path ?? "/api/x"}`, { method: options.method ?? (body === undefined ? "GET" : "POST"), headers, body });
    const response = await handler(request, { params: Promise.resolve({ id: options.id ?? "" }) });
    this.keep(response);
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: response.status, text, json, headers: response.headers };
  }

  /** better-auth's endpoints, e.g. auth("sign-up/email", {...}); browsers send Origin on these. */
  auth(path: string, body?: unknown, headers: Record<string, string> = {}) {
    const handler = (body === undefined ? this.app.routes.auth.GET : this.app.routes.auth.POST) as unknown as Handler;
    return this.send(handler, { body, path: `/api/auth/${path}`, headers: { origin: "http://127.0.0.1:3000", ...headers } });
  }
  signUp(email: string, password = "correct horse battery", name = "Test Learner") {
    return this.auth("sign-up/email", { email, password, name });
  }
  signIn(email: string, password = "correct horse battery") {
    return this.auth("sign-in/email", { email, password });
  }
  me() {
    return this.send(this.app.routes.me.GET as unknown as Handler);
  }
  exportData() {
    return this.send(this.app.routes.exportData.GET as unknown as Handler);
  }
  deleteAccount(body: unknown) {
    return this.send(this.app.routes.deleteAccount.POST as unknown as Handler, { body, headers: { origin: "http://127.0.0.1:3000" } });
  }
  instructorOverview() {
    return this.send(this.app.routes.instructor.GET as unknown as Handler);
  }

  start(body: unknown) {
    return this.send(this.app.routes.attempts.POST as Handler, { body });
  }
  state(id: string) {
    return this.send(this.app.routes.attempt.GET as Handler, { id });
  }
  answer(id: string, body: unknown) {
    return this.send(this.app.routes.answers.POST as Handler, { id, body });
  }
  flag(id: string, body: unknown) {
    return this.send(this.app.routes.flags.POST as Handler, { id, body });
  }
  submit(id: string) {
    return this.send(this.app.routes.submit.POST as Handler, { id, method: "POST" });
  }
  progress() {
    return this.send(this.app.routes.progress.GET as unknown as Handler);
  }
  reviewQueue(now?: Date) {
    return this.send(this.app.routes.review.GET as unknown as Handler, { headers: now ? { "x-test-now": now.toISOString() } : {} });
  }
  rate(body: unknown, now?: Date) {
    return this.send(this.app.routes.rate.POST as unknown as Handler, { body, headers: now ? { "x-test-now": now.toISOString() } : {} });
  }
  complete(body: unknown) {
    return this.send(this.app.routes.lessons.POST as unknown as Handler, { body });
  }
}

/** The right (or a wrong) answer to a public question, worked out from the bank by option text. */
export function answerFor(app: App, q: PublicQ, right: boolean, locale: "en" | "zh" = "en") {
  return answerFromBank(app.bank, q, right, locale);
}
