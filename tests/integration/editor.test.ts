import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Learner, startApp, type App } from "./app";
import { engines } from "./databases";

type Handler = Parameters<Learner["send"]>[0];

/**
 * POST /api/instructor/content: only instructors, only under development, only existing lesson
 * files. The handler writes below process.cwd(), which these tests point at a scratch copy.
 */
for (const engine of engines) {
  describe(`saving lessons from the editor (${engine})`, () => {
    let app: App;
    let save: Handler;
    let root: string;
    const original = "---\ntitle: T\nsummary: S\norder: 1\nminutes: 5\n---\n\nBody\n";
    const lessonFile = () => path.join(root, "content/modules/architecture/control-plane.en.mdx");
    const body = (source: string, extra: Record<string, string> = {}) => ({ module: "architecture", lesson: "control-plane", locale: "en", source, ...extra });
    const post = (who: Learner, data: unknown, headers: Record<string, string> = { origin: "http://127.0.0.1:3000" }) => who.send(save, { body: data, headers, path: "/api/instructor/content" });
    let teacher: Learner;
    let learner: Learner;

    beforeAll(async () => {
      app = await startApp(engine);
      save = (await import("@/app/api/instructor/content/route")).POST as unknown as Handler;
      const { createOrUpdateUser } = await import("@/lib/account/users");
      const email = `editor-${engine}-${Date.now()}@example.com`;
      await createOrUpdateUser(app.db, { email, password: "instructor pass 1", role: "instructor" });
      teacher = new Learner(app);
      expect((await teacher.signIn(email, "instructor pass 1")).status).toBe(200);
      learner = new Learner(app);
      await learner.signUp(`editor-learner-${engine}-${Date.now()}@example.com`);
    });
    afterAll(() => app?.stop());

    const useScratchCopy = (nodeEnv: "development" | "production") => {
      root = mkdtempSync(path.join(tmpdir(), "editor-save-"));
      mkdirSync(path.dirname(lessonFile()), { recursive: true });
      writeFileSync(lessonFile(), original);
      vi.spyOn(process, "cwd").mockReturnValue(root);
      vi.stubEnv("NODE_ENV", nodeEnv);
    };
    afterEach(() => {
      vi.restoreAllMocks();
      vi.unstubAllEnvs();
      rmSync(root, { recursive: true, force: true });
    });

    it("under development: instructors save; guests get 401, learners 403, other sites 403; nothing else is written", async () => {
      useScratchCopy("development");
      expect((await post(new Learner(app), body("guest"))).status).toBe(401);
      const refused = await post(learner, body("learner"));
      expect(refused.status).toBe(403);
      expect(refused.json).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
      expect((await post(teacher, body("cross-site"), { origin: "https://evil.example" })).status).toBe(403);
      expect(readFileSync(lessonFile(), "utf8")).toBe(original);

      const saved = await post(teacher, body("---\ntitle: Saved\n---\n"));
      expect(saved.status).toBe(200);
      expect(saved.json).toEqual({ saved: { file: "content/modules/architecture/control-plane.en.mdx", bytes: 21 } });
      expect(readFileSync(lessonFile(), "utf8")).toBe("---\ntitle: Saved\n---\n");
    });

    it("under development: traversal, unknown lessons and oversized bodies are refused with a 4xx JSON error", async () => {
      useScratchCopy("development");
      for (const extra of [{ module: "../../.." }, { lesson: "../control-plane" }, { locale: "../en" }] as Record<string, string>[]) {
        const response = await post(teacher, body("x", extra));
        expect(response.status, JSON.stringify(extra)).toBe(400);
        expect(response.json.error.code).toBe("validation_failed");
      }
      expect((await post(teacher, body("x", { lesson: "no-such-lesson" }))).status).toBe(404);
      expect((await post(teacher, body("x".repeat(500 * 1024)))).status).toBe(413);
      expect(readFileSync(lessonFile(), "utf8")).toBe(original);
    });

    it("under development: a question's block is saved into its bank by instructors only", async () => {
      useScratchCopy("development");
      const questions = (await import("@/app/api/instructor/questions/route")).POST as unknown as Handler;
      const bankFile = path.join(root, "content/questions/architecture.yaml");
      mkdirSync(path.dirname(bankFile), { recursive: true });
      const real = readFileSync(path.join(import.meta.dirname, "../../content/questions/architecture.yaml"), "utf8");
      writeFileSync(bankFile, real);
      const { findQuestionBlock } = await import("@/lib/editor/questions");
      const block = findQuestionBlock(real, "arch-002")!.block;
      const edited = block.replace(/^  difficulty: \d$/m, "  difficulty: 3");
      const send = (who: Learner, source: string) => who.send(questions, { body: { module: "architecture", id: "arch-002", source }, headers: { origin: "http://127.0.0.1:3000" }, path: "/api/instructor/questions" });
      expect((await send(learner, edited)).status).toBe(403);
      expect((await send(teacher, "- id: arch-002\n  type: nonsense\n")).status).toBe(422);
      expect(readFileSync(bankFile, "utf8")).toBe(real);
      const saved = await send(teacher, edited);
      expect(saved.status).toBe(200);
      expect(findQuestionBlock(readFileSync(bankFile, "utf8"), "arch-002")!.block).toBe(edited);
      expect(findQuestionBlock(readFileSync(bankFile, "utf8"), "arch-001")!.block).toBe(findQuestionBlock(real, "arch-001")!.block);
    });

    it("in a production build the endpoint answers 404 to everyone, instructors included, and writes nothing", async () => {
      useScratchCopy("production");
      for (const who of [teacher, learner, new Learner(app)]) {
        const response = await post(who, body("changed in production"));
        expect(response.status).toBe(404);
        expect(response.json.error.code).toBe("not_found");
      }
      expect(readFileSync(lessonFile(), "utf8")).toBe(original);
    });
  });
}
