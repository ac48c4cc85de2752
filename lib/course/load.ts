/**
 * Reads content/ from disk into a course tree, collecting every problem as file:line.
 * Shared by the app (lib/course/queries.ts), the content check and the tests.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { locales, type Locale } from "../i18n/locales";
import { parseYamlLocated, type LocatedYaml } from "../content/yaml";
import { lessonFrontmatterSchema, moduleMetaSchema, slugSchema, type LessonFrontmatter, type ModuleMeta } from "./schema";

export type ContentIssue = { file: string; line: number; message: string };

export type LessonSource = {
  module: string;
  slug: string;
  locale: Locale;
  /** Path relative to the repository root, e.g. content/modules/architecture/control-plane.en.mdx */
  file: string;
  frontmatter: LessonFrontmatter;
  source: string;
};

export type ModuleSource = {
  slug: string;
  file: string;
  meta: ModuleMeta;
  lessons: Record<Locale, LessonSource[]>;
};

export type LoadedCourse = { root: string; modules: ModuleSource[]; issues: ContentIssue[] };

const LESSON_FILE = /^(?<slug>[^.]+)\.(?<locale>[^.]+)\.mdx$/;

export function contentRoot(repoRoot = process.cwd()): string {
  return path.join(repoRoot, "content");
}

/** Reports zod issues at the line of the offending YAML value. */
export function reportZodIssues(issues: z.core.$ZodIssue[], yaml: LocatedYaml, file: string, prefix: (string | number)[] = []): ContentIssue[] {
  return issues.map((issue) => {
    const fullPath = [...prefix, ...issue.path] as (string | number)[];
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    return { file, line: yaml.lineOf(fullPath), message: `${where}${issue.message}` };
  });
}

export function readYamlFile(absolute: string, file: string, issues: ContentIssue[]): LocatedYaml | undefined {
  const yaml = parseYamlLocated(readFileSync(absolute, "utf8"));
  for (const e of yaml.errors) issues.push({ file, line: e.line, message: `YAML: ${e.message}` });
  return yaml.errors.length ? undefined : yaml;
}

/** Splits `---` frontmatter off an MDX file; lines stay those of the file. */
export function splitFrontmatter(text: string): { yaml: string; firstLine: number } | undefined {
  const lines = text.split("\n");
  if (lines[0]?.trim() !== "---") return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (end === -1) return undefined;
  return { yaml: lines.slice(1, end).join("\n"), firstLine: 2 };
}

export function loadCourse(repoRoot = process.cwd()): LoadedCourse {
  const issues: ContentIssue[] = [];
  const modulesDir = path.join(contentRoot(repoRoot), "modules");
  const rel = (absolute: string) => path.relative(repoRoot, absolute).split(path.sep).join("/");
  const modules: ModuleSource[] = [];
  if (!existsSync(modulesDir)) return { root: repoRoot, modules, issues: [{ file: "content/modules", line: 1, message: "folder is missing" }] };

  for (const entry of readdirSync(modulesDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(modulesDir, entry.name);
    const metaFile = rel(path.join(dir, "module.yaml"));
    const slugCheck = slugSchema.safeParse(entry.name);
    if (!slugCheck.success) {
      issues.push({ file: rel(dir), line: 1, message: `module folder name ${slugCheck.error.issues[0]?.message}` });
      continue;
    }
    if (!existsSync(path.join(dir, "module.yaml"))) {
      issues.push({ file: metaFile, line: 1, message: "module.yaml is missing (title, summary, order, weight)" });
      continue;
    }
    const yaml = readYamlFile(path.join(dir, "module.yaml"), metaFile, issues);
    if (!yaml) continue;
    const meta = moduleMetaSchema.safeParse(yaml.data);
    if (!meta.success) {
      issues.push(...reportZodIssues(meta.error.issues, yaml, metaFile));
      continue;
    }
    const lessons = Object.fromEntries(locales.map((l) => [l, [] as LessonSource[]])) as Record<Locale, LessonSource[]>;
    for (const name of readdirSync(dir).sort()) {
      if (name === "module.yaml") continue;
      const file = rel(path.join(dir, name));
      const match = LESSON_FILE.exec(name);
      if (!match?.groups) {
        issues.push({ file, line: 1, message: `unexpected file: lessons are named <lesson-slug>.<${locales.join("|")}>.mdx` });
        continue;
      }
      const { slug = "", locale = "" } = match.groups;
      if (!(locales as readonly string[]).includes(locale)) {
        issues.push({ file, line: 1, message: `unknown locale '${locale}' (expected ${locales.join(" or ")})` });
        continue;
      }
      const slugResult = slugSchema.safeParse(slug);
      if (!slugResult.success) {
        issues.push({ file, line: 1, message: `lesson slug '${slug}' ${slugResult.error.issues[0]?.message}` });
        continue;
      }
      const lesson = readLesson(path.join(dir, name), file, entry.name, slug, locale as Locale, issues);
      if (lesson) lessons[locale as Locale].push(lesson);
    }
    for (const l of locales) lessons[l].sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug));
    modules.push({ slug: entry.name, file: metaFile, meta: meta.data, lessons });
  }
  modules.sort((a, b) => a.meta.order - b.meta.order);
  issues.push(...checkStructure(modules));
  return { root: repoRoot, modules, issues };
}

