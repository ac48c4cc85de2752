/** Reads content/labs/*.yaml into labs, collecting every problem as file:line (like lib/course/load.ts). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseYamlLocated, type LocatedYaml } from "../content/yaml";
import { reportZodIssues, type ContentIssue } from "../course/load";
import { labSchema, type Lab } from "./schema";

export type LoadedLab = { lab: Lab; file: string; yaml: LocatedYaml };
/** `fileIds`: the id every .yaml file claims by its name, valid or not (so lessons embedding a broken lab are not reported twice). */
export type LoadedLabs = { labs: LoadedLab[]; issues: ContentIssue[]; fileIds: string[] };

export const LABS_DIR = "content/labs";

export function loadLabs(repoRoot = process.cwd()): LoadedLabs {
  const dir = path.join(repoRoot, LABS_DIR);
  const labs: LoadedLab[] = [];
  const issues: ContentIssue[] = [];
  const fileIds: string[] = [];
  if (!existsSync(dir)) return { labs, issues, fileIds };
  const ids = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const file = `${LABS_DIR}/${name}`;
    if (!name.endsWith(".yaml")) {
      issues.push({ file, line: 1, message: "labs are .yaml files named <lab-id>.yaml" });
      continue;
    }
    fileIds.push(name.slice(0, -".yaml".length));
    const yaml = parseYamlLocated(readFileSync(path.join(dir, name), "utf8"));
    if (yaml.errors.length) {
      for (const e of yaml.errors) issues.push({ file, line: e.line, message: `YAML: ${e.message}` });
      continue;
    }
    const parsed = labSchema.safeParse(yaml.data);
    if (!parsed.success) {
      issues.push(...reportZodIssues(parsed.error.issues, yaml, file));
      continue;
    }
    const lab = parsed.data;
    const expected = name.slice(0, -".yaml".length);
    if (lab.id !== expected) issues.push({ file, line: yaml.lineOf(["id"]), message: `id '${lab.id}' must equal the file name '${expected}'` });
    const seen = ids.get(lab.id);
    if (seen) issues.push({ file, line: yaml.lineOf(["id"]), message: `lab id '${lab.id}' is already used in ${seen}` });
    ids.set(lab.id, file);
    labs.push({ lab, file, yaml });
  }
  return { labs, issues, fileIds };
}
