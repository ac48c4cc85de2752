/**
 * The content check behind `npm run content:check` and `npm run build`: every problem in
 * content/ as file:line: message. Pure reading; changes nothing.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import type { Root, Code, Link, Heading, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { locales, type Locale } from "../i18n/locales";
import { loadCourse, readYamlFile, reportZodIssues, type ContentIssue, type LoadedCourse } from "./load";
import { glossarySchema } from "./schema";
import { normaliseTerm } from "./glossary-terms";
import { calloutTypes, LESSON_LINK, mdxComponentAttributes, mdxComponentNames, type MdxComponentName } from "./mdx-rules";
import { checkQuote, quotedFile } from "./quoted-files";
import { describeMermaidError } from "./mermaid-errors";
import { questionSchema, type Question } from "../quiz/schema";
import { checkLabs } from "../labs/content-rules";
import { bankRules, checkBankBalance, checkChineseSpacing, checkGiveAways, checkKeyPositions, checkLongestKeys, type Bank, type BankRules } from "./bank-rules";

export type CheckReport = {
  issues: ContentIssue[];
  counts: {
    modules: number;
    lessons: Record<Locale, number>;
    diagrams: number;
    questions: Record<string, number>;
    glossary: number;
    labs: number;
  };
};

export type MermaidParser = (source: string) => Promise<{ line: number; message: string } | undefined>;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

export type CheckOptions = {
  parseMermaid?: MermaidParser;
  /** Overrides of the bank rules, for fixtures smaller than a real course. */
  bankRules?: Partial<BankRules>;
};

export async function checkContent(repoRoot = process.cwd(), options: CheckOptions = {}): Promise<CheckReport> {
  const course = loadCourse(repoRoot);
  const issues = [...course.issues];
  const parseMermaid = options.parseMermaid ?? (await createMermaidParser());
  let diagrams = 0;
  const rules = { ...bankRules, ...options.bankRules };
  const { counts: questions, modules: questionModules } = checkQuestionBanks(repoRoot, course, rules, issues);
  for (const m of course.modules) {
    for (const locale of locales) {
      for (const lesson of m.lessons[locale]) {
        const result = await checkLessonBody(lesson.source, lesson.file, course, parseMermaid, questionModules, repoRoot);
        diagrams += result.diagrams;
        issues.push(...result.issues);
      }
    }
  }
  const glossary = checkGlossary(repoRoot, issues);
  const labs = checkLabs(repoRoot, course);
  issues.push(...labs.issues);
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    issues,
    counts: {
      modules: course.modules.length,
      lessons: Object.fromEntries(locales.map((l) => [l, course.modules.reduce((n, m) => n + m.lessons[l].length, 0)])) as Record<Locale, number>,
      diagrams,
      questions,
      glossary,
      labs: labs.count,
    },
  };
}

/** A knowledge check starts one practice attempt of 1–10 questions from the lesson's own module. */
const KNOWLEDGE_CHECK_MAX = 10;

