import "server-only";
import type { Locale } from "../i18n/locales";
import { loadLabs } from "./load";
import type { Lab, PublicLab } from "./schema";

/** The labs in content/labs/ (read once per process in production; per call in development so edits show). */
let cached: Map<string, Lab> | undefined;
export function getLabCatalogue(): Map<string, Lab> {
  if (cached && process.env.NODE_ENV === "production") return cached;
  const { labs, issues } = loadLabs();
  if (issues.length && process.env.NODE_ENV === "production") console.error(`content/labs has ${issues.length} problem(s); run npm run content:check`);
  cached = new Map(labs.map((l) => [l.lab.id, l.lab]));
  return cached;
}

export function findLab(id: string): Lab | undefined {
  return getLabCatalogue().get(id);
}

export function listLabs(): Lab[] {
  return [...getLabCatalogue().values()];
}

/** Everything the lab panel shows before a reveal: no solution, no explanation, no check predicates. */
export function toPublicLab(lab: Lab, locale: Locale): PublicLab {
  return {
    id: lab.id,
    module: lab.module,
    lesson: lab.lesson,
    source: lab.source,
    starter: lab.starter,
    title: lab.title[locale],
    scenario: lab.scenario[locale],
    checks: lab.checks.map((c) => ({ id: c.id, path: c.path ?? "" })),
  };
}
