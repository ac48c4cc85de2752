import { expect, test, type Page } from "@playwright/test";
import { loadQuestionBank } from "../../lib/quiz/bank";
import type { AttemptState } from "../../lib/quiz/api-types";
import { answerFromBank } from "../fixtures/answers";
import { expectNoAxeViolations, answerByKeyboard } from "./helpers";

const bank = loadQuestionBank();

async function attemptOf(page: Page, id: string): Promise<AttemptState> {
  return (await (await page.request.get(`/api/attempts/${id}`)).json()) as AttemptState;
}

const attemptIdFromUrl = (page: Page) => new URL(page.url()).pathname.split("/").pop()!;


test.describe("quiz engine", () => {
  test("a practice quiz, by keyboard alone, with feedback and every explanation", async ({ page }) => {
    await page.goto("/en/practice");
    const moduleSelect = page.getByTestId("practice-module");
    await expect(page.getByTestId("practice-start-module")).toBeEnabled();
    await moduleSelect.focus();
    await moduleSelect.selectOption({ label: await moduleSelect.locator("option", { hasText: "Autoscaling" }).first().innerText() });
    const count = page.getByTestId("practice-count");
    await count.focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("3");
    await page.getByTestId("practice-start-module").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/quiz\//);
    const id = attemptIdFromUrl(page);
    const attempt = await attemptOf(page, id);
    expect(attempt.questions).toHaveLength(3);

    for (const [index, question] of attempt.questions.entries()) {
      await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", question.id);
      await answerByKeyboard(page, question);
      const feedback = page.getByTestId("quiz-feedback");
      await expect(feedback).toBeVisible();
      await expect(page.getByTestId("quiz-verdict")).toHaveAttribute("data-correct", /true|false/);
      await expect(page.getByTestId("quiz-explanation")).toHaveCount(question.options.length);
      await expect(page.getByTestId("quiz-source")).toHaveAttribute("href", /^https:\/\//);
      await expect(page.getByTestId("quiz-next")).toBeFocused();
      await page.keyboard.press("Enter");
      if (index < attempt.questions.length - 1) await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", attempt.questions[index + 1]!.id);
    }
    await expect(page.getByTestId("quiz-result")).toBeVisible();
    const final = await attemptOf(page, id);
    expect(final.status).toBe("submitted");
    expect(Object.values(final.responses).every((r) => r.answer !== null)).toBe(true);
    await expect(page.getByTestId("quiz-raw-score")).toContainText(`${final.result!.correct}`);
  });

  test("every question type can be answered by keyboard alone", async ({ page }) => {
    const ids = ["scale-001", "scale-016", "scale-022", "scale-024"]; // single, multiple, ordering, matching
    const created = await page.request.post("/api/attempts", { data: { mode: "practice", questionIds: ids } });
    const attempt = (await created.json()) as AttemptState;
    expect(attempt.questions.map((q) => q.type)).toEqual(["single", "multiple", "ordering", "matching"]);
    await page.goto(`/en/quiz/${attempt.id}`);
    for (const question of attempt.questions) {
      await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", question.id);
      await answerByKeyboard(page, question);
      await expect(page.getByTestId("quiz-feedback")).toBeVisible();
      await expect(page.getByTestId("quiz-next")).toBeFocused();
      await page.keyboard.press("Enter");
    }
    await expect(page.getByTestId("quiz-result")).toBeVisible();
    const final = await attemptOf(page, attempt.id);
    for (const question of attempt.questions) expect(final.responses[question.id]!.answer, question.type).not.toBeNull();
  });

  test("a timed exam: answer, flag, reload with the same time left, review, automatic submission at the deadline", async ({ page }) => {
    test.setTimeout(180_000);
    const created = await page.request.post("/api/attempts", { data: { mode: "exam", count: 3, timeLimitSeconds: 30 } });
    expect(created.status()).toBe(201);
    const exam = (await created.json()) as AttemptState;
    await page.goto(`/en/quiz/${exam.id}`);
    const timer = page.getByTestId("quiz-timer");
    await expect(timer).toBeVisible();

    // Answer the first question, flag the second, leave the third.
    const first = exam.questions[0]!;
    await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", first.id);
    await answerByKeyboard(page, first);
    await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", exam.questions[1]!.id);
    await page.getByTestId("quiz-flag").click();
    await expect.poll(async () => (await attemptOf(page, exam.id)).responses[exam.questions[1]!.id]!.flagged).toBe(true);

    const navigator = page.getByTestId("quiz-navigator").getByTestId("quiz-nav-item");
    await expect(navigator.nth(0)).toHaveAttribute("data-answered", "true");
    await expect(navigator.nth(1)).toHaveAttribute("data-flagged", "true");
    await expect(navigator.nth(2)).toHaveAttribute("data-answered", "false");

    // Reload: the server's deadline, not the page, decides the time left.
    const before = Number(await timer.getAttribute("data-remaining-ms"));
    const t0 = Date.now();
    await page.reload();
    await expect(timer).toBeVisible();
    const after = Number(await page.getByTestId("quiz-timer").getAttribute("data-remaining-ms"));
    const elapsed = Date.now() - t0;
    expect(Math.abs(before - after - elapsed)).toBeLessThan(2500);
    await expect(page.getByTestId("quiz-navigator").getByTestId("quiz-nav-item").nth(0)).toHaveAttribute("data-answered", "true");

    // The review screen lists what is unanswered and flagged.
    await page.getByTestId("quiz-open-review").click();
    await expect(page.getByTestId("quiz-review")).toBeVisible();
    await expect(page.getByTestId("quiz-review-unanswered")).toContainText("3");
    await expect(page.getByTestId("quiz-review-flagged")).toContainText("2");
    await page.getByTestId("quiz-review-back").click();

    // Wait out the clock: the page submits, and the server closes the attempt at its deadline.
    await expect(page.getByTestId("quiz-result")).toBeVisible({ timeout: 45_000 });
    const closed = await attemptOf(page, exam.id);
    expect(closed.status).toBe("submitted");
    expect(closed.submittedAt).toBe(exam.deadline);
    // Three questions are too few for a scaled score: the page says why, and that time ran out.
    await expect(page.getByTestId("quiz-scaled-withheld")).toHaveAttribute("data-reason", "too_few_questions");
    await expect(page.getByTestId("quiz-result")).toContainText("Scaled score (estimate)");
    await expect(page.getByTestId("quiz-timed-out")).toBeVisible();
    await expect(page.getByTestId("quiz-result-question")).toHaveCount(3);
    await expect(page.getByTestId("quiz-result-question").first().getByTestId("quiz-explanation")).toHaveCount(first.options.length);
    // Late answers are refused and change nothing.
    const late = await page.request.post(`/api/attempts/${exam.id}/answers`, { data: answerFromBank(bank, exam.questions[2]!, true) });
    expect(late.status()).toBe(409);
  });

  test("retake what I missed holds exactly the missed questions", async ({ page }) => {
    const created = await page.request.post("/api/attempts", { data: { mode: "practice", module: "eks-distro", count: 4 } });
    const practice = (await created.json()) as AttemptState;
    const missed: string[] = [];
    for (const [i, q] of practice.questions.entries()) {
      const right = i % 2 === 1;
      if (!right) missed.push(q.id);
      expect((await page.request.post(`/api/attempts/${practice.id}/answers`, { data: answerFromBank(bank, q, right) })).status()).toBe(200);
    }
    await page.goto("/en/practice");
    await expect(page.getByTestId("practice-missed-count")).toHaveAttribute("data-count", "2");
    await page.getByTestId("practice-start-missed").click();
    await expect(page).toHaveURL(/\/en\/quiz\//);
    const retake = await attemptOf(page, attemptIdFromUrl(page));
    expect(retake.mode).toBe("missed");
    expect(retake.questions.map((q) => q.id).sort()).toEqual(missed.sort());
    await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", retake.questions[0]!.id);
  });

  test("another learner cannot open my attempt", async ({ page, browser }) => {
    const created = await page.request.post("/api/attempts", { data: { mode: "practice", module: "anywhere", count: 2 } });
    const attempt = (await created.json()) as AttemptState;
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(`/en/quiz/${attempt.id}`);
    await expect(strangerPage.getByTestId("quiz-not-found")).toBeVisible();
    expect((await strangerPage.request.get(`/api/attempts/${attempt.id}`)).status()).toBe(404);
    await stranger.close();
  });

  test("a knowledge check inside a lesson, then lesson completion shows on the course home", async ({ page }) => {
    await page.goto("/zh/learn/autoscaling/vpa-and-hpa");
    const check = page.getByTestId("knowledge-check");
    await check.scrollIntoViewIfNeeded();
    await check.getByTestId("knowledge-check-start").click();
    await expect(check.getByTestId("quiz-question")).toBeVisible();
    await check.getByTestId("quiz-option").first().check();
    await check.getByTestId("quiz-submit-answer").click();
    await expect(check.getByTestId("quiz-feedback")).toBeVisible();
    await expect(check.getByTestId("quiz-explanation").first()).toBeVisible();

    await page.getByTestId("lesson-complete").click();
    await expect(page.getByTestId("lesson-complete")).toHaveAttribute("aria-pressed", "true");
    await page.goto("/zh");
    const progress = page.locator('[data-testid="module-progress"][data-module="autoscaling"]');
    await expect(progress.getByRole("progressbar")).toHaveAttribute("aria-valuenow", /[1-9]/);
  });
});

test.describe("quiz accessibility", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`axe: practice page and a running exam (${scheme})`, async ({ browser }) => {
      test.setTimeout(120_000); // five axe runs on a shared 2-core machine
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const locale of ["en", "zh"]) {
        await page.goto(`/${locale}/practice`);
        await page.waitForLoadState("networkidle");
        await expectNoAxeViolations(page);
      }
      const created = await page.request.post("/api/attempts", { data: { mode: "exam", count: 4, locale: "zh" } });
      const exam = (await created.json()) as AttemptState;
      await page.goto(`/zh/quiz/${exam.id}`);
      await expect(page.getByTestId("quiz-question")).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByTestId("quiz-open-review").click();
      await expectNoAxeViolations(page);
      await page.getByTestId("quiz-submit-exam").click();
      await expect(page.getByTestId("quiz-result")).toBeVisible();
      await expectNoAxeViolations(page);
      await context.close();
    });
  }
});