function readLesson(absolute: string, file: string, module: string, slug: string, locale: Locale, issues: ContentIssue[]): LessonSource | undefined {
  const source = readFileSync(absolute, "utf8");
  const checked = checkLessonFrontmatter(source, file);
  issues.push(...checked.issues);
  return checked.frontmatter ? { module, slug, locale, file, frontmatter: checked.frontmatter, source } : undefined;
}

/**
 * A lesson's frontmatter, checked: shared by the course loader and the instructor's editor, so both
 * report the same problems at the same lines.
 */
export function checkLessonFrontmatter(source: string, file: string): { frontmatter?: LessonFrontmatter; issues: ContentIssue[] } {
  const split = splitFrontmatter(source);
  if (!split) return { issues: [{ file, line: 1, message: "frontmatter is missing: start the file with a --- block (title, summary, order, minutes)" }] };
  const yaml = parseYamlLocated(split.yaml, split.firstLine);
  if (yaml.errors.length) return { issues: yaml.errors.map((e) => ({ file, line: e.line, message: `frontmatter YAML: ${e.message}` })) };
  const parsed = lessonFrontmatterSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    return { issues: reportZodIssues(parsed.error.issues, yaml, file).map((i) => ({ ...i, message: `frontmatter ${i.message}` })) };
  }
  return { frontmatter: parsed.data, issues: [] };
}

/** Cross-file rules: counterparts in every language, unique order, matching order and minutes. */
function checkStructure(modules: ModuleSource[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const moduleOrders = new Map<number, string>();
  for (const m of modules) {
    const other = moduleOrders.get(m.meta.order);
    if (other) issues.push({ file: m.file, line: 1, message: `order ${m.meta.order} is already used by module '${other}'` });
    moduleOrders.set(m.meta.order, m.slug);

    for (const locale of locales) {
      const seenOrder = new Map<number, string>();
      const seenSlug = new Set<string>();
      for (const lesson of m.lessons[locale]) {
        const prior = seenOrder.get(lesson.frontmatter.order);
        if (prior) issues.push({ file: lesson.file, line: lineOfKey(lesson.source, "order"), message: `order ${lesson.frontmatter.order} is already used by '${prior}' in this module` });
        seenOrder.set(lesson.frontmatter.order, lesson.slug);
        if (seenSlug.has(lesson.slug.toLowerCase())) issues.push({ file: lesson.file, line: 1, message: `duplicate lesson slug '${lesson.slug}'` });
        seenSlug.add(lesson.slug.toLowerCase());
        for (const otherLocale of locales) {
          if (otherLocale === locale) continue;
          const twin = m.lessons[otherLocale].find((l) => l.slug === lesson.slug);
          if (!twin) {
            issues.push({ file: lesson.file, line: 1, message: `has no ${otherLocale} counterpart (expected content/modules/${m.slug}/${lesson.slug}.${otherLocale}.mdx)` });
            continue;
          }
          if (locale < otherLocale) {
            for (const key of ["order", "minutes"] as const) {
              if (twin.frontmatter[key] !== lesson.frontmatter[key]) {
                issues.push({ file: twin.file, line: lineOfKey(twin.source, key), message: `${key} is ${twin.frontmatter[key]} but ${lesson.file} says ${lesson.frontmatter[key]}` });
              }
            }
          }
        }
      }
    }
  }
  const total = modules.reduce((sum, m) => sum + m.meta.weight, 0);
  if (modules.length && total !== 100) {
    issues.push({ file: modules[0]!.file, line: 1, message: `module weights add up to ${total}, expected 100` });
  }
  return issues;
}

function lineOfKey(source: string, key: string): number {
  const index = source.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}
