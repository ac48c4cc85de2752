import { execFileSync } from "node:child_process";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { expectNoAxeViolations, freshContext, watchConsole } from "./helpers";

/**
 * The instructor's lesson editor against the production build: diagnostics at their lines as you
 * type, a live server-rendered preview (a Mermaid diagram drawn in the browser under the production
 * CSP), nothing written (no Save; the save endpoint is a 404), axe, and the phone layout.
 */
const PASSWORD = "instructor pass 1";
const LESSON = "/en/learn/architecture/control-plane";
const EDITOR = "/en/instructor/edit/lesson/architecture/control-plane";
let instructorEmail = "";

test.beforeAll(() => {
  instructorEmail = `editor-${Date.now()}@example.com`;
  execFileSync("npm", ["run", "-s", "user:create", "--", "--email", instructorEmail, "--role", "instructor", "--password", PASSWORD], {
    env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" },
    stdio: "pipe",
  });
});

async function signIn(context: BrowserContext, page: Page, email: string, password = PASSWORD) {
  await page.goto("/en/sign-in");
  const origin = new URL(page.url()).origin;
  const response = await context.request.post("/api/auth/sign-in/email", { data: { email, password }, headers: { origin } });
  expect(response.status()).toBe(200);
}

/** Types into the plain text area (the editor's own switch), which the code editor then shows. */
async function replaceSource(page: Page, locale: "en" | "zh", text: string) {
  const pane = page.getByTestId(`editor-pane-${locale}`);
  const source = page.getByTestId(`editor-source-${locale}`);
  if ((await source.getAttribute("data-editor")) === "code") await pane.getByRole("button", { name: /plain text area|纯文本框/ }).click();
  await pane.locator("textarea").fill(text);
}

test("learners get a 404 for the editor and never see the Edit link", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto("/en/sign-in");
  const origin = new URL(page.url()).origin;
  expect((await context.request.post("/api/auth/sign-up/email", { data: { email: `editor-learner-${Date.now()}@example.com`, password: "correct horse battery", name: "L" }, headers: { origin } })).status()).toBe(200);
  expect((await page.goto(EDITOR))?.status()).toBe(404);
  await page.goto(LESSON);
  await expect(page.getByTestId("nav-account")).not.toHaveAttribute("data-pending", "true");
  await expect(page.getByTestId("lesson-edit")).toBeHidden();
  await context.close();
});

