import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, freshContext, watchConsole } from "./helpers";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The smallest label size, in CSS px as drawn, over every rendered diagram on the page. */
async function smallestDiagramText(page: Page) {
  return page.getByTestId("diagram-frame").evaluateAll((frames) => {
    let smallest = Infinity;
    for (const frame of frames) {
      const svg = frame.querySelector("svg");
      if (!svg) continue;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const el of svg.querySelectorAll("text, .nodeLabel, .edgeLabel, .label")) {
        if (!el.textContent?.trim()) continue;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize) * scale);
      }
    }
    return smallest;
  });
}

async function renderAllDiagrams(page: Page) {
  const diagrams = page.getByTestId("diagram");
  const count = await diagrams.count();
  for (let i = 0; i < count; i++) {
    await diagrams.nth(i).scrollIntoViewIfNeeded();
    await expect(diagrams.nth(i)).toHaveAttribute("data-state", "ready");
  }
  return count;
}

test.describe("diagrams on a phone", () => {
  test("a wide diagram keeps legible text, scrolls sideways by keyboard and opens full screen", async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto("/en/learn/architecture/outposts-and-hybrid-nodes");
    expect(await renderAllDiagrams(page)).toBeGreaterThan(0);
    expect(await smallestDiagramText(page)).toBeGreaterThanOrEqual(11.9);
    // The page itself never scrolls sideways; the wide diagram's own frame does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const wide = page.locator('[data-testid="diagram-frame"][data-overflows="true"]').first();
    await expect(wide).toHaveAttribute("tabindex", "0");
    await wide.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => wide.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

    // Full screen: opened by keyboard, zoomed with + and −, closed with Esc back to the button.
    const figure = page.getByTestId("diagram").filter({ has: page.locator('[data-testid="diagram-frame"][data-overflows="true"]') }).first();
    const enlarge = figure.getByTestId("diagram-enlarge");
    await enlarge.focus();
    await page.keyboard.press("Enter");
    const viewer = page.getByTestId("diagram-viewer");
    await expect(viewer).toBeVisible();
    await expect(page.getByTestId("diagram-viewer-frame")).toBeFocused();
    const zoom = page.getByTestId("diagram-zoom");
    const before = await zoom.textContent();
    await page.keyboard.press("+");
    await expect(zoom).not.toHaveText(before ?? "");
    const width = await viewer.locator("svg").evaluate((svg) => svg.getBoundingClientRect().width);
    await page.keyboard.press("+");
    await expect.poll(() => viewer.locator("svg").evaluate((svg) => svg.getBoundingClientRect().width)).toBeGreaterThan(width);
    await page.keyboard.press("Escape");
    await expect(viewer).toHaveCount(0);
    await expect(enlarge).toBeFocused();
    expect(errors).toEqual([]);
    await context.close();
  });
});

test.describe("404", () => {
  for (const [path, lang, title] of [
    ["/zh/learn/nope", "zh-Hans", "页面不存在"],
    ["/zh/learn/autoscaling/nope", "zh-Hans", "页面不存在"],
    ["/en/nope", "en", "Page not found"],
    ["/en/learn/nope/deeper/still", "en", "Page not found"],
  ] as const) {
    test(`${path} is a branded 404 in its language`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.getByRole("navigation", { name: lang === "en" ? "Main navigation" : "主导航" })).toBeVisible();
      // Both languages are in the HTML; only the page's own shows.
      await expect(page.locator('[data-testid="not-found"]:visible')).toHaveCount(1);
      await expect(page.locator('[data-testid="not-found"]:visible').getByRole("link")).toHaveCount(11); // search, home, 7 modules, glossary, practice
      // Search opens from the 404 page itself and finds lessons.
      await expect(page.getByTestId("search-button")).toHaveAttribute("data-shortcuts", "ready");
      await page.locator('[data-testid="not-found-search"]:visible').click();
      await expect(page.getByTestId("search-input")).toBeFocused();
      await page.getByTestId("search-input").fill("Karpenter");
      await expect(page.getByTestId("search-results").getByRole("option").first()).toBeVisible();
    });
  }

  test("a path outside any language gets the 404 in the visitor's language", async ({ browser }) => {
    for (const [browserLocale, lang, title] of [
      ["zh-TW", "zh-Hans", "页面不存在"],
      ["en-GB", "en", "Page not found"],
    ] as const) {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      const response = await page.goto("/nope");
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.getByRole("navigation", { name: lang === "en" ? "Main navigation" : "主导航" })).toBeVisible();
      // "Search the course" leads to the course home with the search open.
      await page.getByTestId("not-found-search").click();
      await expect(page.getByTestId("search-input")).toBeFocused();
      await context.close();
    }
  });
});

