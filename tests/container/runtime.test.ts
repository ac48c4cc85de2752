/**
 * The container image's runtime stage, proven without pulling or building an image (these machines
 * cannot): the files the Dockerfile's runtime stage copies — read from the Dockerfile, not a second
 * list — are assembled into an empty folder, with node_modules produced by running the prod-deps
 * stage's own RUN command, and started with the image's CMD and ENV. It must serve a lesson, the
 * health check (also through the image's HEALTHCHECK command) and grade one quiz answer.
 *
 * Needs a production build (`next build`) in the repository: `npm test` runs it after the build
 * (`npm run test:container`).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dockerIgnored, parseDockerfile, runtimeStage } from "@/scripts/deploy/dockerfile";
import { readYamlDocuments } from "@/scripts/deploy/manifests";
import { loadQuestionBank } from "@/lib/quiz/bank";
import { answerFromBank, type PublicQ } from "../fixtures/answers";

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.CONTAINER_TEST_PORT ?? 3311);
const base = `http://127.0.0.1:${port}`;
/** As the Deployment's Secret would give it (optional there): lets the test read /api/metrics. */
const METRICS_TOKEN = "container-test-metrics-token-0123456789";
const stages = parseDockerfile(path.join(root, "Dockerfile"));
const runtime = runtimeStage(stages);
const ignore = readFileSync(path.join(root, ".dockerignore"), "utf8").split("\n");

let work: string;
let app: string;
let server: ChildProcess | undefined;
let log = "";

function stage(name: string) {
  const found = stages.find((s) => s.name === name);
  if (!found) throw new Error(`the Dockerfile has no stage ${name}`);
  return found;
}

beforeAll(async () => {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(path.join(root, "dist", "serve.mjs"))) throw new Error("no production build: run `npm run build` (or `npx next build && npm run build:server`) first");
  work = mkdtempSync(path.join(tmpdir(), "eks-course-image-"));
  // Nothing above the folder may hold a node_modules Node could fall back to.
  for (let dir = work; dir !== path.dirname(dir); dir = path.dirname(dir)) expect(existsSync(path.join(path.dirname(dir), "node_modules")), dir).toBe(false);
  app = path.join(work, "app");
  mkdirSync(app);

  // The build stage copies the context (minus .dockerignore), builds, then removes these (its last RUN).
  const build = stage("build");
  expect(build.instructions).toContainEqual({ op: "COPY", args: ". ." });
  const removed = /rm -rf (.+)$/.exec(build.instructions.filter((i) => i.op === "RUN").at(-1)!.args)![1]!.split(" ");

  for (const copy of runtime.copies) {
    if (copy.from === "build") {
      // A tracked file comes from the build context (so .dockerignore must let it in); anything else must be a build output.
      const tracked = execFileSync("git", ["ls-files", "--", copy.source], { cwd: root, encoding: "utf8" }).trim() !== "";
      if (tracked) expect(dockerIgnored(ignore, copy.source), `${copy.source} is left out of the build context`).toBe(false);
      else expect([".next", "dist"], `${copy.source} is neither in the repository nor a build output`).toContain(copy.source);
      cpSync(path.join(root, copy.source), path.join(app, copy.target), {
        recursive: true,
        filter: (from) =>
          !removed.some((r) => {
            const inside = path.relative(path.join(root, r), from);
            return inside === "" || !inside.startsWith("..");
          }),
      });
    } else if (copy.from === "prod-deps") {
      expect(copy.source).toBe("node_modules");
      // The prod-deps stage: the build stage's dependencies, then its own RUN commands.
      const deps = path.join(work, "prod-deps");
      mkdirSync(deps);
      for (const f of ["package.json", "package-lock.json"]) copyFileSync(path.join(root, f), path.join(deps, f));
      // Hard links keep this fast; npm only removes files here, and its own lock file is a real copy.
      execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(deps, "node_modules")]);
      rmSync(path.join(deps, "node_modules", ".package-lock.json"), { force: true });
      copyFileSync(path.join(root, "node_modules", ".package-lock.json"), path.join(deps, "node_modules", ".package-lock.json"));
      for (const { op, args } of stage("prod-deps").instructions) {
        expect(op).toBe("RUN");
        execFileSync("sh", ["-c", `${args} --offline`], { cwd: deps, stdio: "pipe" });
      }
      execFileSync("mv", [path.join(deps, "node_modules"), path.join(app, copy.target)]);
    } else throw new Error(`runtime copies from an unknown stage ${copy.from}`);
  }
  for (const run of runtime.runs) {
    const dirs = /^mkdir -p (.+?) &&/.exec(run)?.[1]?.split(" ") ?? [];
    for (const dir of dirs) mkdirSync(path.join(app, path.relative(runtime.workdir, dir)), { recursive: true });
  }

  // The image's command, environment and work directory; the test picks the port and keeps the SQLite file inside the folder.
  const env = { PATH: process.env.PATH!, HOME: work, ...runtime.env, PORT: String(port), DATABASE_URL: "file:./data/course.db", SITE_URL: base, METRICS_TOKEN } as unknown as NodeJS.ProcessEnv;
  const child = spawn(runtime.cmd[0]!, runtime.cmd.slice(1), { cwd: app, env, stdio: ["ignore", "pipe", "pipe"] });
  server = child;
  child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`no healthy server within 3 minutes:\n${log}`);
    await new Promise((r) => setTimeout(r, 250)); // poll the health check again
  }
}, 300_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  if (work) rmSync(work, { recursive: true, force: true });
}, 60_000);

