import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

/** Every path stored in this site's caches, per cache name. */
function readCaches(page: Page) {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });
}
const allPaths = async (page: Page) => Object.values(await readCaches(page)).flat();

const LESSON = "/en/learn/architecture/control-plane";
const UNOPENED = "/en/learn/load-balancing/aws-load-balancer-controller";

test("opened lessons, the outline and the offline page read offline; the API and personal pages never come from a cache", async ({ browser }) => {
  test.setTimeout(120_000);
  // the suite blocks service workers (playwright.config.ts); this test is about one
  const context = await browser.newContext({ serviceWorkers: "allow" });
  const page = await context.newPage();

  // The installable app: a manifest with PNG icons, linked from every page, and a same-origin worker.
  await page.goto(LESSON);
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");
  const manifest = (await (await page.request.get(manifestHref!)).json()) as { start_url: string; display: string; icons: { src: string; sizes: string; type: string; purpose: string }[] };
  expect(manifest).toMatchObject({ start_url: "/", display: "standalone" });
  for (const size of ["192x192", "512x512"]) expect(manifest.icons.some((i) => i.sizes === size && i.type === "image/png")).toBe(true);
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) {
    const res = await page.request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()["content-type"]).toContain(icon.type);
  }
  const worker = await page.request.get("/sw.js");
  expect(worker.headers()["content-type"]).toContain("javascript");
  expect(worker.headers()["content-security-policy"]).toContain("worker-src 'self'");

  // The worker takes control and keeps the opened lesson, the outline and the offline pages.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect.poll(() => allPaths(page)).toEqual(expect.arrayContaining([LESSON, "/en", "/zh", "/en/learn/architecture", "/en/offline", "/zh/offline"]));

  // Caches are versioned by this build's id; no other build's cache is left.
  const buildId = readFileSync(".next/BUILD_ID", "utf8").trim();
  expect(Object.keys(await readCaches(page)).sort()).toEqual([`eks-course-${buildId}-assets`, `eks-course-${buildId}-pages`]);

  // A lesson reached by a client-side navigation (no HTML request) is kept too.
  const title = await page.getByRole("heading", { level: 1 }).innerText();
  const next = page.locator('a[rel="next"]').first();
  const nextPath = new URL((await next.getAttribute("href"))!, "http://x").pathname;
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${nextPath}$`));
  const nextTitle = await page.getByRole("heading", { level: 1 }).innerText();
  await expect.poll(() => allPaths(page)).toContain(nextPath);

  // Online, personal pages and the API are used, and none of them is stored.
  for (const path of ["/en/dashboard", "/en/practice", "/en/review", "/en/sign-in", "/en/account"]) await page.goto(path);
  expect(await page.evaluate(async () => (await fetch("/api/progress")).status)).toBe(200);
  expect(await page.evaluate(async () => (await fetch("/api/health")).status)).toBe(200);
  const stored = await allPaths(page);
  expect(stored.filter((p) => p.startsWith("/api"))).toEqual([]);
  expect(stored.filter((p) => /^\/(en|zh)\/(dashboard|practice|review|sign-in|sign-up|account|quiz|instructor|certificate|verify)/.test(p))).toEqual([]);

  await context.setOffline(true);

  // Opened lessons read offline, whether opened by a full load or a client-side navigation.
  await page.goto(LESSON);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator("main article, main").first()).toContainText(/\S{20}/);
  await page.goto(nextPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nextTitle);

  // The course outline: the home page and a module page.
  await page.goto("/en");
  await expect(page.locator(`a[href="${LESSON}"]`).first()).toBeAttached();
  await page.goto("/en/learn/architecture");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // An unopened lesson and a personal page: the offline page, in the page's language, listing what is saved.
  const unopened = await page.goto(UNOPENED);
  expect(unopened?.status()).toBe(503);
  await expect(page.getByTestId("offline-page")).toBeVisible();
  await expect(page.getByTestId("saved-lessons").getByRole("link")).toHaveCount(2);
  await expect(page.getByTestId("saved-lessons")).toContainText(title);
  await expectNoAxeViolations(page);
  await page.goto("/en/dashboard");
  await expect(page.getByTestId("offline-page")).toBeVisible();
  await page.goto("/zh/learn/architecture/data-plane");
  await expect(page.getByTestId("offline-page")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你已离线");

  // The API is never answered from a cache: offline, it fails.
  const api = await page.evaluate(async () => {
    try {
      return String((await fetch("/api/health")).status);
    } catch (error) {
      return `failed: ${(error as Error).name}`;
    }
  });
  expect(api).toBe("failed: TypeError");

  await context.setOffline(false);
  await page.goto(UNOPENED);
  await expect(page.getByTestId("offline-page")).toHaveCount(0);
  await context.close();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the offline page passes axe in both languages, ${scheme}`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    for (const locale of ["en", "zh"]) {
      await page.goto(`/${locale}/offline`);
      await expect(page.getByTestId("saved-lessons-none").or(page.getByTestId("saved-lessons"))).toBeVisible();
      await expectNoAxeViolations(page);
    }
    await context.close();
  });
}
