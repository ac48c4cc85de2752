import { expect, test } from "@playwright/test";
import { loadQuestionBank } from "../../lib/quiz/bank";
import type { AttemptState } from "../../lib/quiz/api-types";
import { answerFromBank } from "../fixtures/answers";
import { expectNoAxeViolations } from "./helpers";

const bank = loadQuestionBank();

test("a missed question appears in the due queue once the clock moves on, and rating it reschedules it", async ({ browser }) => {
  const start = new Date();
  const context = await browser.newContext({ extraHTTPHeaders: { "x-test-now": start.toISOString() } });
  const page = await context.newPage();
  const created = await page.request.post("/api/attempts", { data: { mode: "practice", questionIds: ["distro-001"] } });
  const practice = (await created.json()) as AttemptState;
  expect((await page.request.post(`/api/attempts/${practice.id}/answers`, { data: answerFromBank(bank, practice.questions[0]!, false) })).status()).toBe(200);

  // Right after the miss nothing is due yet.
  await page.goto("/en/review");
  await expect(page.getByTestId("review-queue")).toHaveAttribute("data-count", "0");
  await expect(page.getByTestId("review-due-badge")).toHaveCount(0);

  // An hour later it is due: the navigation shows the count and the queue offers a review.
  await context.setExtraHTTPHeaders({ "x-test-now": new Date(start.getTime() + 60 * 60_000).toISOString() });
  await page.goto("/en");
  await expect(page.getByTestId("review-due-badge")).toHaveText("1");
  await expect(page.getByTestId("nav-review")).toHaveAccessibleName(/^Review\s+1\s+due$/);
  await page.getByTestId("nav-review").click();
  await expect(page.getByTestId("review-queue")).toHaveAttribute("data-count", "1");
  await expectNoAxeViolations(page);
  await page.getByTestId("review-start").click();
  await expect(page).toHaveURL(/\/en\/quiz\//);
  await expect(page.getByTestId("quiz-attempt")).toHaveAttribute("data-mode", "review");

  await page.getByTestId("quiz-option").first().check();
  await page.getByTestId("quiz-submit-answer").click();
  await expect(page.getByTestId("quiz-feedback")).toBeVisible();
  const rating = page.getByTestId("review-rating");
  await expect(rating).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByTestId("review-rate-good").click();
  await expect(page.getByTestId("quiz-result")).toBeVisible();

  // Rated: no longer due at that moment, and scheduled for later.
  const queue = await (await page.request.get("/api/review")).json();
  expect(queue.count).toBe(0);
  expect(new Date(queue.nextDue).getTime()).toBeGreaterThan(start.getTime() + 60 * 60_000);
  await page.goto("/zh/review");
  await expect(page.getByTestId("review-queue")).toHaveAttribute("data-count", "0");
  await expectNoAxeViolations(page);
  await context.close();
});