test.describe("header without a flash", () => {
  test("a signed-in reader sees the account link, never 'Sign in', before /api/account/me answers", async ({ browser }) => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto("/en");
    const email = `hint-${Date.now().toString(36)}@example.com`;
    const signUp = await page.request.post("/api/auth/sign-up/email", {
      data: { email, password: "correct horse battery", name: "Hinted" },
      headers: { origin: new URL(page.url()).origin },
    });
    expect(signUp.status()).toBe(200);
    await page.goto("/en/glossary");
    await expect(page.getByTestId("nav-account")).toHaveText("Account: Hinted");
    expect((await context.cookies()).find((c) => c.name === "session-hint")?.value).toBe("learner");

    // From now on /api/account/me never answers: what shows comes from the first paint alone.
    await page.route("**/api/account/me", () => undefined);
    await page.goto("/en/learn/autoscaling");
    await expect(page.locator("html")).toHaveAttribute("data-session", "learner");
    await expect(page.getByTestId("nav-account")).toBeVisible();
    await expect(page.getByTestId("nav-sign-in")).toBeHidden();
    await context.close();

    // A visitor who never signed in sees "Sign in" at once, under the same conditions.
    const guest = await freshContext(browser);
    const guestPage = await guest.newPage();
    await guestPage.route("**/api/account/me", () => undefined);
    await guestPage.goto("/en/learn/autoscaling");
    await expect(guestPage.getByTestId("nav-sign-in")).toBeVisible();
    await expect(guestPage.getByTestId("nav-account")).toBeHidden();
    await guest.close();
  });
});