test("an instructor opens the editor from a lesson; a broken frontmatter line is flagged there and a Mermaid diagram previews live", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const errors = watchConsole(page);
  await signIn(context, page, instructorEmail);
  await page.goto(LESSON);
  await page.getByTestId("lesson-edit").click();
  await expect(page).toHaveURL(new RegExp(`${EDITOR}$`));
  const editor = page.getByTestId("lesson-editor");
  await expect(editor).toHaveAttribute("data-mode", "production");
  // The saved lesson passes the check in both languages, and both previews are rendered.
  for (const locale of ["en", "zh"] as const) {
    await expect(page.getByTestId(`editor-pane-${locale}`)).toHaveAttribute("data-problems", "0");
    await expect(page.getByTestId(`preview-title-${locale}`)).toBeVisible();
  }
  await expect(page.getByTestId("editor-source-en")).toHaveAttribute("data-editor", "code");
  await expectNoAxeViolations(page);

  const original = await page.getByTestId("editor-source-en").locator(".cm-content").innerText();
  const lines = original.split("\n");
  const minutesLine = lines.findIndex((l) => l.startsWith("minutes:")) + 1;
  expect(minutesLine).toBeGreaterThan(1);
  const broken = lines.map((l, i) => (i + 1 === minutesLine ? "minutes: a few" : l)).join("\n");
  await replaceSource(page, "en", broken);
  const problem = page.getByTestId("editor-problems-en").locator(`li[data-line="${minutesLine}"]`);
  await expect(problem).toContainText("frontmatter minutes");
  await expect(page.getByTestId("editor-pane-en")).toHaveAttribute("data-problems", "1");
  // Back in the code editor, the problem sits at its line.
  await page.getByTestId("editor-pane-en").getByRole("button", { name: "Use the code editor" }).click();
  await expect(page.getByTestId("editor-source-en")).toHaveAttribute("data-editor", "code");
  await expect(page.getByTestId("editor-source-en").locator(".cm-lint-marker-error")).toHaveCount(1);

  // A fresh diagram appears in the preview, drawn by Mermaid in the browser.
  const frontmatter = lines.slice(0, lines.indexOf("---", 1) + 1).join("\n");
  await replaceSource(page, "en", `${frontmatter}\n\n## Preview check\n\n<Diagram caption="Editor preview" alt="Draft goes to Preview">\n\n\`\`\`mermaid\nflowchart LR\n  Draft --> PreviewNode\n\`\`\`\n\n</Diagram>\n`);
  const preview = page.getByTestId("editor-preview-en");
  await expect(preview.getByRole("heading", { name: "Preview check" })).toBeVisible();
  const diagram = preview.getByTestId("diagram");
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toHaveAttribute("data-state", "ready");
  await expect(diagram.locator("svg")).toContainText("PreviewNode");
  await expect(page.getByTestId("editor-pane-en")).toHaveAttribute("data-problems", "0");
  await expect(page.getByTestId("editor-changed-en")).toHaveText("Changed, not saved");

  // A Mermaid mistake is reported at its line in the file, from the browser's parse.
  await replaceSource(page, "en", `${frontmatter}\n\n<Diagram caption="C" alt="A">\n\n\`\`\`mermaid\nflowchart LR\n  A --> \n\`\`\`\n\n</Diagram>\n`);
  const fence = frontmatter.split("\n").length + 5;
  await expect(page.getByTestId("editor-problems-en").locator("li").first()).toContainText("Mermaid");
  expect(Number(await page.getByTestId("editor-problems-en").locator("li").first().getAttribute("data-line"))).toBeGreaterThan(fence);
  // Code is refused, not run: the preview keeps the last good version and says why.
  await replaceSource(page, "en", `${frontmatter}\n\nexport const x = 1\n\nHello {process.env.AUTH_SECRET}\n`);
  await expect(page.getByTestId("editor-problems-en")).toContainText("import/export is not allowed");
  await expect(preview).toHaveAttribute("data-stale", "true");
  await expect(preview).not.toContainText("process.env");

  // Production: nothing can be written. No Save button, and the endpoint does not exist.
  await expect(page.getByTestId("editor-save-en")).toHaveCount(0);
  await expect(page.getByTestId("editor-download-en")).toBeVisible();
  const save = await context.request.post("/api/instructor/content", {
    data: { module: "architecture", lesson: "control-plane", locale: "en", source: "nothing" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(save.status()).toBe(404);
  expect((await save.json()).error.code).toBe("not_found");
  expect(errors).toEqual([]);
  await context.close();
});

test("the editor on a phone, in Chinese and dark: one language at a time, no sideways scrolling, axe-clean", async ({ browser }) => {
  const context = await freshContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: "dark" });
  const page = await context.newPage();
  await signIn(context, page, instructorEmail);
  await page.goto("/zh/instructor/edit/lesson/architecture/control-plane");
  await expect(page.getByTestId("editor-pane-zh")).toBeVisible();
  await expect(page.getByTestId("editor-pane-en")).toBeHidden();
  await expect(page.getByTestId("editor-language-zh")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("preview-title-zh")).toBeVisible();
  await expect(page.getByTestId("editor-source-zh")).toHaveAttribute("data-editor", "code");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await page.getByTestId("editor-language-en").click();
  await expect(page.getByTestId("editor-pane-en")).toBeVisible();
  await expect(page.getByTestId("editor-pane-zh")).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await context.close();
});

test("an instructor edits a question from the content index: a schema problem at its line, the quiz's own view in both languages", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const errors = watchConsole(page);
  await signIn(context, page, instructorEmail);
  await page.goto("/en/instructor");
  await page.getByTestId("instructor-edit-content").click();
  await expect(page).toHaveURL(/\/en\/instructor\/edit$/);
  await expectNoAxeViolations(page);
  const link = page.getByTestId("edit-question-arch-001");
  await link.locator("xpath=ancestor::details/summary").click();
  await link.click();
  await expect(page).toHaveURL(/\/en\/instructor\/edit\/question\/arch-001$/);
  const editor = page.getByTestId("question-editor");
  await expect(editor).toHaveAttribute("data-problems", "0");
  await expect(page.getByTestId("question-preview-en").getByTestId("quiz-question")).toBeVisible();
  await expect(page.getByTestId("question-preview-zh").locator("legend")).toContainText("Amazon EKS");
  await expect(page.getByTestId("editor-source-question")).toHaveAttribute("data-editor", "code");
  await expectNoAxeViolations(page);

  const source = await page.getByTestId("editor-source-question").locator(".cm-content").innerText();
  const lines = source.split("\n");
  const difficulty = lines.findIndex((l) => l.startsWith("  difficulty:")) + 1;
  await page.getByRole("button", { name: "Use a plain text area" }).click();
  await page.getByTestId("editor-source-question").locator("textarea").fill(lines.map((l, i) => (i + 1 === difficulty ? "  difficulty: 9" : l)).join("\n"));
  await expect(page.getByTestId("editor-problems-question").locator(`li[data-line="${difficulty}"]`)).toContainText("difficulty");
  await expect(page.getByTestId("question-preview-en")).toHaveAttribute("data-stale", "true");
  await expect(page.getByTestId("editor-save-question")).toHaveCount(0);
  expect((await context.request.post("/api/instructor/questions", { data: { module: "architecture", id: "arch-001", source: "x" }, headers: { origin: new URL(page.url()).origin } })).status()).toBe(404);
  expect(errors).toEqual([]);
  await context.close();
});
