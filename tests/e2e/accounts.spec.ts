import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, freshContext, watchConsole } from "./helpers";

const PASSWORD = "correct horse battery";
let counter = 0;
const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}-${counter++}@example.com`;

async function signUpThroughApi(page: Page, email: string, password = PASSWORD) {
  const origin = new URL(page.url() === "about:blank" ? "http://127.0.0.1:3210" : page.url()).origin;
  const res = await page.request.post("/api/auth/sign-up/email", { data: { email, password, name: email.split("@")[0] }, headers: { origin } });
  expect(res.status()).toBe(200);
}

function lastEmail(to: string, kind: string): string {
  const lines = readFileSync("data/e2e-outbox.jsonl", "utf8").trim().split("\n");
  const mail = lines.map((l) => JSON.parse(l) as { to: string; kind: string; link: string }).filter((m) => m.to === to && m.kind === kind).at(-1);
  if (!mail) throw new Error(`no ${kind} email to ${to}`);
  return mail.link;
}

test.describe("accounts", () => {
  test("a guest answers and completes a lesson, signs up, and finds the progress still there", async ({ browser }) => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto("/en/learn/autoscaling/vpa-and-hpa");
    const check = page.getByTestId("knowledge-check");
    await check.scrollIntoViewIfNeeded();
    await check.getByTestId("knowledge-check-start").click();
    await check.getByTestId("quiz-option").first().check();
    await check.getByTestId("quiz-submit-answer").click();
    await expect(check.getByTestId("quiz-feedback")).toBeVisible();
    await page.getByTestId("lesson-complete").click();
    await expect(page.getByTestId("lesson-complete")).toHaveAttribute("aria-pressed", "true");
    const before = await (await page.request.get("/api/progress")).json();
    const answeredBefore = before.modules.find((m: { module: string }) => m.module === "autoscaling");
    expect(answeredBefore.answered).toBeGreaterThan(0);

    await page.getByTestId("nav-dashboard").click();
    await expect(page.getByTestId("dashboard-guest-notice")).toBeVisible();
    await page.getByTestId("dashboard-guest-notice").getByRole("link").click();
    await expect(page).toHaveURL(/\/en\/sign-up/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create your account");
    const email = uniqueEmail("guest");
    await page.getByTestId("field-email").fill(email);
    await page.getByTestId("field-password").fill(PASSWORD);
    await page.getByTestId("field-name").fill("Grace");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/en\/dashboard/);
    await expect(page.getByTestId("nav-account")).toHaveText("Account: Grace");
    await expect(page.getByTestId("dashboard")).toHaveAttribute("data-active", "true");
    await expect(page.getByTestId("dashboard-guest-notice")).toHaveCount(0);

    const after = await (await page.request.get("/api/progress")).json();
    expect(after).toEqual(before);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "eks_learner")).toBeUndefined();
    const session = cookies.find((c) => c.name === "eks.session_token")!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe("Lax");
    await page.goto("/en/learn/autoscaling/vpa-and-hpa");
    await expect(page.getByTestId("lesson-complete")).toHaveAttribute("aria-pressed", "true");

    // Another device: sign in and see the same progress.
    const other = await freshContext(browser);
    const phone = await other.newPage();
    await phone.goto("/en/sign-in");
    await phone.getByTestId("field-email").fill(email);
    await phone.getByTestId("field-password").fill(PASSWORD);
    await phone.getByRole("button", { name: "Sign in" }).click();
    await expect(phone).toHaveURL(/\/en\/dashboard/);
    expect(await (await phone.request.get("/api/progress")).json()).toEqual(before);
    expect(errors).toEqual([]);
    await other.close();
    await context.close();
  });

  test("keyboard-only sign-in, with a clear error for a wrong password", async ({ browser }) => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto("/zh/sign-in");
    const email = uniqueEmail("keys");
    await signUpThroughApi(page, email);
    await context.clearCookies();
    await page.goto("/zh/sign-in?next=/zh/practice");
    // the submit button is enabled once the form is live (before that, Enter does nothing)
    await expect(page.getByRole("button", { name: "登录" })).toBeEnabled();
    await page.getByTestId("field-email").focus();
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("field-password")).toBeFocused();
    await page.keyboard.type("wrong password!");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("sign-in-error")).toHaveText("邮箱或密码不正确。");
    await page.getByTestId("field-password").focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/zh\/practice$/);
    await expect(page.getByTestId("nav-account")).toBeVisible();
    await context.close();
  });

  test("the account page: change password, export, sign out everywhere, delete", async ({ browser }) => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Faccount/);
    const email = uniqueEmail("acct");
    await signUpThroughApi(page, email);
    await page.goto("/en/account");
    await expect(page.getByTestId("account-email")).toContainText(email);
    await expectNoAxeViolations(page);

    const form = page.getByTestId("change-password-form");
    await form.getByTestId("field-currentPassword").fill("not the password");
    await form.getByTestId("field-newPassword").fill("a fresh new password");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByTestId("change-password-error")).toHaveText("The current password is not right.");
    await form.getByTestId("field-currentPassword").fill(PASSWORD);
    await form.getByTestId("field-newPassword").fill("a fresh new password");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByTestId("change-password-success")).toContainText("Password changed");

    const download = page.waitForEvent("download");
    await page.getByTestId("export-data").click();
    const file = await (await download).path();
    const data = JSON.parse(readFileSync(file, "utf8"));
    expect(data.user.email).toBe(email);
    expect(JSON.stringify(data)).not.toContain("a fresh new password");

    // A second device is signed out when this one signs out everywhere.
    const other = await freshContext(browser);
    const second = await other.newPage();
    await second.goto("/en/sign-in");
    await second.getByTestId("field-email").fill(email);
    await second.getByTestId("field-password").fill("a fresh new password");
    await second.getByRole("button", { name: "Sign in" }).click();
    await expect(second.getByTestId("nav-account")).toBeVisible();
    await page.getByTestId("sign-out-everywhere").click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByTestId("nav-sign-in")).toBeVisible();
    await second.reload();
    await expect(second.getByTestId("nav-sign-in")).toBeVisible();

    await second.goto("/en/sign-in");
    await second.getByTestId("field-email").fill(email);
    await second.getByTestId("field-password").fill("a fresh new password");
    await second.getByRole("button", { name: "Sign in" }).click();
    await expect(second).toHaveURL(/\/en\/dashboard/);
    await second.goto("/en/account");
    const del = second.getByTestId("delete-account-form");
    await del.getByTestId("field-password").fill("wrong");
    await del.getByRole("button", { name: "Delete my account" }).click();
    await expect(second.getByTestId("delete-account-error")).toHaveText("The password is not right. Nothing was deleted.");
    await del.getByTestId("field-password").fill("a fresh new password");
    await del.getByRole("button", { name: "Delete my account" }).click();
    await expect(second).toHaveURL(/\/en\/sign-in\?notice=deleted/);
    await expect(second.getByTestId("sign-in-notice")).toBeVisible();
    const gone = await second.request.post("/api/auth/sign-in/email", { data: { email, password: "a fresh new password" }, headers: { origin: new URL(second.url()).origin } });
    expect(gone.status()).toBe(401);
    await other.close();
    await context.close();
  });

  test("a forgotten password is reset through the emailed link", async ({ browser }) => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto("/en/forgot-password");
    const email = uniqueEmail("reset");
    await signUpThroughApi(page, email);
    await context.clearCookies();
    await page.goto("/en/forgot-password");
    await page.getByTestId("field-email").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByTestId("forgot-success")).toBeVisible();
    await page.goto(lastEmail(email, "reset-password"));
    await expect(page).toHaveURL(/\/en\/reset-password\?token=/);
    await expectNoAxeViolations(page);
    await page.getByTestId("field-password").fill("my replacement password");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in\?notice=reset/);
    await page.getByTestId("field-email").fill(email);
    await page.getByTestId("field-password").fill("my replacement password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/dashboard/);
    // the link works once
    await page.goto(lastEmail(email, "reset-password"));
    await expect(page.getByTestId("reset-bad-link")).toBeVisible();
    await context.close();
  });

  test("the instructor area: learners get a 404, instructors (made on the command line) see it", async ({ browser }) => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto("/en/sign-in");
    await signUpThroughApi(page, uniqueEmail("learner"));
    const refused = await page.goto("/en/instructor");
    expect(refused?.status()).toBe(404);
    expect((await page.request.get("/api/instructor/overview")).status()).toBe(403);

    const email = uniqueEmail("teacher");
    execFileSync("npm", ["run", "-s", "user:create", "--", "--email", email, "--role", "instructor", "--password", "instructor pass 1"], {
      env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" },
      stdio: "pipe",
    });
    await context.clearCookies();
    await page.goto("/en/sign-in?next=/en/instructor");
    await page.getByTestId("field-email").fill(email);
    await page.getByTestId("field-password").fill("instructor pass 1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/instructor$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instructor area");
    await expect(page.getByTestId("nav-instructor")).toBeVisible();
    await expectNoAxeViolations(page);
    // in Chinese, dark, on a phone
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/zh/instructor");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("讲师专区");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  for (const locale of ["en", "zh"] as const) {
    for (const scheme of ["light", "dark"] as const) {
      test(`account and review pages pass axe in ${locale}, ${scheme}, on a phone`, async ({ browser }) => {
        const context = await freshContext(browser, { colorScheme: scheme, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        for (const path of ["sign-in", "sign-up", "forgot-password", "reset-password", "review"]) {
          await page.goto(`/${locale}/${path}`);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
          await expectNoAxeViolations(page);
        }
        await signUpThroughApi(page, uniqueEmail(`axe-${locale}-${scheme}`));
        await page.goto(`/${locale}/account`);
        await expect(page.getByTestId("account-email")).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
        await context.close();
      });
    }
  }
});
