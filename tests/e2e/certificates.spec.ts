import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadQuestionBank } from "../../lib/quiz/bank";
import type { AttemptState } from "../../lib/quiz/api-types";
import { answerFromBank } from "../fixtures/answers";
import { expectNoAxeViolations, freshContext, watchConsole } from "./helpers";

const bank = loadQuestionBank();
const PASSWORD = "correct horse battery";
let counter = 0;
const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}-${counter++}@example.com`;

/** Every lesson of the course, from the home page's outline. */
async function listLessons(request: APIRequestContext): Promise<{ module: string; lesson: string }[]> {
  const html = await (await request.get("/en")).text();
  const paths = new Set(Array.from(html.matchAll(/href="\/en\/learn\/([a-z0-9-]+)\/([a-z0-9-]+)"/g), (m) => `${m[1]}/${m[2]}`));
  return [...paths].map((p) => ({ module: p.split("/")[0]!, lesson: p.split("/")[1]! }));
}

/** A signed-up account that has completed every lesson and passed a submitted 30-question exam. */
async function becomeEligible(request: APIRequestContext, baseURL: string, email: string) {
  const origin = new URL(baseURL).origin;
  expect((await request.post("/api/auth/sign-up/email", { data: { email, password: PASSWORD, name: email.split("@")[0] }, headers: { origin } })).status()).toBe(200);
  const lessons = await listLessons(request);
  expect(lessons.length).toBeGreaterThan(10);
  for (const lesson of lessons) expect((await request.post("/api/progress/lessons", { data: { ...lesson, completed: true }, headers: { origin } })).status()).toBe(200);
  const exam = (await (await request.post("/api/attempts", { data: { mode: "exam" }, headers: { origin } })).json()) as AttemptState;
  expect(exam.questions).toHaveLength(30);
  for (const q of exam.questions) expect((await request.post(`/api/attempts/${exam.id}/answers`, { data: answerFromBank(bank, q, true), headers: { origin } })).status()).toBe(200);
  expect((await request.post(`/api/attempts/${exam.id}/submit`, { headers: { origin } })).status()).toBe(200);
}

test("an eligible learner issues a printable certificate; /verify shows name, date and course until the account is deleted", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const context = await freshContext(browser);
  const page = await context.newPage();
  const errors = watchConsole(page);
  const email = uniqueEmail("cert");

  // Signed out: the page explains and offers sign-in.
  await page.goto("/en/certificate");
  await expect(page.getByTestId("certificate-sign-in")).toBeVisible();

  // Signed in but not there yet: the checklist says what is missing, and there is no form.
  const origin = new URL(baseURL!).origin;
  expect((await page.request.post("/api/auth/sign-up/email", { data: { email: uniqueEmail("early"), password: PASSWORD, name: "early" }, headers: { origin } })).status()).toBe(200);
  await page.goto("/en/certificate");
  await expect(page.getByTestId("requirement-lessons")).toHaveAttribute("data-met", "false");
  await expect(page.getByTestId("requirement-exam")).toHaveAttribute("data-met", "false");
  await expect(page.getByTestId("certificate-issue-form")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.clearCookies();

  await becomeEligible(page.request, baseURL!, email);
  await page.goto("/en/account");
  await page.getByTestId("account-certificate-link").click();
  await expect(page).toHaveURL(/\/en\/certificate$/);
  await expect(page.getByTestId("requirement-lessons")).toHaveAttribute("data-met", "true");
  await expect(page.getByTestId("requirement-exam")).toHaveAttribute("data-met", "true");
  // The display name defaults to the email's local part, so the field starts empty rather than leak it.
  await expect(page.getByTestId("certificate-name")).toHaveValue("");
  await expectNoAxeViolations(page);

  // An email address is refused, with the reason, and nothing is issued.
  await page.getByTestId("certificate-name").fill(email);
  await page.getByTestId("certificate-issue").click();
  await expect(page.getByTestId("certificate-issue-error")).toContainText("not an email address");
  await page.getByTestId("certificate-name").fill("Ada Lovelace");
  await page.getByTestId("certificate-issue").click();
  await expect(page.getByTestId("certificate-name-shown")).toHaveText("Ada Lovelace");
  const id = (await page.getByTestId("certificate-id").innerText()).trim();
  expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
  await expect(page.getByTestId("certificate-verify-link")).toHaveAttribute("href", `/verify/${id}`);
  await expectNoAxeViolations(page);

  // Printable: on paper only the certificate, light, without the site's header and footer or buttons.
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("body > footer")).toBeHidden();
  await expect(page.getByTestId("certificate-print")).toBeHidden();
  await expect(page.getByTestId("certificate-sheet")).toBeVisible();
  await page.emulateMedia({ media: "screen", colorScheme: "light" });

  // In Chinese too.
  await page.goto("/zh/certificate");
  await expect(page.getByTestId("certificate-name-shown")).toHaveText("Ada Lovelace");
  await expect(page.getByTestId("certificate-course")).toContainText("EKS 备考课程");
  await expect(page.getByTestId("certificate-date")).toContainText("颁发日期");

  // A stranger verifies it in their language, and sees name, date and course, never the email.
  // The browser's locale is one language tag; the header carries the whole Accept-Language list
  // (Chromium 156.0.8078.114 refuses a list as the locale: "Invalid locale name").
  for (const [browserLocale, language, locale, valid] of [["en-GB", "en-GB,en;q=0.9", "en", "This certificate is valid."], ["zh-CN", "zh-CN,zh;q=0.9", "zh", "这张证书有效。"]] as const) {
    const stranger = await freshContext(browser, { locale: browserLocale, extraHTTPHeaders: { "accept-language": language } });
    const verifier = await stranger.newPage();
    await verifier.goto(`/verify/${id}`);
    await expect(verifier).toHaveURL(new RegExp(`/${locale}/verify/${id}$`));
    await expect(verifier.getByTestId("verify-valid")).toHaveText(new RegExp(valid));
    await expect(verifier.getByTestId("verify-name")).toHaveText("Ada Lovelace");
    await expect(verifier.getByTestId("verify-course")).toContainText(locale === "zh" ? "EKS 备考课程" : "EKS Exam Prep");
    await expect(verifier.getByTestId("verify-date").locator("time")).toHaveAttribute("datetime", new Date().toISOString().slice(0, 10));
    const html = await verifier.content();
    expect(html).not.toContain(email);
    expect(html).not.toContain(email.split("@")[0]!);
    await stranger.close();
  }

  // Deleting the account revokes it: the verification page then finds nothing.
  const deleted = await page.request.post("/api/account/delete", { data: { password: PASSWORD }, headers: { origin } });
  expect(deleted.status()).toBe(200);
  const gone = await page.goto(`/en/verify/${id}`);
  expect(gone?.status()).toBe(404);
  await expect(page.getByTestId("verify-missing")).toBeVisible();
  expect(errors.filter((e) => !/status of 40[034]/.test(e))).toEqual([]);
  await context.close();
});

for (const scheme of ["light", "dark"] as const) {
  test(`certificate and verification pages pass axe in both languages, ${scheme}, on a phone`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const context = await freshContext(browser, { colorScheme: scheme, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await becomeEligible(page.request, baseURL!, uniqueEmail(`axe-${scheme}`));
    const issued = await page.request.post("/api/certificates", { data: { name: "李雷 Lei Li" }, headers: { origin: new URL(baseURL!).origin } });
    expect(issued.status()).toBe(201);
    const { certificate } = (await issued.json()) as { certificate: { id: string } };
    for (const locale of ["en", "zh"]) {
      for (const path of [`/${locale}/certificate`, `/${locale}/verify/${certificate.id}`, `/${locale}/verify/AAAAAAAAAAAAAAAAAAAAAAAA`]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
      }
    }
    await context.close();
  });
}
