import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { parse } from "yaml";
import { loadQuestionBank } from "../../lib/quiz/bank";
import type { AttemptState } from "../../lib/quiz/api-types";
import { answerFromBank } from "../fixtures/answers";
import { expectNoAxeViolations, answerByKeyboard } from "./helpers";

const bank = loadQuestionBank();
const phone = { width: 390, height: 664 };

async function startAttempt(page: Page, data: Record<string, unknown>, headers: Record<string, string> = {}): Promise<AttemptState> {
  const created = await page.request.post("/api/attempts", { data, headers });
  expect(created.status()).toBe(201);
  return (await created.json()) as AttemptState;
}

async function answer(page: Page, attempt: AttemptState, index: number, right: boolean) {
  const response = await page.request.post(`/api/attempts/${attempt.id}/answers`, { data: answerFromBank(bank, attempt.questions[index]!, right) });
  expect(response.status()).toBe(200);
}


async function newPage(browser: Browser, options: { colorScheme?: "light" | "dark"; viewport?: { width: number; height: number } } = {}) {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? "light", viewport: options.viewport ?? { width: 1280, height: 800 } });
  return { context, page: await context.newPage() };
}

test.describe("the exam on a phone", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`a sticky bar with time and progress, the header out of the way, the navigator in a sheet (${scheme})`, async ({ browser }) => {
      const { context, page } = await newPage(browser, { colorScheme: scheme, viewport: phone });
      const exam = await startAttempt(page, { mode: "exam", count: 6 });
      await page.goto(`/en/quiz/${exam.id}`);
      await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", exam.questions[0]!.id);
      await expect(page.locator("html")).toHaveAttribute("data-exam", "active");
      const bar = page.getByTestId("quiz-exam-bar");
      await expect(bar.getByTestId("quiz-timer")).toBeVisible();
      await expect(bar.getByTestId("quiz-progress")).toHaveText("0 of 6 answered");
      // The sidebar navigator is not on a phone's screen; the sheet holds it.
      await expect(page.getByTestId("quiz-navigator")).toBeHidden();

      // Scrolled to the bottom: the bar is still at the top, the site header has gone with the page.
      const header = page.locator("body > header");
      await expect(header).toHaveCSS("position", "static");
      expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(async () => (await bar.boundingBox())?.y).toBeLessThanOrEqual(1);
      await expect.poll(async () => {
        const box = await header.boundingBox();
        return box ? box.y + box.height : 0;
      }).toBeLessThanOrEqual(0);
      await expect(bar.getByTestId("quiz-timer")).toBeInViewport();

      // Answer the first question (by keyboard, whatever its type): the bar counts it.
      await answerByKeyboard(page, exam.questions[0]!);
      await expect(bar.getByTestId("quiz-progress")).toHaveText("1 of 6 answered");
      await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", exam.questions[1]!.id);

      // The sheet: focus starts on the question in view, arrows move, Enter opens, the sheet closes.
      await page.getByTestId("quiz-open-navigator").click();
      const sheet = page.getByTestId("quiz-navigator-sheet");
      await expect(sheet).toBeVisible();
      const items = sheet.getByTestId("quiz-nav-item");
      await expect(items).toHaveCount(6);
      await expect(items.nth(1)).toBeFocused();
      await expect(items.nth(0)).toHaveAttribute("data-answered", "true");
      await expect(sheet.locator("[data-testid=quiz-nav-item][tabindex='0']")).toHaveCount(1);
      await expectNoAxeViolations(page);
      await page.keyboard.press("End");
      await expect(items.nth(5)).toBeFocused();
      await page.keyboard.press("ArrowLeft");
      await expect(items.nth(4)).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(sheet).toBeHidden();
      await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", exam.questions[4]!.id);
      await expect(page).toHaveURL(/#q-5$/);

      // Escape closes the sheet and gives focus back to its button.
      await page.getByTestId("quiz-open-navigator").click();
      await expect(sheet).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(sheet).toBeHidden();
      await expect(page.getByTestId("quiz-open-navigator")).toBeFocused();

      await page.goto(`/zh/quiz/${exam.id}#q-5`);
      await expect(page.getByTestId("quiz-progress")).toHaveText("已答 1/6 题");
      await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", exam.questions[4]!.id);
      await expectNoAxeViolations(page);
      await context.close();
    });
  }

  test("the navigator is one Tab stop; arrow keys move between questions", async ({ browser }) => {
    const { context, page } = await newPage(browser);
    const exam = await startAttempt(page, { mode: "exam", count: 7 });
    await page.goto(`/en/quiz/${exam.id}#q-2`);
    await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", exam.questions[1]!.id);
    const items = page.getByTestId("quiz-navigator").getByTestId("quiz-nav-item");
    await expect(page.getByTestId("quiz-navigator").locator("[tabindex='0']")).toHaveCount(1);
    await expect(items.nth(1)).toHaveAttribute("tabindex", "0");
    await expect(items.nth(1)).toHaveAttribute("aria-current", "step");

    await items.nth(1).focus();
    await page.keyboard.press("ArrowRight");
    await expect(items.nth(2)).toBeFocused();
    await page.keyboard.press("ArrowDown"); // five to a row in the sidebar
    await expect(items.nth(2)).toBeFocused(); // no question below the 3rd: stays
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(5)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(items.nth(0)).toBeFocused();
    await page.keyboard.press("End");
    await expect(items.nth(6)).toBeFocused();

    // Tab leaves the navigator at once; Shift+Tab comes back to where the arrows left off.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).not.toBe("quiz-nav-item");
    await page.keyboard.press("Shift+Tab");
    await expect(items.nth(6)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", exam.questions[6]!.id);
    await expect(items.nth(6)).toHaveAttribute("aria-current", "step");
    await context.close();
  });
});

