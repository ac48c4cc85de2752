import { expect, test, type Page } from "@playwright/test";
import { freshContext } from "./helpers";

const LESSON = "/en/learn/architecture/regions-vpcs-azs";
const tick = (page: Page) => page.locator('[data-testid="lesson-tick"][data-lesson="architecture/regions-vpcs-azs"]').first();

/** The API paths a page asks for, in order. */
function apiRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/api/")) paths.push(pathname);
  });
  return paths;
}

const hint = async (page: Page) => (await page.context().cookies()).find((c) => c.name === "learner-hint");

test("a first-time visitor's lesson asks for nothing personal beyond the account check; the first write brings the hint", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const asked = apiRequests(page);
  await page.goto(LESSON);
  // Every personal island has decided once these show: they all wait on the same account check.
  await expect(page.getByTestId("lesson-complete")).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("bookmark-button")).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("nav-review")).toHaveAttribute("data-due", "0");
  expect(new Set(asked)).toEqual(new Set(["/api/account/me"]));
  expect(await hint(page)).toBeUndefined();

  // Marking the lesson complete makes the guest; the hint arrives with its cookie, readable by scripts.
  await page.getByTestId("lesson-complete").click();
  await expect(page.getByTestId("lesson-complete")).toHaveAttribute("aria-pressed", "true");
  expect(await hint(page)).toMatchObject({ value: "1", httpOnly: false, sameSite: "Lax" });
  expect((await context.cookies()).find((c) => c.name === "eks_learner")?.httpOnly).toBe(true);

  // From now on the learner's own data is read at once, without waiting for the account check.
  asked.length = 0;
  const progress = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/progress");
  await page.goto("/en/learn/architecture");
  await progress;
  await expect(tick(page)).toBeVisible();
  expect(asked).toContain("/api/progress");
  await context.close();
});

test("a guest whose browser predates the hint gets it from the account check and still sees their progress", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(LESSON);
  await page.getByTestId("lesson-complete").click();
  await expect(page.getByTestId("lesson-complete")).toHaveAttribute("aria-pressed", "true");
  // Leave the lesson first: its own idle-time reads (an account check that would set the hint again,
  // a progress read) must neither land after the cookie is cleared nor be counted for the next page.
  await page.goto("about:blank");
  // The guest cookie alone, as every guest had before the hint existed.
  await context.clearCookies({ name: "learner-hint" });
  expect(await hint(page)).toBeUndefined();

  const asked = apiRequests(page);
  await page.goto("/en/learn/architecture");
  await expect(tick(page)).toBeVisible();
  expect(asked.indexOf("/api/account/me")).toBeLessThan(asked.indexOf("/api/progress"));
  expect(await hint(page)).toMatchObject({ value: "1", httpOnly: false });
  await context.close();
});
