import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, watchConsole } from "./helpers";

test.describe("course reader", () => {
  test("/ sends each reader to their language", async ({ browser }) => {
    for (const [browserLocale, locale] of [["zh-CN", "zh"], ["en-US", "en"]] as const) {
      // Chromium derives Accept-Language from the context's locale.
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
      await context.close();
    }
  });

  test("home page in both languages lists every module", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learn Amazon EKS for the AWS exams");
    await expect(page.getByTestId("module-card")).toHaveCount(7);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute("href", /\/zh$/);

    await page.goto("/zh");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("为 AWS 认证考试学习 Amazon EKS");
    await expect(page.getByTestId("module-card")).toHaveCount(7);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en$/);
    expect(errors).toEqual([]);
  });

  test("a reader reaches a lesson through the sidebar and moves on with next", async ({ page }) => {
    await page.goto("/en/learn/architecture");
    const nav = page.getByRole("navigation", { name: "Course contents" });
    await nav.getByRole("link", { name: /Autoscaling/ }).click();
    await expect(page).toHaveURL(/\/en\/learn\/autoscaling$/);
    await page.getByRole("navigation", { name: "Course contents" }).getByRole("link", { name: /Autoscaling/ }).waitFor();
    await page.getByRole("link", { name: /Two layers of scaling/ }).first().click();
    await expect(page).toHaveURL(/\/en\/learn\/autoscaling\/pods-vs-nodes$/);
    await expect(page.getByRole("navigation", { name: "Course contents" }).getByRole("link", { name: /Two layers of scaling/ })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText("Autoscaling");
    const next = page.getByRole("navigation", { name: "Previous and next lesson" }).getByRole("link", { name: /Next/ });
    await next.click();
    await expect(page).toHaveURL(/\/en\/learn\/autoscaling\/vpa-and-hpa$/);
  });

  test("the language switch keeps the reader on the same lesson", async ({ page }) => {
    await page.goto("/en/learn/architecture/control-plane");
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\/zh\/learn\/architecture\/control-plane$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\/en\/learn\/architecture\/control-plane$/);
  });

  test("a Mermaid diagram renders as SVG, lazily, with an accessible name", async ({ page }) => {
    const mermaidRequests: string[] = [];
    page.on("request", (r) => {
      if (/mermaid/i.test(r.url())) mermaidRequests.push(r.url());
    });
    await page.goto("/en/learn/architecture/regions-vpcs-azs");
    const diagram = page.getByTestId("diagram").first();
    await diagram.scrollIntoViewIfNeeded();
    const img = diagram.getByRole("img");
    await expect(img).toBeVisible({ timeout: 15_000 });
    await expect(img.locator("svg")).toHaveCount(1);
    expect(await img.getAttribute("aria-label")).toBeTruthy();
  });

  test("search opens with / and finds a Chinese term", async ({ page }) => {
    await page.goto("/zh");
    // the shortcut exists once the page has hydrated
    await expect(page.getByTestId("search-button")).toHaveAttribute("data-shortcuts", "ready");
    await page.keyboard.press("/");
    const input = page.getByTestId("search-input");
    await expect(input).toBeFocused();
    await input.fill("扩缩");
    const results = page.getByTestId("search-results").getByRole("option");
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toContainText("扩缩");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/zh\/learn\//);
  });

  test("dark mode persists across reload without a flash", async ({ page }) => {
    await page.goto("/en");
    await page.getByTestId("theme-select").selectOption("dark");
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.reload();
    // The class is set by the inline script before any paint: check the first HTML the browser parses.
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expect(page.getByTestId("theme-select")).toHaveValue("dark");
    await page.getByTestId("theme-select").selectOption("light");
    await page.reload();
    await expect(page.locator("html")).not.toHaveClass(/dark/);
  });

  test("the lesson layout fits a 360 px phone", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto("/zh/learn/load-balancing/targets-and-annotations");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test("the sitemap lists every lesson in every locale", async ({ page, request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    await page.goto("/en");
    const lessonLinks = await page.getByTestId("module-card").locator("ol a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(lessonLinks.length).toBeGreaterThan(20);
    for (const path of lessonLinks) {
      expect(xml).toContain(`${path}</loc>`);
      expect(xml).toContain(`${path.replace(/^\/en\//, "/zh/")}</loc>`);
    }
  });

  test("the health endpoint answers", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { engine: "sqlite", ok: true } });
  });
});

test.describe("accessibility", () => {
  for (const path of ["/en", "/zh", "/en/learn/autoscaling", "/zh/learn/autoscaling", "/en/learn/autoscaling/vpa-and-hpa", "/zh/learn/load-balancing/targets-and-annotations", "/en/glossary"]) {
    for (const scheme of ["light", "dark"] as const) {
      test(`axe finds no violations on ${path} (${scheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await expectNoAxeViolations(page);
        await context.close();
      });
    }
  }
});