/** `questionModules` maps every question id in the banks to its module; without it, ids are not checked. */
export async function checkLessonBody(
  source: string,
  file: string,
  course: LoadedCourse,
  parseMermaid: MermaidParser,
  questionModules?: ReadonlyMap<string, string>,
  /** With it, code blocks with `file=<path>` in their meta are checked against that file. */
  repoRoot?: string,
  /** Which quoted files may be read (the editor allows only the public manifests in deploy/). */
  quotable: (file: string) => boolean = () => true,
) {
  const issues: ContentIssue[] = [];
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return { diagrams: 0, issues: [{ file, line: e.line ?? 1, message: `MDX syntax: ${e.reason ?? e.message}` }], mermaid: [] };
  }
  const at = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;
  const diagramCodes = new Set<Code>();
  let diagrams = 0;
  /** Each Mermaid block with the file line of its fence, for checkers that parse Mermaid elsewhere (the editor, in the browser). */
  const mermaid: { line: number; source: string }[] = [];

  const jsx: (MdxJsxFlowElement | MdxJsxTextElement)[] = [];
  visit(tree, (node) => {
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") jsx.push(node as MdxJsxFlowElement);
  });
  for (const element of jsx) {
    const name = element.name ?? "";
    if (!(mdxComponentNames as readonly string[]).includes(name)) {
      const hint = /^[a-z]/.test(name) ? " (raw HTML is not allowed: use Markdown or a component)" : "";
      issues.push({ file, line: at(element), message: `unknown component <${name || "fragment"}>${hint}; allowed: ${mdxComponentNames.join(", ")}` });
      continue;
    }
    const allowed = mdxComponentAttributes[name as MdxComponentName];
    const attrs = new Map<string, string | undefined>();
    for (const attr of element.attributes) {
      if (attr.type !== "mdxJsxAttribute") {
        issues.push({ file, line: at(element), message: `<${name}> does not take spread attributes` });
        continue;
      }
      if (!(attr.name in allowed)) issues.push({ file, line: at(element), message: `<${name}> has no attribute '${attr.name}'` });
      attrs.set(attr.name, typeof attr.value === "string" ? attr.value : undefined);
    }
    for (const [attr, required] of Object.entries(allowed)) {
      if (required && !attrs.get(attr)?.trim()) issues.push({ file, line: at(element), message: `<${name}> needs a non-empty ${attr}="..."` });
    }
    if (name === "Callout") {
      const type = attrs.get("type");
      if (type && !(calloutTypes as readonly string[]).includes(type)) {
        issues.push({ file, line: at(element), message: `<Callout type="${type}"> is not a callout type; use ${calloutTypes.join(", ")}` });
      }
    }
    if (name === "KnowledgeCheck") {
      const ids = (attrs.get("ids") ?? "").split(",").map((id) => id.trim()).filter(Boolean);
      if (ids.length > KNOWLEDGE_CHECK_MAX) issues.push({ file, line: at(element), message: `<KnowledgeCheck> takes at most ${KNOWLEDGE_CHECK_MAX} question ids, found ${ids.length}` });
      const lessonModule = /^content\/modules\/([^/]+)\//.exec(file)?.[1];
      for (const id of questionModules ? ids : []) {
        const bank = questionModules?.get(id);
        if (!bank) issues.push({ file, line: at(element), message: `<KnowledgeCheck> question '${id}' does not exist` });
        else if (lessonModule && bank !== lessonModule) {
          issues.push({ file, line: at(element), message: `<KnowledgeCheck> question '${id}' belongs to module '${bank}'; use questions of '${lessonModule}'` });
        }
      }
    }
    if (name === "Diagram") {
      const codes: Code[] = [];
      visit(element, "code", (code: Code) => {
        codes.push(code);
      });
      const mermaid = codes.filter((c) => c.lang === "mermaid");
      if (mermaid.length !== 1 || codes.length !== 1) {
        issues.push({ file, line: at(element), message: "<Diagram> must contain exactly one ```mermaid code block" });
      }
      for (const code of mermaid) diagramCodes.add(code);
    }
  }

  const codes: Code[] = [];
  visit(tree, "code", (code: Code) => {
    codes.push(code);
  });
  for (const code of codes) {
    if (!code.lang) {
      issues.push({ file, line: at(code), message: "code block needs a language (```yaml, ```bash, ```text, ...)" });
      continue;
    }
    const quoted = quotedFile(code.meta);
    if (quoted && repoRoot && quotable(quoted)) {
      const issue = checkQuote(repoRoot, quoted, code.value);
      if (issue) issues.push({ file, line: at(code), message: issue });
    }
    if (code.lang !== "mermaid") continue;
    if (!diagramCodes.has(code)) {
      issues.push({ file, line: at(code), message: 'a mermaid block must sit inside <Diagram caption="..." alt="..."> so it has a caption and a text alternative' });
    }
    diagrams++;
    mermaid.push({ line: at(code), source: code.value });
    const error = await parseMermaid(code.value);
    if (error) issues.push({ file, line: at(code) + error.line, message: `Mermaid: ${error.message}` });
  }

  visit(tree, "heading", (heading: Heading) => {
    if (heading.depth === 1) issues.push({ file, line: at(heading), message: "use ## or deeper: the lesson title is the page's only # heading" });
  });

  visit(tree, "table", (table: Table) => {
    const header = table.children[0];
    if (header?.children.some((cell) => !toString(cell).trim())) {
      issues.push({ file, line: at(header), message: "every table header cell needs text (screen readers announce it for each cell below)" });
    }
  });

  visit(tree, "link", (link: Link) => {
    const issue = checkLink(link.url, course);
    if (issue) issues.push({ file, line: at(link), message: issue });
  });
  return { diagrams, issues, mermaid };
}

