import AxeBuilder from "@axe-core/playwright";
import { randomInt } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import type { AttemptState } from "../../lib/quiz/api-types";

/** Fails the test on any console error or uncaught exception in the page. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export async function expectNoAxeViolations(page: Page) {
  // Next streams a dynamic page's metadata after its body, so right after a router.refresh() the
  // <title> can be missing for a moment: wait for it (a page that never gets one still fails here).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(summary).toEqual([]);
}

/** Answers the current question with the keyboard alone: number keys pick, arrows reorder/choose, Enter submits. */
export async function answerByKeyboard(page: Page, question: AttemptState["questions"][number]) {
  if (question.type === "single") await page.keyboard.press("1");
  if (question.type === "multiple") for (let k = 1; k <= question.choose; k++) await page.keyboard.press(String(k));
  if (question.type === "ordering") {
    await page.keyboard.press("1");
    await page.keyboard.press("ArrowDown");
  }
  if (question.type === "matching") {
    for (let k = 1; k <= question.options.length; k++) {
      await page.keyboard.press(String(k));
      for (let step = 0; step < k; step++) await page.keyboard.press("ArrowDown");
    }
  }
  await page.keyboard.press("Enter");
}

/**
 * A browser context with a client address of its own (x-forwarded-for, which the e2e server trusts),
 * so rate limits met by one test never reach another. Three random octets: two contexts of the suite
 * sharing one is a one-in-sixteen-million chance.
 */
export function freshContext(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}) {
  const octet = () => randomInt(1, 255);
  return browser.newContext({ ...options, extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}`, ...options.extraHTTPHeaders } });
}
