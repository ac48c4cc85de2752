import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { expectNoAxeViolations, freshContext, watchConsole } from "./helpers";

type LabFile = {
  id: string;
  module: string;
  lesson: string;
  starter: string;
  solution: string;
  explanation: { en: string; zh: string };
  checks: { id: string; hint: { en: string; zh: string } }[];
};
const labId = "lb-nlb-ip-targets";
const lab = parse(readFileSync(path.join(import.meta.dirname, `../../content/labs/${labId}.yaml`), "utf8")) as LabFile;
const lessonPath = (locale: "en" | "zh") => `/${locale}/learn/${lab.module}/${lab.lesson}`;

/** Presses a button with the keyboard: focus it as Tab would, then Enter. */
async function press(page: Page, testId: string) {
  const button = page.getByTestId(testId);
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
}

/** Replaces the editor's text with the keyboard (select all, type). */
async function typeManifest(page: Page, text: string) {
  const runner = page.getByTestId("lab-runner");
  const editor = runner.getByTestId("lab-editor");
  if ((await editor.getAttribute("data-editor")) === "code") await editor.locator(".cm-content").focus();
  else await editor.locator("textarea").focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

test("solve a lab by keyboard: a failing hint, a schema error at its line, then a pass", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const errors = watchConsole(page);
  const html = await (await page.request.get(lessonPath("en"))).text();
  // The solution and the explanation are not in the lesson page before a reveal.
  expect(html).not.toContain(lab.explanation.en.trim().split("\n")[0]!);
  await page.goto(`${lessonPath("en")}#lab-${labId}`);
  const runner = page.getByTestId("lab-runner");
  // The code editor loads when the lab comes near the viewport.
  await runner.scrollIntoViewIfNeeded();
  await expect(runner.getByTestId("lab-editor")).toHaveAttribute("data-editor", "code");
  await expect(runner).toHaveAttribute("data-attempts", "0");

  // The starter fails: at least one check, with its English hint.
  await press(page, "lab-check");
  await expect(runner).toHaveAttribute("data-status", "failed");
  const failed = runner.locator('[data-testid="lab-checks"] li[data-passed="false"]');
  await expect(failed.first()).toBeVisible();
  const failedId = await failed.first().getAttribute("data-check");
  await expect(failed.first()).toContainText(lab.checks.find((c) => c.id === failedId)!.hint.en);

  // A typo is a schema error at its line, in the list and in the editor's gutter.
  const typo = lab.solution.replace("  selector:", "  selectr:");
  expect(typo).not.toBe(lab.solution);
  await typeManifest(page, typo);
  await press(page, "lab-check");
  const line = typo.split("\n").findIndex((l) => l.includes("selectr:")) + 1;
  await expect(runner.getByTestId("lab-diagnostics").locator(`li[data-line="${line}"]`)).toContainText("did you mean `selector`?");
  await expect(runner.locator(".cm-lint-marker-error").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Fixed: every check passes.
  await typeManifest(page, lab.solution);
  await press(page, "lab-check");
  await expect(runner).toHaveAttribute("data-status", "passed");
  await expect(runner.getByTestId("lab-summary")).toHaveText("Every check passes. Lab solved!");
  await expect(runner.getByTestId("lab-attempts")).toContainText("3 checks so far");
  // Passing the lab completed its lesson: the lesson's own button says so without a reload.
  await expect(page.getByTestId("lesson-complete")).toHaveAttribute("aria-pressed", "true");
  await expectNoAxeViolations(page);

  // Reset brings the starter back (after a confirmation).
  page.once("dialog", (d) => void d.accept());
  await press(page, "lab-reset");
  await expect(runner.locator(".cm-content")).toContainText(lab.starter.split("\n")[0]!);

  // The solved lab counts: its lesson is complete and the dashboard lists it.
  const progress = await (await page.request.get("/api/progress")).json();
  expect(progress.modules.find((m: { module: string }) => m.module === lab.module).completedLessons).toContain(lab.lesson);
  await page.goto("/en/dashboard");
  await expect(page.getByTestId("dashboard-labs").locator(`[data-testid="lab-status"][data-lab-id="${labId}"]`)).toHaveAttribute("data-status", "solved");
  expect(errors).toEqual([]);
  await context.close();
});

test("the code editor downloads only when the lab comes near the viewport", async ({ browser }) => {
  const context = await freshContext(browser, { viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(lessonPath("en"));
  await page.waitForLoadState("networkidle");
  const runner = page.getByTestId("lab-runner");
  // The lab sits well below the first screen of this lesson (more than the 300 px look-ahead).
  expect((await runner.boundingBox())!.y).toBeGreaterThan(720 + 300);
  await expect(runner.getByTestId("lab-editor")).toHaveAttribute("data-editor", "plain");
  await runner.scrollIntoViewIfNeeded();
  await expect(runner.getByTestId("lab-editor")).toHaveAttribute("data-editor", "code");
  await context.close();
});

test("reveal on request, and a missed lab to retry from Practice and the dashboard", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(lessonPath("zh"));
  const runner = page.getByTestId("lab-runner");
  // The code editor loads when the lab comes near the viewport.
  await runner.scrollIntoViewIfNeeded();
  await expect(runner.getByTestId("lab-editor")).toHaveAttribute("data-editor", "code");
  await press(page, "lab-check");
  await expect(runner).toHaveAttribute("data-status", "failed");
  await expect(runner.locator('[data-testid="lab-checks"] li[data-passed="false"]').first()).toContainText(/[\u4e00-\u9fff]/);
  await expect(runner.getByTestId("lab-solution")).toHaveCount(0);

  await expect(runner.getByTestId("lab-reveal")).toHaveAttribute("data-early", "true");
  page.once("dialog", (d) => void d.accept());
  await press(page, "lab-reveal");
  const solution = runner.getByTestId("lab-solution");
  await expect(solution.locator("pre")).toHaveText(lab.solution);
  // The explanation is rendered Markdown: compare its words without list markers, backticks and bold.
  const words = lab.explanation.zh.trim().split("\n")[0]!.replace(/^[-*]\s+/, "").replace(/[`*]/g, "");
  await expect(solution).toContainText(words.slice(0, 15));
  await expectNoAxeViolations(page);

  await page.goto("/zh/practice");
  const missed = page.getByTestId("practice-missed-labs").locator(`[data-testid="missed-lab"][data-lab-id="${labId}"]`);
  await expect(missed).toBeVisible();
  await missed.getByTestId("retry-lab").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${lessonPath("zh")}#lab-${labId}$`));
  await page.goto("/zh/dashboard");
  await expect(page.getByTestId("dashboard-labs").locator(`[data-testid="missed-lab"][data-lab-id="${labId}"]`)).toBeVisible();
  await context.close();
});

for (const scheme of ["light", "dark"] as const) {
  test(`on a phone (${scheme}): the plain text editor, Check and feedback fit 390 px`, async ({ browser }) => {
    const context = await freshContext(browser, { colorScheme: scheme, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(lessonPath("en"));
    const runner = page.getByTestId("lab-runner");
    await runner.scrollIntoViewIfNeeded();
    await expect(runner.getByTestId("lab-editor")).toHaveAttribute("data-editor", "code");
    await runner.getByRole("button", { name: "Plain text editor" }).click();
    await expect(runner.getByTestId("lab-editor")).toHaveAttribute("data-editor", "plain");
    await runner.locator("textarea").fill(lab.solution);
    await runner.getByTestId("lab-check").click();
    await expect(runner).toHaveAttribute("data-status", "passed");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await runner.getByTestId("lab-check").boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await context.close();
  });
}