function checkLink(url: string, course: LoadedCourse): string | undefined {
  if (/^(https?:|mailto:|#)/.test(url)) return undefined;
  if (/^\/(en|zh)\//.test(url)) return `link ${url}: write lesson links without the language (/learn/...), the reader adds it`;
  if (url === "/glossary" || url.startsWith("/glossary#")) return undefined;
  const match = LESSON_LINK.exec(url);
  if (!match) return `link ${url} points nowhere: use /learn/<module>/<lesson>, /glossary or a full https:// URL`;
  const [, moduleSlug, lessonSlug] = match;
  const target = course.modules.find((m) => m.slug === moduleSlug);
  if (!target) return `link ${url}: there is no module '${moduleSlug}'`;
  if (lessonSlug && !target.lessons.en.some((l) => l.slug === lessonSlug) && !target.lessons.zh.some((l) => l.slug === lessonSlug)) {
    return `link ${url}: module '${moduleSlug}' has no lesson '${lessonSlug}'`;
  }
  return undefined;
}

function normalise(text: string) {
  return text.toLowerCase().replace(/[\s\p{P}]+/gu, " ").trim();
}

/** Every question id in the banks (valid or not) with its module: what a <KnowledgeCheck> may name. */
export function readQuestionModules(repoRoot: string, course: LoadedCourse): Map<string, string> {
  return checkQuestionBanks(repoRoot, course, bankRules, []).modules;
}

/** Counts valid questions per bank; also returns every question id found (valid or not) with its module. */
function checkQuestionBanks(
  repoRoot: string,
  course: LoadedCourse,
  rules: BankRules,
  issues: ContentIssue[],
): { counts: Record<string, number>; modules: Map<string, string> } {
  const dir = path.join(repoRoot, "content", "questions");
  const counts: Record<string, number> = {};
  const modules = new Map<string, string>();
  if (!existsSync(dir)) return { counts, modules };
  const ids = new Map<string, string>();
  const stems = new Map<string, string>();
  const banks: Bank[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = `content/questions/${name}`;
    if (!name.endsWith(".yaml")) {
      issues.push({ file, line: 1, message: "question banks are .yaml files named after their module" });
      continue;
    }
    const moduleSlug = name.slice(0, -".yaml".length);
    if (!course.modules.some((m) => m.slug === moduleSlug)) issues.push({ file, line: 1, message: `there is no module '${moduleSlug}' for this bank` });
    const yaml = readYamlFile(path.join(dir, name), file, issues);
    if (!yaml) continue;
    if (!Array.isArray(yaml.data)) {
      issues.push({ file, line: 1, message: "a question bank is a YAML list of questions" });
      continue;
    }
    const bank: Bank = { module: moduleSlug, file, questions: [] };
    yaml.data.forEach((raw: unknown, index: number) => {
      const rawId = (raw as { id?: unknown })?.id;
      if (typeof rawId === "string" && !modules.has(rawId)) modules.set(rawId, moduleSlug);
      const parsed = questionSchema.safeParse(raw);
      if (!parsed.success) {
        const id = (raw as { id?: unknown })?.id;
        issues.push(...reportZodIssues(parsed.error.issues, yaml, file, [index]).map((i) => ({ ...i, message: `${typeof id === "string" ? id : `question ${index + 1}`}: ${i.message}` })));
        return;
      }
      const q: Question = parsed.data;
      const line = yaml.lineOf([index, "id"]);
      const seen = ids.get(q.id);
      if (seen) issues.push({ file, line, message: `${q.id}: id is already used in ${seen}` });
      ids.set(q.id, `${file}:${line}`);
      for (const locale of locales) {
        const key = `${locale}:${normalise(q.stem[locale])}`;
        const twin = stems.get(key);
        if (twin) issues.push({ file, line: yaml.lineOf([index, "stem", locale]), message: `${q.id}: the same ${locale} stem as ${twin}` });
        stems.set(key, q.id);
      }
      bank.questions.push({ question: q, line });
    });
    counts[moduleSlug] = bank.questions.length;
    banks.push(bank);
    issues.push(...checkGiveAways(bank), ...checkLongestKeys(bank, rules), ...checkChineseSpacing(bank));
  }
  const weights = course.modules.map((m) => ({ slug: m.slug, file: m.file, weight: m.meta.weight }));
  issues.push(...checkKeyPositions(banks, rules), ...checkBankBalance(banks, weights, rules));
  return { counts, modules };
}

function checkGlossary(repoRoot: string, issues: ContentIssue[]): number {
  const absolute = path.join(repoRoot, "content", "glossary.yaml");
  const file = "content/glossary.yaml";
  if (!existsSync(absolute)) return 0;
  const yaml = readYamlFile(absolute, file, issues);
  if (!yaml) return 0;
  const parsed = glossarySchema.safeParse(yaml.data);
  if (!parsed.success) {
    issues.push(...reportZodIssues(parsed.error.issues, yaml, file));
    return 0;
  }
  // Terms that differ only in bracket style, spaces or case are the same term listed twice.
  for (const locale of ["en", "zh"] as const) {
    const seen = new Set<string>();
    parsed.data.forEach((entry, index) => {
      const key = normaliseTerm(entry.term[locale]);
      if (seen.has(key)) issues.push({ file, line: yaml.lineOf([index, "term", locale]), message: `term '${entry.term[locale]}' appears twice` });
      seen.add(key);
    });
  }
  return parsed.data.length;
}

/** Mermaid's own parser, run in Node on a minimal DOM (it sanitises labels with DOMPurify). */
export async function createMermaidParser(): Promise<MermaidParser> {
  const { JSDOM } = await import("jsdom");
  const g = globalThis as unknown as Record<string, unknown>;
  if (!g.window) {
    const dom = new JSDOM("<!doctype html><html><body></body></html>");
    g.window = dom.window;
    g.document = dom.window.document;
  }
  const { default: mermaid } = await import("mermaid");
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
  return async (source) => {
    try {
      await mermaid.parse(source);
      return undefined;
    } catch (error) {
      return describeMermaidError(error);
    }
  };
}