describe("the runtime stage", () => {
  it("holds production dependencies only", () => {
    const nodeModules = path.join(app, "node_modules");
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies)) expect(existsSync(path.join(nodeModules, name)), name).toBe(true);
    // Every package the lock file marks dev-only is gone (npm keeps "devOptional" ones: optional peers of production packages).
    const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean }> };
    const devOnly = Object.entries(lock.packages).filter(([key, entry]) => key && entry.dev === true).map(([key]) => key);
    expect(devOnly).toEqual(expect.arrayContaining(["node_modules/lighthouse", "node_modules/autocannon", "node_modules/tailwindcss"]));
    for (const key of devOnly) expect(existsSync(path.join(app, key)), key).toBe(false);
    expect(existsSync(path.join(app, "tests"))).toBe(false);
    // Compiled JavaScript only: no TypeScript source and no TypeScript loader in the command.
    expect(existsSync(path.join(app, "lib"))).toBe(false);
    expect(existsSync(path.join(app, "scripts"))).toBe(false);
    expect(runtime.cmd.join(" ")).not.toMatch(/tsx|--import|--loader|\.ts\b/);
    expect(existsSync(path.join(app, ".next", "cache", "webpack"))).toBe(false);
  });

  it("serves a lesson", async () => {
    const response = await fetch(`${base}/en/learn/architecture/control-plane`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<h1");
    expect(response.headers.get("content-security-policy")).toBeTruthy();
    // Static files from public/ (the web manifest's icons).
    const icon = await fetch(`${base}/icons/icon-192.png`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toBe("image/png");
  });

  it("answers the health check, also through the image's HEALTHCHECK command", async () => {
    const response = await fetch(`${base}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { engine: "sqlite", ok: true } });
    const [cmd, ...args] = runtime.healthcheck!;
    expect(() => execFileSync(cmd!, args, { env: { PATH: process.env.PATH!, PORT: String(port) } as unknown as NodeJS.ProcessEnv, stdio: "pipe" })).not.toThrow();
    expect(() => execFileSync(cmd!, args, { env: { PATH: process.env.PATH!, PORT: String(port + 1) } as unknown as NodeJS.ProcessEnv, stdio: "pipe" })).toThrow();
  });

  it("records and grades a quiz answer", async () => {
    const created = await fetch(`${base}/api/attempts`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ mode: "practice", module: "architecture", count: 1 }) });
    expect(created.status).toBe(201);
    const cookie = created.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const attempt = (await created.json()) as { id: string; questions: PublicQ[] };
    const question = attempt.questions[0]!;
    const answered = await fetch(`${base}/api/attempts/${attempt.id}/answers`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(answerFromBank(loadQuestionBank(root), question, true)),
    });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ recorded: true, questionId: question.id, feedback: { correct: true } });
    const state = (await (await fetch(`${base}/api/attempts/${attempt.id}`, { headers: { cookie } })).json()) as { responses: Record<string, unknown> };
    expect(Object.keys(state.responses)).toEqual([question.id]);
  });

  it("checkpoints SQLite on its worker thread (better-sqlite3 resolves from the image's node_modules)", async () => {
    // The worker reports once the log has changed (the answer above wrote to it); no fallback is logged.
    const deadline = Date.now() + 20_000;
    let metrics = "";
    while (!/^eks_course_sqlite_wal_pages\{state="total"\} \d+$/m.test(metrics)) {
      if (Date.now() > deadline) throw new Error(`no checkpoint report in /api/metrics:\n${metrics}\n${log}`);
      await new Promise((r) => setTimeout(r, 250)); // poll the metrics again
      metrics = await (await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    }
    expect(log).not.toContain("checkpoint worker");
  });
});

describe("the image agrees with deploy/", () => {
  it("runs as the non-root user, port and work directory the Deployment expects", () => {
    const [deployment] = readYamlDocuments(path.join(root, "deploy/base/deployment.yaml")) as unknown as [
      { spec: { template: { spec: { securityContext: { runAsUser: number; runAsGroup: number }; containers: { ports: { containerPort: number }[]; volumeMounts: { mountPath: string }[] }[] } } } },
    ];
    const pod = deployment.spec.template.spec;
    expect(runtime.user).toBe(`${pod.securityContext.runAsUser}:${pod.securityContext.runAsGroup}`);
    expect(pod.securityContext.runAsUser).not.toBe(0);
    expect(Number(runtime.env.PORT)).toBe(pod.containers[0]!.ports[0]!.containerPort);
    expect(runtime.env.HOSTNAME).toBe("0.0.0.0");
    expect(pod.containers[0]!.volumeMounts.map((m) => m.mountPath)).toContain(`${runtime.workdir}/.next/cache`);
    expect(runtime.env.DATABASE_URL).toBe(`file:${runtime.workdir}/data/course.db`);
  });
});