test.describe("search", () => {
  test("the index loads only when search opens", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto("/en/learn/autoscaling");
    await expect(page.getByTestId("search-button")).toHaveAttribute("data-shortcuts", "ready");
    expect(requests.filter((p) => p.startsWith("/search-index"))).toEqual([]);
    await page.keyboard.press("/");
    await expect.poll(() => requests.filter((p) => p.startsWith("/search-index"))).toEqual(["/search-index/en"]);
  });

  test("forgives typos, matches prefixes, highlights and walks long result lists by keyboard", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByTestId("search-button")).toHaveAttribute("data-shortcuts", "ready");
    await page.keyboard.press("/");
    const input = page.getByTestId("search-input");
    const options = page.getByTestId("search-results").getByRole("option");

    await input.fill("karpentr");
    await expect(options.first()).toBeVisible();
    await expect(options.first().locator("mark").first()).toHaveText(/^karpenter$/i);

    await input.fill("consolidat");
    await expect(options.first().locator("mark").first()).toHaveText(/^consolidat/i);

    // The glossary is indexed.
    await input.fill("PodDisruptionBudget");
    await expect(options.filter({ has: page.getByTestId("search-kind").filter({ hasText: "Glossary" }) }).first()).toBeVisible();

    // Many results, and the keyboard reaches past the twelfth.
    await input.fill("pod");
    await expect.poll(() => options.count()).toBeGreaterThan(12);
    for (let i = 0; i < 13; i++) await page.keyboard.press("ArrowDown");
    const thirteenth = options.nth(13);
    await expect(thirteenth).toHaveAttribute("aria-selected", "true");
    await expect(thirteenth).toBeInViewport();
    await expect(input).toHaveAttribute("aria-activedescendant", (await thirteenth.getAttribute("id"))!);
    const href = await page.evaluate(() => location.pathname);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => location.pathname)).not.toBe(href);
  });

  test("question stems are searchable but answers and explanations are not in the index", async ({ page, request }) => {
    const docs = (await (await request.get("/search-index/en")).json()) as { kind: string; text: string }[];
    const all = JSON.stringify(docs);
    // From content/questions/autoscaling.yaml, scale-001: the stem, its correct option and an explanation.
    expect(all).toContain("stateless REST API on Amazon EKS");
    expect(all).not.toContain("Add a Horizontal Pod Autoscaler that scales the Deployment on CPU utilization.");
    expect(all).not.toContain("so adding Pods is exactly what is needed");
    expect(all).not.toMatch(/"correct"|"explanation"|"options"/);
    expect(docs.some((d) => d.kind === "question")).toBe(true);

    await page.goto("/en");
    await expect(page.getByTestId("search-button")).toHaveAttribute("data-shortcuts", "ready");
    await page.keyboard.press("/");
    await page.getByTestId("search-input").fill("stateless REST API");
    const question = page.getByTestId("search-results").getByRole("option").filter({ has: page.getByTestId("search-kind").filter({ hasText: "Practice question" }) });
    await expect(question.first()).toBeVisible();
  });

  test("table cells stay apart in snippets, and Chinese search still works", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByTestId("search-button")).toHaveAttribute("data-shortcuts", "ready");
    await page.keyboard.press("/");
    await page.getByTestId("search-input").fill("Reacts to");
    await expect(page.getByTestId("search-snippet").first()).toContainText(" | ");

    await page.goto("/zh");
    await expect(page.getByTestId("search-button")).toHaveAttribute("data-shortcuts", "ready");
    await page.keyboard.press("/");
    await page.getByTestId("search-input").fill("副本数");
    const first = page.getByTestId("search-results").getByRole("option").first();
    await expect(first.locator("mark").first()).toContainText("副本数");
  });
});

test.describe("progress where you navigate", () => {
  test("ticks, module progress, practise this module and Continue on the home page", async ({ browser }) => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto("/en");
    await expect(page.getByTestId("continue")).toHaveAttribute("data-state", "start");

    await page.goto("/en/learn/autoscaling/pods-vs-nodes");
    const sidebar = page.getByTestId("sidebar");
    await expect(sidebar.getByTestId("lesson-tick")).toHaveCount(0);
    await page.getByTestId("lesson-complete").click();
    await expect(page.getByTestId("lesson-complete")).toHaveAttribute("aria-pressed", "true");
    // The sidebar ticks the lesson at once.
    await expect(sidebar.locator('[data-testid="lesson-tick"][data-lesson="autoscaling/pods-vs-nodes"]')).toBeVisible();

    await page.goto("/en/learn/autoscaling");
    const main = page.locator("main");
    await expect(main.getByTestId("lesson-tick")).toHaveCount(1);
    await expect(main.getByRole("link", { name: /Two layers of scaling.*completed/ })).toBeVisible();
    await expect(page.getByTestId("module-progress")).toContainText("1 of 6 lessons complete");

    await page.goto("/en");
    const next = page.getByTestId("continue");
    await expect(next).toHaveAttribute("data-state", "continue");
    await expect(next).toHaveText(/^Continue: /);
    await next.click();
    await expect(page).toHaveURL(/\/en\/learn\/autoscaling\/vpa-and-hpa$/);

    await page.goto("/en/learn/autoscaling");
    await page.getByTestId("practise-module").click();
    await expect(page).toHaveURL(/\/en\/quiz\//);
    await context.close();
  });
});

