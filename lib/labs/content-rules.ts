/**
 * The content check's rules for labs: every lab's solution validates and passes every check, its
 * starter fails at least one, its lesson exists and embeds it in both languages, and every
 * <Lab id> in a lesson names a lab. Problems are reported as file:line.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import type { Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { locales, type Locale } from "../i18n/locales";
import type { ContentIssue, LoadedCourse } from "../course/load";
import { loadLabs, type LoadedLab } from "./load";
import { evaluateLab } from "./evaluate";

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

export type LabEmbed = { id: string; module: string; lesson: string; locale: Locale; file: string; line: number };

/** Every <Lab id="…" /> in the course's lessons. */
export function findLabEmbeds(course: LoadedCourse): LabEmbed[] {
  const embeds: LabEmbed[] = [];
  for (const m of course.modules) {
    for (const locale of locales) {
      for (const lesson of m.lessons[locale]) {
        let tree: Root;
        try {
          tree = parser.parse(lesson.source);
        } catch {
          continue; // the lesson check reports the syntax error
        }
        visit(tree, (node) => {
          if ((node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") || (node as MdxJsxFlowElement).name !== "Lab") return;
          const element = node as MdxJsxFlowElement;
          const id = element.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
          if (typeof id === "string") embeds.push({ id, module: m.slug, lesson: lesson.slug, locale, file: lesson.file, line: element.position?.start.line ?? 1 });
        });
      }
    }
  }
  return embeds;
}

/** Lines inside a block scalar (`solution: |`) start on the line after the key. */
function lineIn(loaded: LoadedLab, key: "solution" | "starter", line: number): number {
  return loaded.yaml.lineOf([key]) + line;
}

export function checkLabRules(loaded: readonly LoadedLab[], course: LoadedCourse, fileIds: readonly string[] = []): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const embeds = findLabEmbeds(course);
  const ids = new Set([...loaded.map((l) => l.lab.id), ...fileIds]);
  for (const e of embeds) {
    if (!ids.has(e.id)) issues.push({ file: e.file, line: e.line, message: `<Lab id="${e.id}"> names no lab in content/labs/` });
  }
  for (const item of loaded) {
    const { lab, file, yaml } = item;
    const m = course.modules.find((x) => x.slug === lab.module);
    if (!m) issues.push({ file, line: yaml.lineOf(["module"]), message: `there is no module '${lab.module}'` });
    else if (!locales.every((l) => m.lessons[l].some((s) => s.slug === lab.lesson))) {
      issues.push({ file, line: yaml.lineOf(["lesson"]), message: `module '${lab.module}' has no lesson '${lab.lesson}' in both languages` });
    } else {
      for (const locale of locales) {
        const here = embeds.filter((e) => e.id === lab.id && e.locale === locale);
        if (!here.some((e) => e.module === lab.module && e.lesson === lab.lesson)) {
          issues.push({ file, line: yaml.lineOf(["lesson"]), message: `the ${locale} lesson ${lab.module}/${lab.lesson} does not embed <Lab id="${lab.id}" />` });
        }
        for (const e of here) {
          if (e.module !== lab.module || e.lesson !== lab.lesson) issues.push({ file: e.file, line: e.line, message: `<Lab id="${lab.id}"> belongs in lesson ${lab.module}/${lab.lesson}` });
        }
        if (here.length > 1) issues.push({ file: here[1]!.file, line: here[1]!.line, message: `<Lab id="${lab.id}"> is embedded twice` });
      }
    }
    for (const locale of locales) {
      const solution = evaluateLab(lab, lab.solution, locale);
      if (locale !== "en") continue;
      for (const d of solution.diagnostics) issues.push({ file, line: lineIn(item, "solution", d.line), message: `solution: ${d.message}` });
      solution.checks.forEach((c, index) => {
        if (!c.passed) issues.push({ file, line: yaml.lineOf(["checks", index, "id"]), message: `solution fails check '${c.id}'${c.message ? ` (${c.message})` : ""}` });
      });
    }
    const starter = evaluateLab(lab, lab.starter, "en");
    if (starter.checks.length && starter.checks.every((c) => c.passed)) {
      issues.push({ file, line: yaml.lineOf(["starter"]), message: "the starter passes every check: it must fail at least one" });
    }
  }
  return issues;
}

export function checkLabs(repoRoot: string, course: LoadedCourse): { issues: ContentIssue[]; count: number } {
  const { labs, issues, fileIds } = loadLabs(repoRoot);
  return { issues: [...issues, ...checkLabRules(labs, course, fileIds)], count: labs.length };
}
