import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, freshContext, watchConsole } from "./helpers";

const PASSWORD = "correct horse battery";
let counter = 0;
const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}-${counter++}@example.com`;

async function signIn(page: Page, email: string, password: string, next: string) {
  await page.goto(`/en/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByTestId("field-email").fill(email);
  await page.getByTestId("field-password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** No sideways scrolling at this width. */
async function expectFitsWidth(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "light" });
}

test.describe("classes and item analysis", () => {
  test("an instructor creates a class, a learner joins by link and answers, the instructor sees them", async ({ browser }) => {
    // Two actors, seven pages, each checked with axe in light and dark: longer than one page's test.
    test.setTimeout(300_000);
    const teacherEmail = uniqueEmail("teacher");
    execFileSync("npm", ["run", "-s", "user:create", "--", "--email", teacherEmail, "--role", "instructor", "--name", "Ms Teacher", "--password", "instructor pass 1"], {
      env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" },
      stdio: "pipe",
    });
    const teacherContext = await freshContext(browser);
    const teacher = await teacherContext.newPage();
    const teacherErrors = watchConsole(teacher);
    await signIn(teacher, teacherEmail, "instructor pass 1", "/en/instructor/classes");
    await expect(teacher).toHaveURL(/\/en\/instructor\/classes$/);
    await checkPage(teacher);
    await teacher.getByTestId("class-name").fill("Cohort <b>A</b>");
    await teacher.getByTestId("create-class").click();
    await expect(teacher.getByTestId("class-title")).toHaveText("Cohort <b>A</b>");
    const invite = (await teacher.getByTestId("invite-link").textContent())!;
    expect(invite).toMatch(/\/en\/join\/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await checkPage(teacher);

    // A learner with an account follows the link, is asked to sign in, and joins.
    const learnerEmail = uniqueEmail("learner");
    const learnerContext = await freshContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const learner = await learnerContext.newPage();
    const learnerErrors = watchConsole(learner);
    await learner.goto("/en/sign-in");
    const origin = new URL(learner.url()).origin;
    expect((await learner.request.post("/api/auth/sign-up/email", { data: { email: learnerEmail, password: PASSWORD, name: "Lee Learner" }, headers: { origin } })).status()).toBe(200);
    const invitePath = new URL(invite).pathname;
    await learner.goto(invitePath);
    await expect(learner.getByTestId("join-class-name")).toContainText("Cohort <b>A</b>");
    await expectFitsWidth(learner);
    await checkPage(learner);
    await learner.getByTestId("join-class").click();
    await expect(learner.getByTestId("join-already")).toBeVisible();

    // Learners are kept out of the instructor area: 404 pages, 403 APIs.
    expect((await learner.goto("/en/instructor/items"))?.status()).toBe(404);
    expect((await learner.goto("/en/instructor/classes"))?.status()).toBe(404);
    expect((await learner.request.get("/api/instructor/items")).status()).toBe(403);
    expect((await learner.request.get("/api/instructor/classes")).status()).toBe(403);

    // The learner practises: one right answer would need the key, so answer and submit whatever the first option is.
    const attempt = await (await learner.request.post("/api/attempts", { data: { mode: "practice", module: "architecture", count: 3, feedback: "end" }, headers: { origin } })).json();
    for (const q of attempt.questions as { id: string; type: string; choose: number; options: { id: string }[]; matches?: { id: string }[] }[]) {
      const body =
        q.type === "single" || q.type === "multiple"
          ? { questionId: q.id, optionIds: q.options.slice(0, q.choose).map((o) => o.id) }
          : q.type === "ordering"
            ? { questionId: q.id, order: q.options.map((o) => o.id) }
            : { questionId: q.id, pairs: Object.fromEntries(q.options.map((o, i) => [o.id, q.matches![i]!.id])) };
      expect((await learner.request.post(`/api/attempts/${attempt.id}/answers`, { data: body, headers: { origin } })).status()).toBe(200);
    }
    expect((await learner.request.post(`/api/attempts/${attempt.id}/submit`, { headers: { origin } })).status()).toBe(200);

    // The learner's account page shows the class and exactly what the instructor sees.
    await learner.goto("/en/account");
    const mine = learner.getByTestId("my-classes");
    await expect(mine).toContainText("Cohort <b>A</b>");
    await expect(mine).toContainText("Ms Teacher");
    await expect(mine.getByTestId("member-summary")).toHaveAttribute("data-email", learnerEmail);
    await expectFitsWidth(learner);
    await checkPage(learner);

    // The instructor sees the learner, their practice and the class's missed questions.
    await teacher.reload();
    const members = teacher.getByTestId("class-members");
    await expect(members.getByTestId("member-summary")).toHaveAttribute("data-email", learnerEmail);
    await expect(members).toContainText("Lee Learner");
    await expect(members).toContainText(/1 · average \d+%/);
    await checkPage(teacher);
    const csv = await teacher.request.get((await teacher.getByTestId("class-csv").getAttribute("href"))!);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(learnerEmail);

    // Item analysis shows the learner's counted answers (their practice is submitted), filtered to the module.
    await teacher.goto("/en/instructor/items?module=architecture&version=all");
    await expect(teacher.getByTestId("items-summary")).not.toContainText(/^0 /);
    await checkPage(teacher);
    await teacher.setViewportSize({ width: 390, height: 844 });
    await teacher.goto("/zh/instructor/items?module=architecture");
    await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("题目分析");
    await expectFitsWidth(teacher);
    await checkPage(teacher);
    // A question rendered in full, with where it is authored.
    await teacher.goto(`/en/instructor/questions/${attempt.questions[0].id}`);
    await expect(teacher.getByTestId("question-source")).toContainText(/content\/questions\/architecture\.yaml:\d+/);
    await expectFitsWidth(teacher);
    await checkPage(teacher);
    await teacher.goto("/zh/instructor/classes");
    await expectFitsWidth(teacher);
    await checkPage(teacher);

    // Leaving removes the learner from the class view.
    await learner.goto("/en/account");
    await learner.getByTestId("my-classes").getByRole("button", { name: "Leave this class" }).click();
    await expect(learner.getByTestId("my-classes")).toHaveCount(0);
    await teacher.setViewportSize({ width: 1280, height: 800 });
    await teacher.goto("/en/instructor/classes");
    await teacher.getByTestId("class-list").getByRole("link", { name: "Cohort <b>A</b>" }).click();
    await expect(teacher.getByTestId("class-title")).toBeVisible();
    await expect(teacher.getByTestId("class-members")).toHaveCount(0);

    expect(teacherErrors).toEqual([]);
    // The learner's only errors are the 404s of the instructor pages they were refused.
    expect(learnerErrors.filter((e) => !/404|403/.test(e))).toEqual([]);
    await teacherContext.close();
    await learnerContext.close();
  });
});
