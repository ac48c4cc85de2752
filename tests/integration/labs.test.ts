import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Learner, startApp, type App } from "./app";
import { engines } from "./databases";
import { listLabs } from "@/lib/labs/catalogue";
import type { Lab } from "@/lib/labs/schema";

type Handler = Parameters<Learner["send"]>[0];

describe.each(engines)("labs API on %s", (engine) => {
  let app: App;
  let lab: Lab;
  const check = (learner: Learner, body: unknown, extra: { raw?: string; headers?: Record<string, string> } = {}) => learner.send(app.routes.labCheck.POST as unknown as Handler, { body, ...extra });
  const reveal = (learner: Learner, body: unknown) => learner.send(app.routes.labReveal.POST as unknown as Handler, { body });
  const state = (learner: Learner, labId: string) => learner.send(app.routes.labState.GET as unknown as Handler, { path: `/api/labs/state?labId=${encodeURIComponent(labId)}` });
  const list = (learner: Learner, locale = "en") => learner.send(app.routes.labs.GET as unknown as Handler, { path: `/api/labs?locale=${locale}` });
  const progress = (learner: Learner) => learner.send(app.routes.progress.GET as unknown as Handler);
  const snapshot = async () => ({
    learners: await app.db.learner.count(),
    attempts: await app.db.labAttempt.count(),
    reveals: await app.db.labReveal.count(),
    completions: await app.db.lessonCompletion.count(),
  });
  /** Every response a learner sees before a reveal: none may hold the solution or the explanation. */
  const seen: string[] = [];
  const keep = <T extends { text: string }>(r: T) => {
    seen.push(r.text);
    return r;
  };

  beforeAll(async () => {
    app = await startApp(engine);
    lab = listLabs()[0]!;
  });
  afterAll(async () => {
    await app.stop();
  });

  it("stores attempts, counts a passed lab toward its lesson, and lists labs with their status", async () => {
    const alice = new Learner(app);
    expect((await state(alice, lab.id)).json).toEqual({ labId: lab.id, attempts: 0, failures: 0, passed: false, revealed: false, canReveal: false });
    const failed = keep(await check(alice, { labId: lab.id, manifest: lab.starter, locale: "zh" }));
    expect(failed.status).toBe(200);
    expect(failed.json.feedback.passed).toBe(false);
    const failing = failed.json.feedback.checks.filter((c: { passed: boolean }) => !c.passed);
    expect(failing.length).toBeGreaterThan(0);
    for (const c of failing) expect(c.hint).toBe(lab.checks.find((x) => x.id === c.id)!.hint.zh);
    expect(failed.json.state).toMatchObject({ attempts: 1, failures: 1, passed: false, canReveal: false });
    expect(alice.cookie).toMatch(/^eks_learner=/);
    const before = keep(await progress(alice)).json.modules.find((m: { module: string }) => m.module === lab.module);
    expect(before.completedLessons).not.toContain(lab.lesson);
    expect(keep(await list(alice)).json.labs.find((l: { id: string }) => l.id === lab.id)).toMatchObject({ status: "attempted", attempts: 1, module: lab.module, lesson: lab.lesson, title: lab.title.en });

    const passed = await check(alice, { labId: lab.id, manifest: lab.solution, locale: "en" });
    expect(passed.json.feedback).toMatchObject({ passed: true, diagnostics: [] });
    expect(passed.json.state).toMatchObject({ attempts: 2, failures: 1, passed: true });
    const after = (await progress(alice)).json.modules.find((m: { module: string }) => m.module === lab.module);
    expect(after.completedLessons).toContain(lab.lesson);
    expect((await list(alice, "zh")).json.labs.find((l: { id: string }) => l.id === lab.id)).toMatchObject({ status: "solved", attempts: 2, title: lab.title.zh });
    const rows = await app.db.labAttempt.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.labId, r.module, r.lesson, r.passed])).toEqual([
      [lab.id, lab.module, lab.lesson, false],
      [lab.id, lab.module, lab.lesson, true],
    ]);
    // Another learner sees none of it; a visitor gets zeros and no cookie.
    const bob = new Learner(app);
    expect((await state(bob, lab.id)).json).toMatchObject({ attempts: 0, passed: false });
    expect(bob.cookie).toBe("");
  });

  it("withholds the solution until it is revealed: on request early, or after three failed checks", async () => {
    const carol = new Learner(app);
    for (let i = 0; i < 2; i++) keep(await check(carol, { labId: lab.id, manifest: lab.starter, locale: "en" }));
    const refused = keep(await reveal(carol, { labId: lab.id, locale: "en" }));
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("reveal_not_available");
    expect(await app.db.labReveal.count()).toBe(0);
    keep(await check(carol, { labId: lab.id, manifest: lab.starter, locale: "en" }));
    expect(keep(await state(carol, lab.id)).json).toMatchObject({ failures: 3, canReveal: true, revealed: false });
    for (const text of seen) {
      expect(text).not.toContain(JSON.stringify(lab.solution).slice(1, -1));
      expect(text).not.toContain(JSON.stringify(lab.explanation.en).slice(1, -1));
      expect(text).not.toContain(JSON.stringify(lab.explanation.zh).slice(1, -1));
    }
    const shown = await reveal(carol, { labId: lab.id, locale: "zh" });
    expect(shown.status).toBe(200);
    expect(shown.json).toMatchObject({ labId: lab.id, solution: lab.solution, explanation: lab.explanation.zh, state: { revealed: true } });
    expect(await app.db.labReveal.count()).toBe(1);
    expect((await state(carol, lab.id)).json.revealed).toBe(true);

    const dave = new Learner(app);
    const early = await reveal(dave, { labId: lab.id, locale: "en", early: true });
    expect(early.json).toMatchObject({ solution: lab.solution, explanation: lab.explanation.en });
    expect((await list(dave)).json.labs.find((l: { id: string }) => l.id === lab.id)).toMatchObject({ status: "not_started", revealed: true });
  });

  it("a guest's lab checks and reveals follow them into their account on sign-in", async () => {
    const owner = new Learner(app);
    expect((await owner.signUp(`labs-${engine}@example.com`)).status).toBe(200);
    await check(owner, { labId: lab.id, manifest: lab.starter });
    const guest = new Learner(app);
    await check(guest, { labId: lab.id, manifest: lab.solution });
    await reveal(guest, { labId: lab.id, locale: "en", early: true });
    expect((await guest.signIn(`labs-${engine}@example.com`)).status).toBe(200);
    expect((await state(guest, lab.id)).json).toMatchObject({ attempts: 2, failures: 1, passed: true, revealed: true });
    const exported = (await guest.exportData()).json;
    expect(exported.labChecks.map((c: { labId: string; passed: boolean }) => [c.labId, c.passed])).toEqual([
      [lab.id, false],
      [lab.id, true],
    ]);
    expect(exported.labReveals).toEqual([{ labId: lab.id, revealedAt: expect.any(String) }]);
  });

  it("refuses bad input with a 4xx JSON error writing nothing (not even a guest)", async () => {
    const existing = new Learner(app);
    await check(existing, { labId: lab.id, manifest: lab.starter });
    const before = await snapshot();
    const bomb = ["a: &a [x,x,x,x,x,x,x,x,x]", ..."bcdefgh".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(",")}]`)].join("\n");
    const cases: [string, unknown, number, string, { raw?: string; headers?: Record<string, string> }?][] = [
      ["not YAML", { labId: lab.id, manifest: "spec: [unclosed\n  - {" }, 422, "invalid_manifest"],
      ["a YAML list", { labId: lab.id, manifest: "- a\n- b\n" }, 422, "invalid_manifest"],
      ["an empty manifest", { labId: lab.id, manifest: "" }, 422, "invalid_manifest"],
      ["an alias bomb", { labId: lab.id, manifest: bomb }, 422, "invalid_manifest"],
      ["1,000 documents", { labId: lab.id, manifest: "kind: Service\n---\n".repeat(1000) }, 422, "invalid_manifest"],
      ["deep nesting", { labId: lab.id, manifest: `a: ${"[".repeat(3000)}${"]".repeat(3000)}` }, 422, "invalid_manifest"],
      ["a 100 KB manifest", { labId: lab.id, manifest: `a: ${"x".repeat(100_000)}` }, 400, "validation_failed"],
      ["a 1 MB body", undefined, 413, "payload_too_large", { raw: JSON.stringify({ labId: lab.id, manifest: "x".repeat(1_000_000) }) }],
      ["an unknown lab", { labId: "no-such-lab", manifest: lab.solution }, 404, "unknown_lab"],
      ["a bad lab id", { labId: "../etc", manifest: lab.solution }, 400, "validation_failed"],
      ["an extra field", { labId: lab.id, manifest: lab.solution, solution: true }, 400, "validation_failed"],
      ["another language", { labId: lab.id, manifest: lab.solution, locale: "fr" }, 400, "validation_failed"],
      ["a NUL", { labId: lab.id, manifest: "a: \u0000" }, 400, "invalid_input"],
      ["not JSON", undefined, 400, "invalid_json", { raw: "{labId:" }],
      ["another site", { labId: lab.id, manifest: lab.solution }, 403, "cross_origin", { headers: { origin: "https://evil.example" } }],
    ];
    for (const [name, body, status, code, extra] of cases) {
      const visitor = new Learner(app);
      const r = await check(visitor, body, extra);
      expect({ name, status: r.status, code: r.json?.error?.code }).toEqual({ name, status, code });
      expect(typeof r.json.error.message, name).toBe("string");
      expect(visitor.cookie, name).toBe("");
    }
    const notYaml = await check(new Learner(app), { labId: lab.id, manifest: "a: 1\nb: [\n" });
    expect(notYaml.json.error.diagnostics[0]).toMatchObject({ line: 2, severity: "error", message: expect.stringMatching(/^YAML syntax/) });
    expect((await reveal(new Learner(app), { labId: "no-such-lab", locale: "en", early: true })).status).toBe(404);
    expect((await state(new Learner(app), "no-such-lab")).status).toBe(404);
    // A reveal asked for too soon is refused before a guest learner is made (it used to leave one behind).
    const tooSoon = new Learner(app);
    const refused = await reveal(tooSoon, { labId: lab.id, locale: "en" });
    expect([refused.status, refused.json.error.code]).toEqual([409, "reveal_not_available"]);
    expect(tooSoon.cookie).toBe("");
    expect(await snapshot()).toEqual(before);
  });
});
