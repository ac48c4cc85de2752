import { describe, expect, it } from "vitest";
import { fitZoom, inlineWidths, legibleScale, MIN_SCALE, readNaturalWidth, stepZoom } from "@/lib/diagrams/size";
import { isSameTerm } from "@/lib/course/glossary-terms";
import { pickNextLesson, type CourseLesson } from "@/lib/progress/next-lesson";
import { getMessages } from "@/lib/i18n/messages";
import { getReadingMessages } from "@/lib/i18n/reading-messages";

describe("diagram sizes", () => {
  it("reads the natural width from the viewBox, else the width attribute", () => {
    expect(readNaturalWidth('<svg id="m" width="100%" viewBox="-8 -8 1034.5 412" style="max-width: 1034.5px;"><g/></svg>')).toBe(1034.5);
    expect(readNaturalWidth('<svg width="640px"><g/></svg>')).toBe(640);
    expect(readNaturalWidth("<div>not svg</div>")).toBeNull();
    expect(readNaturalWidth('<svg viewBox="0 0 0 0"></svg>')).toBeNull();
  });
  it("never lets Mermaid's 16 px labels shrink below 12 px", () => {
    expect(MIN_SCALE * 16).toBe(12);
    expect(inlineWidths(1000)).toEqual({ max: 1000, min: 750 });
    // A diagram with 14 px notes may shrink less.
    expect(inlineWidths(1000, legibleScale(14))).toEqual({ max: 1000, min: 858 });
    expect(legibleScale(null)).toBe(MIN_SCALE);
  });
  it("fits the viewer to the screen without going below legible or above natural size", () => {
    expect(fitZoom(1000, 2000)).toBe(1);
    expect(fitZoom(1000, 900)).toBe(0.9);
    expect(fitZoom(1000, 300)).toBe(MIN_SCALE);
  });
  it("steps zoom through fixed levels and stops at the ends", () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(0.9, 1)).toBe(1);
    expect(stepZoom(0.9, -1)).toBe(0.75);
    expect(stepZoom(3, 1)).toBe(3);
    expect(stepZoom(0.5, -1)).toBe(0.5);
  });
});

describe("glossary terms", () => {
  it("treats terms that differ only in bracket style or spacing as the same", () => {
    expect(isSameTerm("Application Load Balancer (ALB)", "Application Load Balancer（ALB）")).toBe(true);
    expect(isSameTerm("Karpenter", "Karpenter")).toBe(true);
    expect(isSameTerm("Annotation", "注解（Annotation）")).toBe(false);
  });
});

describe("pickNextLesson", () => {
  const lesson = (module: string, slug: string): CourseLesson => ({ module, slug, title: slug, href: `/en/learn/${module}/${slug}` });
  const course = [lesson("a", "one"), lesson("a", "two"), lesson("b", "three"), lesson("b", "four")];
  it("starts a new learner at the first lesson", () => {
    expect(pickNextLesson(course, new Set())).toEqual({ kind: "start", lesson: course[0] });
  });
  it("continues after the furthest completed lesson", () => {
    expect(pickNextLesson(course, new Set(["a/one"]))).toEqual({ kind: "continue", lesson: course[1] });
    expect(pickNextLesson(course, new Set(["a/one", "b/three"]))).toEqual({ kind: "continue", lesson: course[3] });
  });
  it("goes back to an earlier gap once the end is reached", () => {
    expect(pickNextLesson(course, new Set(["a/one", "b/four"]))).toEqual({ kind: "continue", lesson: course[1] });
  });
  it("says done when every lesson is completed, ignoring unknown keys", () => {
    expect(pickNextLesson(course, new Set(["a/one", "a/two", "b/three", "b/four", "x/y"]))).toEqual({ kind: "done" });
  });
});

describe("reading messages", () => {
  function keysOf(value: unknown, prefix = ""): string[] {
    if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`));
    return [prefix];
  }
  it("has every string in both languages, the Chinese ones in Chinese", () => {
    const en = getReadingMessages("en");
    const zh = getReadingMessages("zh");
    expect(keysOf(zh)).toEqual(keysOf(en));
    const strings = (m: unknown): unknown[] => (m && typeof m === "object" ? Object.values(m).flatMap(strings) : [m]);
    const untranslated = strings(zh).filter((s): s is string => typeof s === "string" && !/[\u4e00-\u9fff]/.test(s));
    expect(untranslated).toEqual([]);
    expect(getMessages("zh").siteName).toBeTruthy();
  });
});