test.describe("results that teach", () => {
  test("filters with counts, flags, time used, no scaled score for a small set, the module chart and practising this attempt's misses", async ({ browser }) => {
    const { context, page } = await newPage(browser);
    const exam = await startAttempt(page, { mode: "exam", count: 6 });
    await answer(page, exam, 0, true);
    await answer(page, exam, 1, true);
    await answer(page, exam, 2, false);
    await answer(page, exam, 3, false);
    expect((await page.request.post(`/api/attempts/${exam.id}/flags`, { data: { questionId: exam.questions[3]!.id, flagged: true } })).status()).toBe(200);
    expect((await page.request.post(`/api/attempts/${exam.id}/submit`, { data: {} })).status()).toBe(200);

    await page.goto(`/en/quiz/${exam.id}`);
    const result = page.getByTestId("quiz-result");
    await expect(result).toBeVisible();
    await expect(page.getByTestId("quiz-raw-score")).toHaveText("2 / 6 (33%)");
    await expect(page.getByTestId("quiz-scaled")).toHaveCount(0);
    await expect(page.getByTestId("quiz-scaled-withheld")).toHaveAttribute("data-reason", "too_few_questions");
    await expect(page.getByTestId("quiz-scaled-withheld")).toContainText("With 6 questions, each answer moves your percentage by 17 points");
    await expect(page.getByTestId("quiz-time-used")).toHaveText(/\d+ s|\d+ min/);
    await expect(page.getByTestId("quiz-timed-out")).toHaveCount(0);
    await expect(page.getByTestId("quiz-by-module-chart").locator("svg[role=img]")).toBeVisible();
    const modules = new Set(exam.questions.map((q) => q.module));
    await expect(page.getByTestId("quiz-by-module").locator("tbody tr")).toHaveCount(modules.size);

    for (const [filter, count] of [["all", 6], ["wrong", 2], ["flagged", 1], ["unanswered", 2]] as const) {
      const button = page.getByTestId(`quiz-filter-${filter}`);
      await expect(button).toHaveAttribute("data-count", String(count));
      await button.click();
      await expect(button).toHaveAttribute("aria-pressed", "true");
      await expect(page.getByTestId("quiz-result-question")).toHaveCount(count);
    }
    await page.getByTestId("quiz-filter-flagged").click();
    const flagged = page.getByTestId("quiz-result-question");
    await expect(flagged).toHaveAttribute("data-question-id", exam.questions[3]!.id);
    await expect(flagged.getByTestId("quiz-result-flag")).toHaveText(/You flagged this question/);
    await expect(page.getByTestId("quiz-filter-status")).toHaveText("1 question shown.");

    const practise = page.getByTestId("quiz-practise-missed");
    await expect(practise).toHaveAttribute("data-count", "4");
    await expect(practise).toHaveText("Practise what I missed in this attempt (4)");
    await practise.click();
    await page.waitForURL((url) => url.pathname.startsWith("/en/quiz/") && !url.pathname.endsWith(exam.id));
    await expect(page.getByTestId("quiz-instant")).toBeVisible();
    const retryId = new URL(page.url()).pathname.split("/").pop()!;
    expect(retryId).not.toBe(exam.id);
    const retry = (await (await page.request.get(`/api/attempts/${retryId}`)).json()) as AttemptState;
    expect(retry.mode).toBe("practice");
    expect(retry.questions.map((q) => q.id)).toEqual(exam.questions.slice(2).map((q) => q.id));
    await context.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`a notice when time ran out, and results and history accessible in both languages (${scheme})`, async ({ browser }) => {
      test.setTimeout(150_000); // six axe runs on a shared 2-core machine
      const { context, page } = await newPage(browser, { colorScheme: scheme });
      const late = await startAttempt(page, { mode: "exam", count: 2, timeLimitSeconds: 60 }, { "x-test-now": new Date(Date.now() - 3_600_000).toISOString() });
      const full = await startAttempt(page, { mode: "exam", count: 20 });
      for (let i = 0; i < 15; i++) await answer(page, full, i, true);
      expect((await page.request.post(`/api/attempts/${full.id}/submit`, { data: {} })).status()).toBe(200);

      for (const locale of ["en", "zh"] as const) {
        await page.goto(`/${locale}/quiz/${late.id}`);
        await expect(page.getByTestId("quiz-timed-out")).toBeVisible();
        await expect(page.getByTestId("quiz-time-used")).toHaveText(locale === "en" ? "1 min of 1 min" : "1 分钟（限时 1 分钟）");
        await expect(page.getByTestId("quiz-nothing-missed")).toHaveCount(0);
        await expectNoAxeViolations(page);

        await page.goto(`/${locale}/quiz/${full.id}`);
        await expect(page.getByTestId("quiz-scaled")).toContainText("767");
        await expect(page.getByTestId("quiz-pass")).toHaveAttribute("data-passed", "true");
        await page.getByTestId("quiz-by-module-chart").locator("summary").click();
        await expectNoAxeViolations(page);

        await page.goto(`/${locale}/dashboard/history`);
        await expect(page.getByTestId("attempt-history")).toHaveAttribute("data-total", "2");
        const rows = page.getByTestId("history-row");
        await expect(rows).toHaveCount(2);
        await expect(rows.first()).toHaveAttribute("data-attempt-id", full.id);
        await expect(rows.first().getByTestId("history-scaled")).toHaveText("767");
        await expect(rows.nth(1).getByTestId("history-scaled")).toHaveText("—");
        await expect(rows.nth(1).getByTestId("history-timed-out")).toBeVisible();
        await expect(page.getByTestId("history-trend-text")).toContainText(locale === "en" ? "up on the one before" : "提高");
        await expectNoAxeViolations(page);
      }
      await context.close();
    });
  }

  test("the history on a phone lists every attempt, pages through them and links to each result", async ({ browser }) => {
    const { context, page } = await newPage(browser, { viewport: phone });
    await page.goto("/en/dashboard/history");
    await expect(page.getByTestId("history-empty")).toBeVisible();
    await expectNoAxeViolations(page);
    const ids: string[] = [];
    for (let i = 0; i < 26; i++) {
      const quiz = await startAttempt(page, { mode: "practice", module: "anywhere", count: 1, feedback: "end" });
      await answer(page, quiz, 0, i % 2 === 0);
      expect((await page.request.post(`/api/attempts/${quiz.id}/submit`, { data: {} })).status()).toBe(200);
      ids.push(quiz.id);
    }
    await page.goto("/en/dashboard/history");
    await expect(page.getByTestId("history-row")).toHaveCount(25);
    await expect(page.getByTestId("history-row").first()).toHaveAttribute("data-attempt-id", ids[25]!);
    await page.getByTestId("history-older").click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("history-row")).toHaveCount(1);
    await expect(page.getByTestId("history-row").first()).toHaveAttribute("data-attempt-id", ids[0]!);
    await page.getByTestId("history-kind-exam").click();
    await expect(page.getByTestId("attempt-history")).toHaveAttribute("data-total", "0");
    await page.getByTestId("history-kind-all").click();
    await page.getByTestId("history-row").first().getByRole("link").click();
    await expect(page.getByTestId("quiz-result")).toBeVisible();
    await context.close();
  });
});

