import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["zh-Hans", "zh"],
    ["en-GB,en;q=0.9,zh;q=0.8", "en"],
    ["fr-FR,fr;q=0.9,zh-CN;q=0.8", "zh"],
    ["en;q=0.5,zh;q=0.9", "zh"],
    ["zh-TW,zh-Hant;q=0.9", "zh"],
    ["zh-HK", "zh"],
    ["zh-Hant-TW,en;q=0.5", "zh"],
    ["zh-MO", "zh"],
    ["zh-SG,en;q=0.9", "zh"],
    ["en-US,zh-TW;q=0.8", "en"],
    ["fr,zh-HK;q=0.5", "zh"],
    ["de-DE", "en"],
    ["zh;q=0", "en"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("messages", () => {
  function keysOf(value: unknown, prefix = ""): string[] {
    if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`));
    return [prefix];
  }
  it("has every UI string in both languages, none left empty or untranslated", () => {
    const en = getMessages("en");
    const zh = getMessages("zh");
    expect(keysOf(zh)).toEqual(keysOf(en));
    const values = (m: unknown): unknown[] => (m && typeof m === "object" ? Object.values(m).flatMap(values) : [m]);
    const zhStrings = values(zh).filter((v): v is string => typeof v === "string");
    for (const s of zhStrings) expect(s.trim()).not.toBe("");
    // Apart from proper names, the Chinese strings contain Chinese.
    const untranslated = zhStrings.filter((s) => !/[\u4e00-\u9fff]/.test(s) && !/^(Switch to English)$/.test(s));
    expect(untranslated).toEqual([]);
  });
});

describe("practice labels", () => {
  it("say the same as the message tables they come from, in each language, with no function left", async () => {
    const { getMessages } = await import("@/lib/i18n/messages");
    const { formatCount, getPracticeLabels, PRACTICE_LIMITS } = await import("@/lib/i18n/practice-labels");
    for (const locale of ["en", "zh"] as const) {
      const labels = getPracticeLabels(locale);
      const t = getMessages(locale).practice;
      expect(labels.examCountHint).toBe(t.countHint(PRACTICE_LIMITS.examQuestions));
      expect(labels.moduleCountHint).toBe(t.countHint(PRACTICE_LIMITS.moduleQuestions));
      expect(Object.values(labels).every((value) => typeof value === "string")).toBe(true);
    }
  });

  it("count questions to retake in each language", async () => {
    const { formatCount, getPracticeLabels } = await import("@/lib/i18n/practice-labels");
    const en = getPracticeLabels("en");
    const zh = getPracticeLabels("zh");
    expect(formatCount(1, en.missedOne, en.missedMany)).toBe("1 question to retake.");
    expect(formatCount(42, en.missedOne, en.missedMany)).toBe("42 questions to retake.");
    expect(formatCount(1, zh.missedOne, zh.missedMany)).toBe("有 1 道题待重做。");
    expect(formatCount(1000, zh.missedOne, zh.missedMany)).toBe("有 1000 道题待重做。");
  });

  it("say \"Starting…\" the same way on the dashboard and the practice forms", async () => {
    const { getMessages } = await import("@/lib/i18n/messages");
    const { getStartLabels } = await import("@/lib/i18n/practice-labels");
    for (const locale of ["en", "zh"] as const) expect(getStartLabels(locale).starting).toBe(getMessages(locale).practice.starting);
  });
});
