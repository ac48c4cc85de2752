/**
 * Reads the repository's Dockerfile into stages and instructions, so tests can assemble exactly what
 * the runtime stage copies (tests/container/runtime.test.ts) and check it against deploy/.
 */
import { readFileSync } from "node:fs";

export type Instruction = { op: string; args: string };
export type Stage = { name: string; from: string; instructions: Instruction[] };

export function parseDockerfile(file: string): Stage[] {
  const text = readFileSync(file, "utf8").replace(/\\\r?\n/g, " ");
  const stages: Stage[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const [, op = "", args = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = op.toUpperCase();
    if (upper === "FROM") {
      const [from = "", as, name] = args.split(/\s+/);
      stages.push({ from, name: as?.toUpperCase() === "AS" && name ? name : String(stages.length), instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`${file}: ${upper} before FROM`);
      stage.instructions.push({ op: upper, args: args.replace(/\s+/g, " ").trim() });
    }
  }
  return stages;
}

export type RuntimeCopy = { from: string; source: string; target: string };

/** The runtime (last) stage: what it copies, its environment, user, work directory, health check and command. */
export function runtimeStage(stages: Stage[]) {
  const stage = stages.at(-1)!;
  const of = (op: string) => stage.instructions.filter((i) => i.op === op);
  const workdir = of("WORKDIR").at(-1)?.args ?? "/";
  const copies: RuntimeCopy[] = of("COPY").map(({ args }) => {
    const match = /^--from=(\S+)\s+(?:--chown=\S+\s+)?(\S+)\s+(\S+)$/.exec(args);
    if (!match) throw new Error(`runtime COPY must read --from=<stage> <path> <path>: ${args}`);
    const [, from, source, target] = match as unknown as [string, string, string, string];
    if (!source.startsWith(`${workdir}/`)) throw new Error(`runtime COPY source must be under ${workdir}: ${source}`);
    return { from, source: source.slice(workdir.length + 1), target: target.replace(/^\.\//, "") };
  });
  const env: Record<string, string> = {};
  for (const { args } of of("ENV")) for (const [, k, v] of args.matchAll(/(\w+)=(\S+)/g)) env[k!] = v!;
  const json = (args: string) => JSON.parse(args) as string[];
  const cmd = of("CMD").at(-1);
  if (!cmd?.args.startsWith("[")) throw new Error("the runtime stage needs a CMD in exec (JSON) form");
  const healthcheck = of("HEALTHCHECK").at(-1)?.args;
  const healthcheckCmd = healthcheck ? json(healthcheck.slice(healthcheck.indexOf("CMD ") + 4)) : undefined;
  return { stage, workdir, copies, env, user: of("USER").at(-1)?.args, cmd: json(cmd.args), healthcheck: healthcheckCmd, runs: of("RUN").map((i) => i.args) };
}

/** Whether a path is left out of the build context by .dockerignore (the plain patterns it uses: names and globs with *). */
export function dockerIgnored(patterns: string[], file: string): boolean {
  let ignored = false;
  for (const raw of patterns) {
    const pattern = raw.trim();
    if (!pattern || pattern.startsWith("#")) continue;
    const negate = pattern.startsWith("!");
    const body = (negate ? pattern.slice(1) : pattern).replace(/^\/+|\/+$/g, "");
    const regex = new RegExp(`^${body.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")}(/.*)?$`);
    if (regex.test(file)) ignored = !negate;
  }
  return ignored;
}
