import "server-only";
/**
 * The instructor's live preview: a lesson compiled on the server by @mdx-js/mdx with the build's
 * remark/rehype plugins (lib/course/mdx-pipeline.ts), then turned into React elements from its HTML
 * syntax tree with the lesson component map. The compiled JavaScript is never run: the tree is
 * rendered directly (hast-util-to-jsx-runtime), after lib/editor/safety.ts has refused everything
 * that could be code. So the browser needs no 'unsafe-eval' and the server evaluates nothing.
 */
import { createProcessor } from "@mdx-js/mdx";
import type { Expression } from "estree";
import type { Root as HastRoot } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import type { Root as MdastRoot } from "mdast";
import type { ReactElement } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import rehypeSlug from "rehype-slug";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import type { Pluggable } from "unified";
import { VFile } from "vfile";
import { rehypePluginNames, remarkPluginNames } from "../course/mdx-pipeline";
import { findUnsafeNodes, type SafetyIssue } from "./safety";

/** Larger than any lesson in the course (the longest is about 20 KB). */
export const MAX_SOURCE_BYTES = 200 * 1024;
/** A keystroke's preview that takes longer is dropped with a diagnostic. */
export const PREVIEW_TIME_LIMIT_MS = 3_000;

export const remarkPlugins: Record<(typeof remarkPluginNames)[number], Pluggable> = {
  "remark-frontmatter": remarkFrontmatter,
  "remark-gfm": remarkGfm,
};
export const rehypePlugins: Record<(typeof rehypePluginNames)[number], Pluggable> = { "rehype-slug": rehypeSlug };

export type PreviewIssue = SafetyIssue;
export type CompiledPreview = { ok: true; content: ReactElement } | { ok: false; issues: PreviewIssue[] };

class Refused extends Error {
  constructor(readonly issues: PreviewIssue[]) {
    super("refused");
  }
}

/**
 * The only "evaluation" there is: a literal attribute value (`{3}`, `{true}`) becomes that value, and
 * a component name (`<Callout>`) is looked up in the component map. Anything else is refused.
 */
const literalsOnly = (components: Components) => () => ({
  evaluateExpression(expression: Expression) {
    if (expression.type === "Literal" && !("regex" in expression)) return expression.value;
    if (expression.type === "Identifier" && Object.hasOwn(components, expression.name)) return (components as Record<string, unknown>)[expression.name];
    throw new Refused([{ line: expression.loc?.start.line ?? 1, message: "only literal attribute values are allowed" }]);
  },
  evaluateProgram(): never {
    throw new Refused([{ line: 1, message: "import/export is not allowed in lessons" }]);
  },
});

type Options = { components: Components; timeLimitMs?: number; now?: () => number };

export async function compileLessonPreview(source: string, { components, timeLimitMs = PREVIEW_TIME_LIMIT_MS, now = Date.now }: Options): Promise<CompiledPreview> {
  const bytes = Buffer.byteLength(source, "utf8");
  if (bytes > MAX_SOURCE_BYTES) return { ok: false, issues: [{ line: 1, message: `the source is ${Math.ceil(bytes / 1024)} KB; the preview takes at most ${MAX_SOURCE_BYTES / 1024} KB` }] };
  const started = now();
  // Parsing is synchronous and cannot be interrupted; the size limit bounds it, and the deadline is
  // checked between stages so a slow document is dropped before it is rendered.
  const checkDeadline = (stage: string) => {
    if (now() - started > timeLimitMs) throw new Refused([{ line: 1, message: `the preview took longer than ${timeLimitMs / 1000} s (${stage}); shorten the lesson or split it` }]);
  };
  let hast: HastRoot | undefined;
  const processor = createProcessor({
    format: "mdx",
    remarkPlugins: [
      () => (tree: MdastRoot) => {
        const issues = findUnsafeNodes(tree);
        if (issues.length) throw new Refused(issues);
      },
      ...remarkPluginNames.map((name) => remarkPlugins[name]),
      () => () => checkDeadline("Markdown"),
    ],
    rehypePlugins: [
      ...rehypePluginNames.map((name) => rehypePlugins[name]),
      () => (tree: HastRoot) => {
        checkDeadline("HTML");
        hast = tree;
        // The rest of @mdx-js/mdx turns the tree into JavaScript, which the preview never runs.
        throw new Refused([]);
      },
    ],
  });
  const file = new VFile({ value: source });
  try {
    await processor.run(processor.parse(file) as never, file);
  } catch (error) {
    if (!(error instanceof Refused)) return { ok: false, issues: [toIssue(error)] };
    if (error.issues.length) return { ok: false, issues: error.issues };
  }
  if (!hast) return { ok: false, issues: [{ line: 1, message: "the lesson did not compile" }] };
  try {
    const content = toJsxRuntime(hast, { Fragment, jsx, jsxs, components, createEvaluater: literalsOnly(components), passKeys: true, elementAttributeNameCase: "react", stylePropertyNameCase: "dom" }) as ReactElement;
    checkDeadline("React");
    return { ok: true, content };
  } catch (error) {
    return { ok: false, issues: error instanceof Refused ? error.issues : [toIssue(error)] };
  }
}

/** A parser error (micromark, acorn) carries its place; anything else is reported at line 1. */
function toIssue(error: unknown): PreviewIssue {
  const e = error as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line?: number; column?: number } }; reason?: string; message?: string };
  const point = e.place && "start" in e.place ? e.place.start : e.place;
  // micromark's messages carry the place only in their text: "… (3:1-3:22)".
  const text = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(e.reason ?? e.message ?? "");
  const line = e.line ?? point?.line ?? (text ? Number(text[1]) : 1);
  const column = e.column ?? point?.column ?? (text ? Number(text[2]) : undefined);
  return { line, ...(column ? { column } : {}), message: `MDX: ${e.reason ?? e.message ?? String(error)}` };
}
