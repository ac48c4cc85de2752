/** Headings and plain text of a lesson, from its MDX source (for the table of contents and search). */
import GithubSlugger from "github-slugger";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";
import type { Root, RootContent } from "mdast";

export type TocEntry = { id: string; text: string; depth: 2 | 3 };
export type LessonSection = { id: string | null; heading: string | null; text: string };

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

/** Text a reader sees: prose, table cells, callout bodies and diagram descriptions; not code. */
function textOf(node: RootContent): string {
  if (node.type === "code" || node.type === "yaml" || node.type === "mdxjsEsm" || node.type === "mdxFlowExpression") return "";
  if (node.type === "mdxJsxFlowElement") {
    const alt = node.attributes.find((a) => a.type === "mdxJsxAttribute" && (a.name === "alt" || a.name === "title"));
    const own = alt && typeof alt.value === "string" ? `${alt.value} ` : "";
    return own + node.children.map((c) => textOf(c as RootContent)).join(" ");
  }
  // Cells and rows of a table are kept apart ("Karpenter | EC2 Fleet · Cluster Autoscaler | ASG"),
  // so a search snippet does not run "EC2 FleetCluster Autoscaler" together.
  if (node.type === "table")
    return node.children.map((row) => row.children.map((cell) => toString(cell, { includeImageAlt: true }).trim()).join(" | ")).join(" · ");
  if ("children" in node && node.type !== "heading" && node.type !== "paragraph")
    return (node.children as RootContent[]).map((c) => textOf(c)).filter(Boolean).join(" ");
  return toString(node, { includeImageAlt: true });
}

export function outlineLesson(source: string): { toc: TocEntry[]; sections: LessonSection[] } {
  const tree = parser.parse(source) as Root;
  const slugger = new GithubSlugger();
  const toc: TocEntry[] = [];
  const sections: LessonSection[] = [{ id: null, heading: null, text: "" }];
  for (const node of tree.children) {
    if (node.type === "heading") {
      const text = toString(node);
      // rehype-slug numbers every heading (h1–h6) in order with the same slugger, so do the same.
      const id = slugger.slug(text);
      if (node.depth === 2 || node.depth === 3) toc.push({ id, text, depth: node.depth });
      sections.push({ id, heading: text, text: "" });
      continue;
    }
    const current = sections[sections.length - 1]!;
    const text = textOf(node).replace(/\s+/g, " ").trim();
    if (text) current.text += (current.text ? " " : "") + text;
  }
  return { toc, sections: sections.filter((s) => s.heading || s.text) };
}