test.describe("feedback", () => {
  test("matching answers are marked pair by pair and ordering answers position by position", async ({ browser }) => {
    const { context, page } = await newPage(browser);
    const quiz = await startAttempt(page, { mode: "practice", questionIds: ["scale-022", "scale-024"], feedback: "end" });
    const [ordering, matching] = quiz.questions as [AttemptState["questions"][number], AttemptState["questions"][number]];
    expect([ordering.type, matching.type]).toEqual(["ordering", "matching"]);
    // Ordering: the right order with the first two swapped. Matching: the right pairs with two swapped.
    const order = (answerFromBank(bank, ordering, true) as { order: string[] }).order;
    const swappedOrder = [order[1]!, order[0]!, ...order.slice(2)];
    const pairs = (answerFromBank(bank, matching, true) as { pairs: Record<string, string> }).pairs;
    const [a, b] = Object.keys(pairs) as [string, string];
    const swappedPairs = { ...pairs, [a]: pairs[b]!, [b]: pairs[a]! };
    expect((await page.request.post(`/api/attempts/${quiz.id}/answers`, { data: { questionId: ordering.id, order: swappedOrder } })).status()).toBe(200);
    expect((await page.request.post(`/api/attempts/${quiz.id}/answers`, { data: { questionId: matching.id, pairs: swappedPairs } })).status()).toBe(200);
    expect((await page.request.post(`/api/attempts/${quiz.id}/submit`, { data: {} })).status()).toBe(200);

    for (const locale of ["en", "zh"] as const) {
      await page.goto(`/${locale}/quiz/${quiz.id}`);
      const orderingResult = page.locator(`[data-testid=quiz-result-question][data-question-id="${ordering.id}"]`).getByTestId("quiz-your-answer");
      await expect(orderingResult.getByTestId("quiz-position")).toHaveCount(order.length);
      await expect(orderingResult.locator("[data-testid=quiz-position][data-correct=false]")).toHaveCount(2);
      await expect(orderingResult.locator("[data-testid=quiz-position][data-correct=true]")).toHaveCount(order.length - 2);
      await expect(orderingResult.getByTestId("quiz-position").first()).toContainText(locale === "en" ? "belongs at position 2" : "应排在第 2 位");
      const matchingResult = page.locator(`[data-testid=quiz-result-question][data-question-id="${matching.id}"]`).getByTestId("quiz-your-answer");
      await expect(matchingResult.locator("[data-testid=quiz-pair][data-correct=false]")).toHaveCount(2);
      await expect(matchingResult.locator("[data-testid=quiz-pair][data-correct=true]")).toHaveCount(Object.keys(pairs).length - 2);
      await expect(matchingResult.locator("[data-testid=quiz-pair][data-correct=false]").first()).toContainText(locale === "en" ? "should be:" : "应为：");
      await expectNoAxeViolations(page);
    }
    await context.close();
  });

  test("each rating button shows when the question comes back, and the badge counts down at once", async ({ browser }) => {
    const start = new Date();
    const context = await browser.newContext({ extraHTTPHeaders: { "x-test-now": start.toISOString() } });
    const page = await context.newPage();
    const practice = await startAttempt(page, { mode: "practice", questionIds: ["distro-002", "distro-003"] });
    await answer(page, practice, 0, false);
    await answer(page, practice, 1, false);
    await page.goto("/en/review");
    await expect(page.getByTestId("review-queue")).toHaveAttribute("data-count", "0");
    await context.setExtraHTTPHeaders({ "x-test-now": new Date(start.getTime() + 60 * 60_000).toISOString() });
    await page.goto("/en/review");
    await expect(page.getByTestId("review-due-badge")).toHaveText("2");
    await page.getByTestId("review-start").click();
    await expect(page.getByTestId("quiz-attempt")).toHaveAttribute("data-mode", "review");
    await page.getByTestId("quiz-option").first().check();
    await page.getByTestId("quiz-submit-answer").click();
    for (const rating of ["again", "hard", "good", "easy"]) await expect(page.getByTestId(`review-interval-${rating}`)).toHaveText(/^in \d+ (minute|hour|day|month|year)s?$/);
    const good = await page.getByTestId("review-interval-good").getAttribute("data-due");
    const easyDue = Date.parse((await page.getByTestId("review-interval-easy").getAttribute("data-due"))!);
    expect(easyDue).toBeGreaterThan(Date.parse(good!));
    await expectNoAxeViolations(page);
    const rated = page.waitForResponse((r) => r.url().endsWith("/api/review/rate"));
    await page.getByTestId("review-rate-good").click();
    expect((await (await rated).json()).due).toBe(good);
    // The badge in the header follows at once, without a reload.
    await expect(page.getByTestId("review-due-badge")).toHaveText("1");
    await page.getByTestId("quiz-option").first().check();
    await page.getByTestId("quiz-submit-answer").click();
    await expect(page.getByTestId("review-interval-again")).toHaveText(/^in \d+ minutes?$/);
    await page.goto(page.url().replace("/en/", "/zh/"));
    await expect(page.getByTestId("review-interval-good")).toHaveText(/^\d+(分钟|小时|天|个月|年)后$/);
    await expectNoAxeViolations(page);
    await page.getByTestId("review-rate-again").click();
    await expect(page.getByTestId("review-due-badge")).toHaveCount(0);
    await context.close();
  });

  test("a quiz follows the language switch: stems, options, explanations and module names", async ({ browser }) => {
    const { context, page } = await newPage(browser);
    const practice = await startAttempt(page, { mode: "practice", questionIds: ["scale-001", "scale-016"], locale: "en" }); // single, multiple
    const q = practice.questions[0]!;
    const authored = bank.find((b) => b.id === q.id)!;
    await page.goto(`/en/quiz/${practice.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Practice: /);
    await expect(page.getByTestId("quiz-question").locator("legend")).toHaveText(authored.stem.en);
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(new RegExp(`/zh/quiz/${practice.id}`));
    await expect(page.getByTestId("quiz-question").locator("legend")).toHaveText(authored.stem.zh);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^练习：/);
    const zhOptions = await page.getByTestId("quiz-question").locator("label").allInnerTexts();
    for (const text of zhOptions) expect(authored.options.some((o) => text.includes(o.text.zh))).toBe(true);
    await page.getByTestId("quiz-option").first().check();
    await page.getByTestId("quiz-submit-answer").click();
    await expect(page.getByTestId("quiz-feedback")).toBeVisible();
    const explanations = await page.getByTestId("quiz-explanation").allInnerTexts();
    expect(explanations).toHaveLength(authored.options.length);
    for (const text of explanations) expect(authored.options.some((o) => text.includes(o.explanation.zh))).toBe(true);

    // An exam keeps its place across the switch, and its results name the modules in the new language.
    const exam = await startAttempt(page, { mode: "exam", count: 3, locale: "en" });
    await page.goto(`/en/quiz/${exam.id}#q-3`);
    await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", exam.questions[2]!.id);
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(new RegExp(`/zh/quiz/${exam.id}`));
    await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", exam.questions[2]!.id);
    await expect(page.getByTestId("quiz-question").locator("legend")).toHaveText(bank.find((b) => b.id === exam.questions[2]!.id)!.stem.zh);
    expect((await page.request.post(`/api/attempts/${exam.id}/submit`, { data: {} })).status()).toBe(200);
    await page.reload();
    await page.getByTestId("quiz-by-module-chart").locator("summary").click();
    const moduleNames = await page.getByTestId("quiz-by-module").locator("tbody th").allInnerTexts();
    const zhTitle = (slug: string) => (parse(readFileSync(`content/modules/${slug}/module.yaml`, "utf8")) as { title: { zh: string } }).title.zh;
    expect(moduleNames.sort()).toEqual([...new Set(exam.questions.map((q) => q.module))].map(zhTitle).sort());
    await context.close();
  });
});
