/**
 * What a lesson may contain before the preview compiles it: the build's own rules, enforced on the
 * syntax tree, so nothing from the source ever runs as code. Refused: ESM (import/export), JavaScript
 * expressions other than a literal attribute value (`{/* comment *\/}` is dropped), JSX elements that
 * are not lesson components (raw HTML such as <script>, <iframe>, <div>), spread attributes, and
 * links or images whose URL has a scheme other than http(s) or mailto.
 */
import type { Root } from "mdast";
import type { Program } from "estree";
import type {} from "mdast-util-mdx";
import { SKIP, visit } from "unist-util-visit";
import { mdxComponentNames } from "../course/mdx-rules";

export type SafetyIssue = { line: number; column?: number; message: string };

type Positioned = { position?: { start: { line: number; column: number } } };
const where = (node: Positioned) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column });

/** A program that is only comments: `{/* … *\/}`, the MDX comment. */
const isCommentOnly = (program: Program | undefined) => program !== undefined && program.body.length === 0;

/** `{3}`, `{true}`, `{"text"}`: a literal is data, not code. */
export function isLiteralProgram(program: Program | undefined): boolean {
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  return statement?.type === "ExpressionStatement" && statement.expression.type === "Literal" && !("regex" in statement.expression);
}

const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/)|[^:/?#]+(?:[/?#]|$))/i;

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

/** Collects every refused construct (with its line) and removes MDX comments; changes nothing else. */
export function findUnsafeNodes(tree: Root): SafetyIssue[] {
  const issues: SafetyIssue[] = [];
  const allowed = new Set<string>(mdxComponentNames);
  visit(tree, (node, index, parent) => {
    switch (node.type) {
      case "mdxjsEsm":
        issues.push({ ...where(node), message: "import/export is not allowed in lessons: components come from the lesson component map" });
        return SKIP;
      case "mdxFlowExpression":
      case "mdxTextExpression": {
        const program = node.data?.estree as Program | undefined;
        if (isCommentOnly(program) && parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        issues.push({ ...where(node), message: "JavaScript expressions {…} are not allowed in lessons" });
        return SKIP;
      }
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name ?? "";
        if (!allowed.has(name)) {
          const kind = /^[a-z]/.test(name) ? "raw HTML element" : "component";
          issues.push({ ...where(node), message: `<${name || "fragment"}>: this ${kind} is not in the lesson component map; allowed: ${mdxComponentNames.join(", ")}` });
          return SKIP;
        }
        for (const attribute of node.attributes) {
          if (attribute.type === "mdxJsxExpressionAttribute") {
            issues.push({ ...where(node), message: `<${name}> does not take spread attributes` });
          } else if (attribute.value && typeof attribute.value === "object" && !isLiteralProgram(attribute.value.data?.estree as Program | undefined)) {
            issues.push({ ...where(node), message: `<${name} ${attribute.name}={…}>: only literal values (strings, numbers, true/false) are allowed` });
          }
        }
        return undefined;
      }
      case "link":
      case "image":
      case "definition":
        if (!isSafeUrl(node.url)) issues.push({ ...where(node), message: `the URL ${node.url.slice(0, 60)} is refused: use http(s), mailto or a path` });
        return undefined;
      case "html":
        issues.push({ ...where(node), message: "raw HTML is not allowed in lessons" });
        return SKIP;
      default:
        return undefined;
    }
  });
  return issues;
}
