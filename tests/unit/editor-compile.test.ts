import { describe, expect, it } from "vitest";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { compileLessonPreview, MAX_SOURCE_BYTES, rehypePlugins, remarkPlugins } from "@/lib/editor/compile";
import { rehypePluginNames, remarkPluginNames } from "@/lib/course/mdx-pipeline";
import { isSafeUrl } from "@/lib/editor/safety";

// Stand-ins for the lesson components: enough to see what the preview hands them.
const components = {
  Callout: ({ type, title, children }: { type: string; title?: string; children: ReactNode }) => createElement("aside", { "data-callout": type, title }, children),
  Diagram: ({ caption, children }: { caption: string; children: ReactNode }) => createElement("figure", { "data-diagram": caption }, children),
  KnowledgeCheck: ({ ids }: { ids: string }) => createElement("div", { "data-kc": ids }),
  HpaCalculator: ({ max }: { max?: number }) => createElement("div", { "data-hpa": String(max ?? "none") }),
};

async function render(source: string) {
  const result = await compileLessonPreview(source, { components });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return renderToStaticMarkup(result.content);
}

async function refuse(source: string) {
  const result = await compileLessonPreview(source, { components });
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

const front = "---\ntitle: T\nsummary: S\norder: 1\nminutes: 5\n---\n\n";

describe("the instructor preview compiles lessons like the build, and refuses code", () => {
  it("uses exactly the plugins next.config.ts gives @next/mdx", () => {
    expect(Object.keys(remarkPlugins)).toEqual([...remarkPluginNames]);
    expect(Object.keys(rehypePlugins)).toEqual([...rehypePluginNames]);
  });

  it("renders Markdown, GFM tables, heading ids and lesson components; frontmatter is not shown", async () => {
    const html = await render(
      `${front}## Control plane\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n<Callout type="exam" title="Remember">\n  The **API server** answers.\n</Callout>\n\n<Diagram caption="Flow" alt="A to B">\n\n\`\`\`mermaid\nflowchart LR\n  A --> B\n\`\`\`\n\n</Diagram>\n`,
    );
    expect(html).toContain('<h2 id="control-plane">Control plane</h2>');
    expect(html).toContain("<table>");
    expect(html).toContain('<aside data-callout="exam" title="Remember">');
    expect(html).toContain("<strong>API server</strong>");
    expect(html).toContain('<figure data-diagram="Flow">');
    expect(html).toContain("flowchart LR");
    expect(html).not.toContain("title: T");
  });

  it("takes literal attribute values and drops MDX comments", async () => {
    const html = await render(`${front}<HpaCalculator max={5} />\n\n{/* a note for authors */}\n\nText`);
    expect(html).toContain('data-hpa="5"');
    expect(html).not.toContain("note for authors");
  });

  it("refuses ESM, expressions, raw HTML, scripts, spreads, computed props and script URLs, each at its line", async () => {
    expect(await refuse(`${front}import fs from "node:fs"\n\nText`)).toEqual([expect.objectContaining({ line: 8, message: expect.stringMatching(/import\/export/) })]);
    expect(await refuse(`${front}export const x = 1\n`)).toEqual([expect.objectContaining({ line: 8 })]);
    expect(await refuse(`${front}Hello {process.env.AUTH_SECRET}`)).toEqual([expect.objectContaining({ line: 8, message: expect.stringMatching(/expressions/) })]);
    expect(await refuse(`${front}\n{require("node:child_process").execSync("id")}`)).toEqual([expect.objectContaining({ line: 9 })]);
    expect(await refuse(`${front}<script>alert(1)</script>`)).toEqual([expect.objectContaining({ line: 8, message: expect.stringMatching(/<script>.*raw HTML/) })]);
    expect(await refuse(`${front}<iframe src="https://example.com" />`)).toEqual([expect.objectContaining({ message: expect.stringMatching(/<iframe>/) })]);
    expect(await refuse(`${front}<Callout {...props}>x</Callout>`)).toEqual([expect.objectContaining({ message: expect.stringMatching(/spread/) })]);
    expect(await refuse(`${front}<Callout type={globalThis.x}>x</Callout>`)).toEqual([expect.objectContaining({ message: expect.stringMatching(/literal/) })]);
    expect(await refuse(`${front}[click](javascript:alert(1))`)).toEqual([expect.objectContaining({ line: 8, message: expect.stringMatching(/URL/) })]);
    expect(await refuse(`${front}<Unknown />`)).toEqual([expect.objectContaining({ message: expect.stringMatching(/not in the lesson component map/) })]);
  });

  it("reports syntax errors at their line", async () => {
    const issues = await refuse(`${front}Fine.\n\n<Callout type="note">\nnever closed\n`);
    expect(issues[0]?.line).toBeGreaterThanOrEqual(10);
    expect(issues[0]?.message).toMatch(/^MDX: /);
  });

  it("refuses sources over the size limit and previews that take too long", async () => {
    const big = `${front}${"word ".repeat(MAX_SOURCE_BYTES / 5 + 10)}`;
    expect((await refuse(big))[0]?.message).toMatch(/KB/);
    let clock = 0;
    const slow = await compileLessonPreview(`${front}Text`, { components, timeLimitMs: 100, now: () => (clock += 60) });
    expect(slow.ok).toBe(false);
    expect(slow.ok ? "" : slow.issues[0]?.message).toMatch(/took longer than 0.1 s/);
  });

  it("accepts only safe link targets", () => {
    for (const url of ["https://aws.amazon.com", "/learn/a/b", "#x", "mailto:a@example.com", "other-page", "./x"]) expect(isSafeUrl(url), url).toBe(true);
    for (const url of ["javascript:alert(1)", "JAVASCRIPT:x", "data:text/html,x", "//evil.example", "vbscript:x"]) expect(isSafeUrl(url), url).toBe(false);
  });
});
