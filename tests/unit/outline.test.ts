import { describe, expect, it } from "vitest";
import { outlineLesson } from "@/lib/course/outline";

const source = `---
title: T
summary: S.
order: 1
minutes: 3
---

Intro paragraph.

## What HPA does

Text about **replicas**.

### The formula

\`\`\`text
desired = ceil(current * ratio)
\`\`\`

## What HPA does

Again.

## 公式与容差

<Callout type="exam">
Remember the tolerance.
</Callout>
`;

describe("outlineLesson", () => {
  const { toc, sections } = outlineLesson(source);

  it("lists ## and ### headings with the ids rehype-slug gives them", () => {
    expect(toc).toEqual([
      { id: "what-hpa-does", text: "What HPA does", depth: 2 },
      { id: "the-formula", text: "The formula", depth: 3 },
      { id: "what-hpa-does-1", text: "What HPA does", depth: 2 },
      { id: "公式与容差", text: "公式与容差", depth: 2 },
    ]);
  });

  it("collects readable text per section, without code or frontmatter", () => {
    expect(sections[0]).toEqual({ id: null, heading: null, text: "Intro paragraph." });
    expect(sections.find((s) => s.id === "the-formula")?.text).toBe("");
    expect(sections.find((s) => s.id === "公式与容差")?.text).toBe("Remember the tolerance.");
    expect(JSON.stringify(sections)).not.toContain("title: T");
  });
});
