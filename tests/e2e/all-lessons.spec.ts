import { expect, test } from "@playwright/test";
import { loadCourse } from "../../lib/course/load";
import { locales } from "../../lib/i18n/locales";
import { watchConsole } from "./helpers";

const course = loadCourse();
const lessons = locales.flatMap((locale) => course.modules.flatMap((m) => m.lessons[locale].map((l) => ({ locale, path: `/${locale}/learn/${m.slug}/${l.slug}`, title: l.frontmatter.title, diagrams: (l.source.match(/<Diagram\b/g) ?? []).length }))));

test.describe("every lesson renders", () => {
  test("the course has lessons in both languages", () => {
    expect(lessons.filter((l) => l.locale === "en").length).toBe(lessons.filter((l) => l.locale === "zh").length);
    expect(lessons.length).toBeGreaterThan(50);
  });

  for (const lesson of lessons) {
    test(`${lesson.path} renders with its ${lesson.diagrams} diagram(s) and no console errors`, async ({ page }) => {
      const errors = watchConsole(page);
      const response = await page.goto(lesson.path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
      const diagrams = page.getByTestId("diagram");
      await expect(diagrams).toHaveCount(lesson.diagrams);
      for (let i = 0; i < lesson.diagrams; i++) {
        const diagram = diagrams.nth(i);
        await diagram.scrollIntoViewIfNeeded();
        await expect(diagram.locator("svg").first()).toBeVisible({ timeout: 15_000 });
        await expect(diagram.getByRole("alert")).toHaveCount(0);
      }
      expect(errors).toEqual([]);
    });
  }
});