test.describe("node scaling simulator", () => {
  test("shows only the steps reached, and on a phone its tracks are tabs over one step", async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto("/en/learn/autoscaling/cluster-autoscaler-and-karpenter");
    const cas = page.getByTestId("sim-track-cas");
    const karpenter = page.getByTestId("sim-track-karpenter");
    await cas.scrollIntoViewIfNeeded();
    await expect(cas.getByTestId("sim-step")).toHaveCount(1);
    await expect(karpenter).toBeHidden();
    const nextStep = page.getByRole("button", { name: "Next step" });
    await nextStep.click();
    await nextStep.click();
    await expect(cas.getByTestId("sim-step")).toHaveCount(3);
    await expect(cas.locator('[aria-current="step"]')).toContainText("3.");
    // The other track, at the same step.
    await page.getByTestId("sim-tab-cas").focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("sim-tab-karpenter")).toBeFocused();
    await expect(karpenter).toBeVisible();
    await expect(cas).toBeHidden();
    await expect(karpenter.getByTestId("sim-step")).toHaveCount(3);
    await expect(karpenter).toContainText("Launches: (step through to see)");
    await context.close();
  });

  test("on a desktop both tracks sit side by side", async ({ page }) => {
    await page.goto("/en/learn/autoscaling/cluster-autoscaler-and-karpenter");
    await page.getByTestId("sim-track-cas").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("sim-track-cas")).toBeVisible();
    await expect(page.getByTestId("sim-track-karpenter")).toBeVisible();
    await expect(page.getByTestId("sim-tab-cas")).toBeHidden();
  });
});

test.describe("print", () => {
  const modules = ["what-is-eks", "architecture", "autoscaling", "load-balancing", "anywhere", "eks-distro", "exam-essentials"];
  for (const locale of ["en", "zh"] as const) {
    test(`every ${locale} cheat sheet prints light, without chrome, on at most two A4 pages`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: "dark" });
      const page = await context.newPage();
      const pages: Record<string, number> = {};
      for (const module of modules) {
        await page.goto(`/${locale}/learn/${module}/cheat-sheet`);
        await expect(page.locator("html")).toHaveClass(/dark/);
        await page.emulateMedia({ media: "print" });
        await expect(page.locator("header").first()).toBeHidden();
        await expect(page.getByTestId("sidebar")).toBeHidden();
        await expect(page.getByTestId("print-button")).toBeHidden();
        const colours = await page.evaluate(() => {
          const h1 = document.querySelector("article h1")!;
          return { body: getComputedStyle(document.body).backgroundColor, heading: getComputedStyle(h1).color };
        });
        expect(colours.body).toBe("rgb(255, 255, 255)");
        expect(colours.heading).not.toMatch(/rgb\(2[0-9]{2}, 2[0-9]{2}, 2[0-9]{2}\)/);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        pages[module] = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        await page.emulateMedia({ media: "screen" });
      }
      for (const module of modules) expect(pages[module], `${locale}/${module}: ${pages[module]} pages`).toBeGreaterThanOrEqual(1);
      expect(Object.entries(pages).filter(([, n]) => n > 2)).toEqual([]);
      await context.close();
    });
  }

  test("the Print / save as PDF button opens the print dialog", async ({ page }) => {
    await page.goto("/en/learn/autoscaling/cheat-sheet");
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByTestId("print-button").click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });
});

test.describe("Chinese variants and the glossary", () => {
  for (const browserLocale of ["zh-TW", "zh-HK", "zh-SG"]) {
    test(`${browserLocale} goes to the Chinese course`, async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(/\/zh$/);
      await context.close();
    });
  }

  test("a term the same in both languages is listed once", async ({ page }) => {
    await page.goto("/zh/glossary");
    const karpenter = page.locator("#karpenter");
    await expect(karpenter.locator("dt > span")).toHaveCount(1);
    const alb = page.locator("#application-load-balancer-alb-");
    await expect(alb.locator("dt > span")).toHaveCount(1);
    const annotation = page.locator("#annotation");
    await expect(annotation.locator("dt > span")).toHaveText(["Annotation", "注解（Annotation）"]);
  });
});

