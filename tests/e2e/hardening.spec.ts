import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import type { AttemptState } from "../../lib/quiz/api-types";
import { answerByKeyboard, freshContext, watchConsole } from "./helpers";

const PASSWORD = "correct horse battery";
let counter = 0;
const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}-${counter++}@example.com`;

/** Collects every Content-Security-Policy violation the page reports. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => (await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)) ?? [];
}

test.describe("security headers and CSP", () => {
  test("every kind of page works under the Content-Security-Policy, with no violation", async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await freshContext(browser);
    const page = await context.newPage();
    const errors = watchConsole(page);
    const violations = await watchCsp(page);

    const visit = async (url: string, ready: () => Promise<void>) => {
      const response = await page.goto(url);
      const headers = response!.headers();
      expect(headers["content-security-policy"], url).toMatch(/frame-ancestors 'none'/);
      expect(headers["content-security-policy"]).not.toMatch(/unsafe-eval/);
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      await ready();
      expect(await violations(), url).toEqual([]);
    };

    await visit("/en", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
    await visit("/zh/learn/autoscaling", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
    // a lesson with Mermaid diagrams and a simulator
    await visit("/en/learn/autoscaling/cluster-autoscaler-and-karpenter", async () => {
      const diagram = page.getByTestId("diagram").first();
      await diagram.scrollIntoViewIfNeeded();
      await expect(diagram.locator("svg").first()).toBeVisible({ timeout: 15_000 });
      const simulator = page.getByRole("button", { name: /step|next/i }).first();
      await simulator.scrollIntoViewIfNeeded();
      await expect(simulator).toBeVisible();
    });
    await visit("/en/glossary", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
    await visit("/en/dashboard", () => expect(page.getByTestId("dashboard")).toBeVisible());
    await visit("/en/review", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
    await visit("/en/sign-in", () => expect(page.getByTestId("field-email")).toBeEnabled());
    await visit("/en/practice", () => expect(page.getByTestId("practice-start-exam")).toBeEnabled());
    // the timed exam, then its results
    await page.getByTestId("practice-start-exam").click();
    await expect(page.getByTestId("quiz-attempt")).toHaveAttribute("data-mode", "exam");
    // The draw is random, so the first question may be of any type: answer it the way its type takes.
    const attemptId = new URL(page.url()).pathname.split("/").pop()!;
    const exam = (await (await page.request.get(`/api/attempts/${attemptId}`)).json()) as AttemptState;
    await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", exam.questions[0]!.id);
    const saved = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/attempts/${attemptId}/answers` && r.request().method() === "POST");
    await answerByKeyboard(page, exam.questions[0]!);
    expect((await saved).ok()).toBe(true);
    await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", exam.questions[1]!.id);
    expect(await violations()).toEqual([]);
    await visit("/en/learn/nope/nope", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
    expect(errors.filter((e) => !/404|Not Found/i.test(e))).toEqual([]);
    await context.close();
  });

  test("API errors carry the headers too and keep the one JSON shape", async ({ request }) => {
    for (const [method, url, status] of [["GET", "/api/nope", 404], ["DELETE", "/api/progress", 405], ["GET", "/api/attempts/%E0%A4%A", 400]] as const) {
      const response = await request.fetch(url, { method });
      expect(response.status(), url).toBe(status);
      expect(response.headers()["x-frame-options"]).toBe("DENY");
      const body = await response.json();
      expect(body.error.code).toEqual(expect.any(String));
      if (status === 405) expect(response.headers().allow).toBe("GET");
    }
    const huge = await request.post("/api/attempts", { data: "x".repeat(70 * 1024), headers: { "content-type": "application/json" } });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error.code).toBe("payload_too_large");
  });
});

