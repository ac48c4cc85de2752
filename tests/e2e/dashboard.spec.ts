import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadQuestionBank } from "../../lib/quiz/bank";
import type { AttemptState } from "../../lib/quiz/api-types";
import { answerFromBank } from "../fixtures/answers";
import { expectNoAxeViolations, watchConsole } from "./helpers";

const bank = loadQuestionBank();

/** A practice of these questions, answered right or wrong as told, then submitted. */
async function practise(request: APIRequestContext, ids: string[], right: boolean[]) {
  const attempt = (await (await request.post("/api/attempts", { data: { mode: "practice", questionIds: ids, feedback: "end" } })).json()) as AttemptState;
  for (const [i, q] of attempt.questions.entries()) {
    expect((await request.post(`/api/attempts/${attempt.id}/answers`, { data: answerFromBank(bank, q, right[i]!) })).status()).toBe(200);
  }
  expect((await request.post(`/api/attempts/${attempt.id}/submit`)).status()).toBe(200);
  return attempt.id;
}

test("a guest's answers, continue link and bookmarks show on the dashboard, with charts and their tables", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchConsole(page);

  // A visitor: an empty dashboard that says how to start.
  await page.goto("/en/dashboard");
  await expect(page.getByTestId("dashboard-empty")).toBeVisible();
  await expect(page.getByTestId("score-history-empty")).toContainText("answer some questions");
  await expect(page.getByTestId("module-strength-empty")).toBeVisible();
  await expect(page.getByTestId("continue-link")).toHaveAttribute("href", /\/en\/learn\/what-is-eks\//);
  await expectNoAxeViolations(page);

  // Answer as a guest: architecture 4 of 5 right, load balancing 0 of 2; then leave a practice unfinished.
  await practise(page.request, ["arch-001", "arch-002", "arch-003", "arch-004", "arch-005"], [true, true, true, false, true]);
  await practise(page.request, ["elb-001", "elb-002"], [false, false]);
  const open = (await (await page.request.post("/api/attempts", { data: { mode: "practice", questionIds: ["scale-001"] } })).json()) as AttemptState;

  // Bookmark a lesson from its (static) page, with the keyboard; the state survives a reload.
  await page.goto("/en/learn/architecture/control-plane");
  const lessonMark = page.getByTestId("bookmark-button");
  await expect(lessonMark).toHaveAttribute("aria-pressed", "false");
  await lessonMark.focus();
  await page.keyboard.press("Enter");
  await expect(lessonMark).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.getByTestId("bookmark-button")).toHaveAttribute("aria-pressed", "true");

  // The dashboard now.
  await page.goto("/en/dashboard");
  await expect(page.getByTestId("dashboard")).toHaveAttribute("data-active", "true");
  await expect(page.getByTestId("dashboard-empty")).toHaveCount(0);
  await expect(page.getByTestId("overall-progress-text")).toContainText("4 of 7 questions right");

  const history = page.getByTestId("score-history");
  await expect(history.getByRole("img")).toBeVisible();
  await expect(history.locator("svg circle")).toHaveCount(2);
  await history.getByText("Show the data as a table").click();
  await expect(page.getByTestId("score-history-percent")).toHaveText(["80% (4/5)", "0% (0/2)"]);

  const strength = page.getByTestId("module-strength");
  await expect(strength.getByRole("img")).toBeVisible();
  await expect(strength.locator("rect[data-strength]")).toHaveCount(2);
  await strength.getByText("Show the data as a table").click();
  await expect(strength.locator('tr[data-module="architecture"] [data-testid=module-strength-value]')).toHaveText("80%");
  await expect(strength.locator('tr[data-module="load-balancing"] [data-testid=module-strength-value]')).toHaveText("0%");

  const readiness = page.getByTestId("readiness");
  await expect(page.getByTestId("readiness-estimate-label")).toHaveText("Estimate");
  await expect(page.getByTestId("readiness-overall")).toContainText("Not enough data");
  await expect(readiness.locator('tr[data-module="architecture"]')).toContainText(/\d+%/);
  await expect(readiness.locator('tr[data-module="load-balancing"]')).toContainText("Not enough data");
  await readiness.getByText("How is this estimated?").click();
  await expect(readiness.getByText("not a promise")).toBeVisible();

  await expect(page.getByTestId("suggestion-module")).toHaveAttribute("data-module", "load-balancing");
  // Missed questions come back for review minutes later, so nothing is due yet.
  await expect(page.getByTestId("suggestion-review")).toHaveCount(0);
  await expect(page.getByTestId("suggestion-lesson")).toHaveAttribute("href", /\/en\/learn\/load-balancing\//);
  await expect(page.getByTestId("recent-attempt")).toHaveCount(2);
  await expect(page.getByTestId("bookmarked-lesson")).toHaveAttribute("data-target", "architecture/control-plane");
  await expectNoAxeViolations(page);

  // Continue: the unfinished practice. Bookmark its question there.
  const continueLink = page.getByTestId("continue-link");
  await expect(continueLink).toHaveAttribute("data-kind", "attempt");
  await continueLink.click();
  await expect(page).toHaveURL(new RegExp(`/en/quiz/${open.id}$`));
  await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", "scale-001");
  const questionMark = page.getByTestId("bookmark-button");
  await questionMark.click();
  await expect(questionMark).toHaveAttribute("aria-pressed", "true");
  await expectNoAxeViolations(page);

  await page.goto("/en/dashboard");
  const question = page.getByTestId("bookmarked-question");
  await expect(question).toHaveAttribute("data-target", "scale-001");
  await expect(question).toContainText(bank.find((q) => q.id === "scale-001")!.stem.en.split("\n")[0]!.slice(0, 40));
  // The method page is linked.
  await page.getByTestId("readiness-method-link").click();
  await expect(page).toHaveURL(/\/en\/dashboard\/readiness$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the readiness estimate works");
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);

  // Chinese, dark mode, on a phone, with the same guest.
  const phone = await browser.newContext({ colorScheme: "dark", viewport: { width: 390, height: 844 }, storageState: await context.storageState() });
  const zh = await phone.newPage();
  for (const path of ["/zh/dashboard", "/zh/dashboard/readiness"]) {
    await zh.goto(path);
    await expect(zh.locator("html")).toHaveClass(/dark/);
    await zh.waitForLoadState("networkidle");
    expect(await zh.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(zh);
  }
  await zh.goto("/zh/dashboard");
  await expect(zh.getByTestId("readiness-estimate-label")).toHaveText("估计值");
  await expect(zh.getByTestId("score-history").getByRole("img")).toBeVisible();
  await expect(zh.getByTestId("bookmarked-question")).toContainText(bank.find((q) => q.id === "scale-001")!.stem.zh.slice(0, 10));
  await zh.getByTestId("score-history").getByText("以表格形式查看数据").click();
  await expect(zh.getByTestId("score-history-percent")).toHaveText(["80% (4/5)", "0% (0/2)"]);
  await phone.close();

  // Un-bookmarking from the lesson removes it from the dashboard.
  await page.goto("/en/learn/architecture/control-plane");
  await page.getByTestId("bookmark-button").click();
  await expect(page.getByTestId("bookmark-button")).toHaveAttribute("aria-pressed", "false");
  await page.goto("/en/dashboard");
  await expect(page.getByTestId("bookmarked-lesson")).toHaveCount(0);
  await context.close();
});

test("the dashboard in dark mode and Chinese is accessible for a visitor too", async ({ browser }) => {
  for (const [path, scheme] of [
    ["/zh/dashboard", "dark"],
    ["/en/dashboard", "dark"],
    ["/en/dashboard/readiness", "light"],
  ] as const) {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expectNoAxeViolations(page);
    await context.close();
  }
});