test.describe("accessibility of the reading pages", () => {
  for (const locale of ["en", "zh"] as const) {
    for (const scheme of ["light", "dark"] as const) {
      test(`axe: ${locale}, ${scheme}`, async ({ browser }) => {
        test.setTimeout(300_000); // ten pages and states, each checked in full
        const context = await freshContext(browser, { colorScheme: scheme });
        const page = await context.newPage();
        // Progress first, so ticks, module progress and Continue are on the pages checked.
        await page.goto(`/${locale}/learn/autoscaling/pods-vs-nodes`);
        await page.getByTestId("lesson-complete").click();
        await expect(page.getByTestId("lesson-complete")).toHaveAttribute("aria-pressed", "true");
        await expect(page.getByTestId("sidebar").getByTestId("lesson-tick")).toHaveCount(1);
        await expectNoAxeViolations(page);

        await page.goto(`/${locale}`);
        await expect(page.getByTestId("continue")).toHaveAttribute("data-state", "continue");
        await expectNoAxeViolations(page);

        await page.goto(`/${locale}/learn/autoscaling`);
        await expect(page.getByTestId("module-progress")).toBeVisible();
        await expectNoAxeViolations(page);

        await page.goto(`/${locale}/learn/nope`);
        await expect(page.locator('[data-testid="not-found"]:visible')).toHaveCount(1);
        await expectNoAxeViolations(page);

        await page.goto(`/${locale}/glossary`);
        await expectNoAxeViolations(page);

        // The 404 outside any language follows the remembered language choice.
        await context.addCookies([{ name: "locale", value: locale, url: new URL("/", page.url()).href }]);
        await page.goto("/nope");
        await expect(page.getByTestId("not-found")).toHaveAttribute("data-locale", locale);
        await expectNoAxeViolations(page);

        // Search open with highlighted results.
        await page.goto(`/${locale}/learn/autoscaling`);
        await expect(page.getByTestId("search-button")).toHaveAttribute("data-shortcuts", "ready");
        await page.keyboard.press("/");
        await page.getByTestId("search-input").fill(locale === "en" ? "karpentr" : "扩缩");
        await expect(page.getByTestId("search-results").locator("mark").first()).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press("Escape");

        // On a phone: a lesson with a wide diagram (frame and full-screen viewer), and the simulator tabs.
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`/${locale}/learn/architecture/outposts-and-hybrid-nodes`);
        await renderAllDiagrams(page);
        await expectNoAxeViolations(page);
        await page.getByTestId("diagram-enlarge").first().click();
        await expect(page.getByTestId("diagram-viewer")).toBeVisible();
        await expectNoAxeViolations(page);
        await page.keyboard.press("Escape");

        await page.goto(`/${locale}/learn/autoscaling/cluster-autoscaler-and-karpenter`);
        await page.getByTestId("sim-track-cas").scrollIntoViewIfNeeded();
        await renderAllDiagrams(page);
        await expectNoAxeViolations(page);
        await context.close();
      });
    }
  }
});

test("internal links navigate without reloading the page, fetch a page only on intent, and leave modified clicks to the browser", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const payloads: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] || request.url().includes("_rsc=")) payloads.push(new URL(request.url()).pathname);
  });
  await page.goto("/en/glossary");
  await page.waitForLoadState("networkidle");
  // Nothing is prefetched for merely being on screen.
  expect(payloads).toEqual([]);
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  const practice = page.getByRole("navigation", { name: /primary|main/i }).getByRole("link", { name: "Practice" });
  await practice.hover();
  await expect.poll(() => payloads.includes("/en/practice")).toBe(true);
  await practice.click();
  await expect(page).toHaveURL(/\/en\/practice$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Client-side: the window (and what a script left on it) survived the navigation.
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  // A Ctrl/⌘-click is the browser's (a new tab), not a navigation of this page.
  const [popup] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: "Glossary" }).first().click({ modifiers: ["ControlOrMeta"] })]);
  await expect(page).toHaveURL(/\/en\/practice$/);
  await popup.close();
  await context.close();
});