test.describe("sign-in never redirects off the site", () => {
  for (const next of ["/%09/evil.example", "/%0A/evil.example", "/%0D/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example/", "javascript:alert(1)"]) {
    test(`next=${next}`, async ({ browser }) => {
      const context = await freshContext(browser);
      const page = await context.newPage();
      const email = uniqueEmail("redirect");
      await page.goto("/en");
      const res = await page.request.post("/api/auth/sign-up/email", { data: { email, password: PASSWORD, name: "R" }, headers: { origin: new URL(page.url()).origin } });
      expect(res.status()).toBe(200);
      await context.clearCookies();
      await page.goto(`/en/sign-in?next=${next}`);
      await page.getByTestId("field-email").fill(email);
      await page.getByTestId("field-password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/en\/dashboard$/);
      expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
      await context.close();
    });
  }
});

test("reloading mid-exam returns to the question the learner was on", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto("/en/practice");
  await expect(page.getByTestId("practice-start-exam")).toBeEnabled();
  await page.getByTestId("practice-start-exam").click();
  await expect(page.getByTestId("quiz-attempt")).toHaveAttribute("data-mode", "exam");
  const first = await page.getByTestId("quiz-question").getAttribute("data-question-id");
  await page.getByTestId("quiz-next").click();
  await expect(page.getByTestId("quiz-question")).not.toHaveAttribute("data-question-id", first!);
  await page.getByTestId("quiz-next").click();
  await expect(page).toHaveURL(/#q-3$/);
  const third = await page.getByTestId("quiz-question").getAttribute("data-question-id");
  await page.reload();
  await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", third!);
  await context.close();
});

test("npm start runs in production, logs one JSON line per request and never a reset link, token or address", async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), "eks-log-"));
  const port = 3231;
  const env = { ...process.env, PORT: String(port), DATABASE_URL: `file:${path.join(dir, "log.db")}`, SITE_URL: `http://127.0.0.1:${port}`, EMAIL_SENDER: "console" };
  delete (env as Record<string, string | undefined>).NODE_ENV;
  let output = "";
  // exactly what `npm start` runs
  const server = spawn("sh", ["-c", "node dist/setup.mjs && exec node dist/serve.mjs"], { env, detached: true });
  server.stdout.on("data", (c: Buffer) => (output += c.toString()));
  server.stderr.on("data", (c: Buffer) => (output += c.toString()));
  try {
    const api = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${port}` });
    await expect.poll(async () => (await api.get("/api/health").catch(() => null))?.status(), { timeout: 90_000 }).toBe(200);
    const email = uniqueEmail("log");
    const origin = `http://127.0.0.1:${port}`;
    const signUp = await api.post("/api/auth/sign-up/email", { data: { email, password: PASSWORD, name: "Log" }, headers: { origin } });
    expect(signUp.status()).toBe(200);
    const cookie = signUp.headers()["set-cookie"]!;
    const reset = await api.post("/api/auth/request-password-reset", { data: { email, redirectTo: "/en/reset-password" }, headers: { origin } });
    expect(reset.status()).toBe(200);
    await expect.poll(() => output, { timeout: 10_000 }).toMatch(/reset-password email/);
    // A quiz answer, so the log covers the whole path a learner takes.
    const attempt = await api.post("/api/attempts", { data: { mode: "practice", module: "architecture", count: 1 }, headers: { cookie } });
    expect(attempt.status()).toBe(201);
    const { id, questions } = (await attempt.json()) as { id: string; questions: { id: string; options: { id: string }[] }[] };
    const answer = await api.post(`/api/attempts/${id}/answers`, { data: { questionId: questions[0]!.id, optionIds: [questions[0]!.options[0]!.id] }, headers: { cookie } });
    expect([200, 400]).toContain(answer.status());
    // One structured JSON line per request: time, request id, method, route pattern, status, duration, and nothing else.
    await expect.poll(() => output, { timeout: 10_000 }).toContain('"route":"/api/attempts/[id]/answers"');
    const requests = output.split("\n").filter((line) => line.includes('"reqId"')).map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const line of requests) expect(Object.keys(line).sort()).toEqual(["durationMs", "level", "method", "reqId", "route", "status", "time"]);
    expect(requests.map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual(
      expect.arrayContaining(["POST /api/auth/[...all] 200", "POST /api/attempts 201", "GET /api/health 200"]),
    );
    expect(output).not.toContain(id);
    expect(output).toMatch(/\(production\)/);
    expect(output).not.toContain(email);
    expect(output).not.toMatch(/token|reset-password\?|verify-email\?|https?:\/\/127\.0\.0\.1:\d+\/api\/auth/i);
    expect(output).not.toContain(PASSWORD);
    for (const part of cookie.split(/[;\n]/)) {
      const value = part.split("=")[1];
      if (value && value.length > 20) expect(output).not.toContain(value);
    }
    await api.dispose();
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already stopped
    }
  }
});
