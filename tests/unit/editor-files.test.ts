import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkLessonDraft, isQuotableFromEditor } from "@/lib/editor/check";
import { resolveLessonFile, saveLessonFile } from "@/lib/editor/files";
import { lessonDraftSchema } from "@/lib/editor/schema";
import { DomainError } from "@/lib/errors";

const original = "---\ntitle: T\nsummary: S\norder: 1\nminutes: 5\n---\n\nBody\n";
let root: string;
const file = () => path.join(root, "content/modules/architecture/control-plane.en.mdx");
const draft = (source: string, extra: Partial<{ module: string; lesson: string; locale: "en" | "zh" }> = {}) => ({ module: "architecture", lesson: "control-plane", locale: "en" as const, source, ...extra });

function refusal(run: () => unknown): { status: number; code: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, code: error.code };
    throw error;
  }
  throw new Error("expected a refusal");
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "editor-files-"));
  mkdirSync(path.join(root, "content/modules/architecture"), { recursive: true });
  writeFileSync(file(), original);
  writeFileSync(path.join(root, "secret.mdx"), "outside");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("saving a lesson from the editor", () => {
  it("writes an existing lesson file under development", () => {
    expect(saveLessonFile(draft("---\ntitle: New\n---\n"), { root, nodeEnv: "development" })).toEqual({ file: "content/modules/architecture/control-plane.en.mdx", bytes: 19 });
    expect(readFileSync(file(), "utf8")).toBe("---\ntitle: New\n---\n");
  });

  it("writes nothing in a production build (or under test): the endpoint does not exist there", () => {
    for (const nodeEnv of ["production", "test", undefined]) {
      expect(refusal(() => saveLessonFile(draft("changed"), { root, nodeEnv }))).toEqual({ status: 404, code: "not_found" });
    }
    expect(readFileSync(file(), "utf8")).toBe(original);
  });

  it("refuses paths that leave content/modules, files that do not exist, and symbolic links", () => {
    for (const bad of [{ module: ".." }, { module: "../.." }, { lesson: "../../../secret" }, { module: "architecture/x" }, { lesson: "Control-Plane" }, { locale: "fr" }]) {
      expect(lessonDraftSchema.safeParse(draft("x", bad as never)).success, JSON.stringify(bad)).toBe(false);
    }
    // Even without the schema, the file is found from the slugs only inside content/modules.
    expect(resolveLessonFile({ module: "..", lesson: "..", locale: "en" }, root)).toBeUndefined();
    expect(resolveLessonFile({ module: "../..", lesson: "secret", locale: "en" } as never, root)).toBeUndefined();
    expect(refusal(() => saveLessonFile(draft("new", { lesson: "no-such-lesson" }), { root, nodeEnv: "development" }))).toEqual({ status: 404, code: "not_found" });
    expect(existsSync(path.join(root, "content/modules/architecture/no-such-lesson.en.mdx"))).toBe(false);
    symlinkSync(path.join(root, "secret.mdx"), path.join(root, "content/modules/architecture/linked.en.mdx"));
    expect(refusal(() => saveLessonFile(draft("overwrite", { lesson: "linked" }), { root, nodeEnv: "development" }))).toEqual({ status: 404, code: "not_found" });
    expect(readFileSync(path.join(root, "secret.mdx"), "utf8")).toBe("outside");
  });

  it("refuses text that is too large or not storable, writing nothing", () => {
    expect(refusal(() => saveLessonFile(draft("x".repeat(200 * 1024 + 1)), { root, nodeEnv: "development" }))).toEqual({ status: 413, code: "payload_too_large" });
    expect(refusal(() => saveLessonFile(draft("a\u0000b"), { root, nodeEnv: "development" }))).toEqual({ status: 400, code: "invalid_input" });
    expect(readFileSync(file(), "utf8")).toBe(original);
  });
});

describe("the editor's content check on a draft", () => {
  const lesson = "content/modules/architecture/control-plane.en.mdx";
  // The first check reads the whole course (links and knowledge-check ids are checked against it).
  beforeAll(() => checkLessonDraft(original, lesson), 120_000);

  it("reports a broken frontmatter line where it is, with the checker's own words", async () => {
    const { issues } = await checkLessonDraft("---\ntitle: T\nsummary: S\norder: one\nminutes: 5\n---\n\nBody\n", lesson);
    expect(issues).toEqual([{ line: 4, message: expect.stringMatching(/^frontmatter order: /) }]);
    const yaml = await checkLessonDraft("---\ntitle: T\nsummary: [unclosed\norder: 1\n---\n", lesson);
    expect(yaml.issues[0]?.message).toMatch(/^frontmatter YAML: /);
  });

  it("checks the body like content:check and returns Mermaid blocks at their lines for the browser", async () => {
    const source = `${original}\n# Title again\n\n[bad](/learn/no-such-module)\n\n<KnowledgeCheck ids="nope-999" />\n\n<Diagram caption="C" alt="A">\n\n\`\`\`mermaid\nflowchart LR\n  A --> B\n\`\`\`\n\n</Diagram>\n`;
    const { issues, mermaid } = await checkLessonDraft(source, lesson);
    expect(issues.map((i) => i.line)).toEqual([10, 12, 14]);
    expect(issues[0]?.message).toMatch(/use ## or deeper/);
    expect(issues[1]?.message).toMatch(/no module 'no-such-module'/);
    expect(issues[2]?.message).toMatch(/'nope-999' does not exist/);
    expect(mermaid).toEqual([{ line: 18, source: "flowchart LR\n  A --> B" }]);
  });

  it("reads quoted files only from deploy/", () => {
    expect(isQuotableFromEditor("deploy/base/ingress.yaml")).toBe(true);
    for (const f of [".env", "data/course.db", "deploy/../.env", "lib/env.ts", "/etc/passwd"]) expect(isQuotableFromEditor(f), f).toBe(false);
  });
});
