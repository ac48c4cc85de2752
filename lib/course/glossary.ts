import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { glossarySchema, type GlossaryEntry } from "./schema";

/** The course glossary (content/glossary.yaml), validated; the content check reports its problems by line. */
export function listGlossary(repoRoot = process.cwd()): GlossaryEntry[] {
  const file = path.join(repoRoot, "content", "glossary.yaml");
  if (!existsSync(file)) return [];
  const parsed = glossarySchema.safeParse(parse(readFileSync(file, "utf8")));
  return parsed.success ? [...parsed.data].sort((a, b) => a.term.en.localeCompare(b.term.en, "en", { sensitivity: "base" })) : [];
}
