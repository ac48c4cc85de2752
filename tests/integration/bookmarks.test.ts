import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Learner, startApp, type App } from "./app";
import { engines } from "./databases";

type Handler = Parameters<Learner["send"]>[0];

describe.each(engines)("bookmarks API on %s", (engine) => {
  let app: App;
  const post = (learner: Learner, body: unknown, headers?: Record<string, string>) => learner.send(app.routes.bookmarks.POST as unknown as Handler, { body, headers });
  const list = (learner: Learner) => learner.send(app.routes.bookmarks.GET as unknown as Handler);
  const snapshot = async () => ({
    learners: await app.db.learner.count(),
    bookmarks: await app.db.bookmark.findMany({ orderBy: [{ learnerId: "asc" }, { kind: "asc" }, { target: "asc" }] }),
  });

  beforeAll(async () => {
    app = await startApp(engine);
  });
  afterAll(async () => {
    await app.stop();
  });

  it("adds, lists newest first, and removes; adding and removing twice change nothing more", async () => {
    const alice = new Learner(app);
    expect((await list(alice)).json).toEqual({ bookmarks: [] });

    const lesson = await post(alice, { kind: "lesson", target: "architecture/control-plane", bookmarked: true });
    expect(lesson.status).toBe(200);
    expect(lesson.json).toEqual({ kind: "lesson", target: "architecture/control-plane", bookmarked: true });
    expect(alice.cookie).toMatch(/^eks_learner=/);
    await new Promise((r) => setTimeout(r, 5));
    expect((await post(alice, { kind: "question", target: "arch-003", bookmarked: true })).status).toBe(200);
    expect((await post(alice, { kind: "question", target: "arch-003", bookmarked: true })).status).toBe(200);

    const listed = (await list(alice)).json.bookmarks;
    expect(listed.map((b: { kind: string; target: string }) => `${b.kind}:${b.target}`)).toEqual(["question:arch-003", "lesson:architecture/control-plane"]);
    expect(Number.isNaN(Date.parse(listed[0].createdAt))).toBe(false);
    expect(await app.db.bookmark.count({ where: { target: "arch-003" } })).toBe(1);

    for (let i = 0; i < 2; i++) {
      const removed = await post(alice, { kind: "question", target: "arch-003", bookmarked: false });
      expect(removed).toMatchObject({ status: 200, json: { kind: "question", target: "arch-003", bookmarked: false } });
    }
    expect((await list(alice)).json.bookmarks.map((b: { target: string }) => b.target)).toEqual(["architecture/control-plane"]);
  });

  it("another learner neither sees nor removes them, and a visitor sees an empty list", async () => {
    const alice = new Learner(app);
    await post(alice, { kind: "question", target: "elb-004", bookmarked: true });
    const bob = new Learner(app);
    await post(bob, { kind: "lesson", target: "autoscaling/cluster-autoscaler-and-karpenter", bookmarked: true });
    expect((await list(bob)).json.bookmarks.map((b: { target: string }) => b.target)).toEqual(["autoscaling/cluster-autoscaler-and-karpenter"]);
    expect((await post(bob, { kind: "question", target: "elb-004", bookmarked: false })).status).toBe(200);
    expect((await list(alice)).json.bookmarks.map((b: { target: string }) => b.target)).toEqual(["elb-004"]);
    expect((await list(new Learner(app))).json).toEqual({ bookmarks: [] });
    // A forged signature is no one; a cookie the app could never have written is refused.
    const forger = new Learner(app);
    forger.cookie = `eks_learner=${alice.cookie.split("=")[1]!.split(".")[0]}.${"A".repeat(43)}`;
    expect((await list(forger)).json).toEqual({ bookmarks: [] });
    forger.cookie = `eks_learner=${alice.cookie.split("=")[1]!.split(".")[0]}.forged`;
    expect((await list(forger)).json.error.code).toBe("invalid_cookie");
  });

  it("refuses bad input with a 4xx in the API's error shape, writing nothing (not even a guest)", async () => {
    const existing = new Learner(app);
    await post(existing, { kind: "lesson", target: "architecture/control-plane", bookmarked: true });
    const before = await snapshot();
    const cases: [unknown, number, string, Record<string, string>?][] = [
      [{ kind: "lesson", target: "architecture/no-such-lesson", bookmarked: true }, 400, "unknown_lesson"],
      [{ kind: "lesson", target: "nowhere/control-plane", bookmarked: true }, 400, "unknown_lesson"],
      [{ kind: "question", target: "arch-999", bookmarked: true }, 400, "unknown_question"],
      [{ kind: "question", target: "architecture/control-plane", bookmarked: true }, 400, "validation_failed"],
      [{ kind: "lesson", target: "../../etc/passwd", bookmarked: true }, 400, "validation_failed"],
      [{ kind: "glossary", target: "pod", bookmarked: true }, 400, "validation_failed"],
      [{ kind: "lesson", target: "architecture/control-plane" }, 400, "validation_failed"],
      [{ kind: "lesson", target: "architecture/control-plane", bookmarked: "yes" }, 400, "validation_failed"],
      [{ kind: "lesson", target: "architecture/control-plane", bookmarked: true, extra: 1 }, 400, "validation_failed"],
      [{ kind: "lesson", target: "architecture/control-plane", bookmarked: true }, 403, "cross_origin", { origin: "https://evil.example" }],
    ];
    for (const [body, status, code, headers] of cases) {
      const response = await post(new Learner(app), body, headers);
      expect({ body, status: response.status, code: response.json.error.code }).toEqual({ body, status, code });
      expect(typeof response.json.error.message).toBe("string");
    }
    const learner = new Learner(app);
    const raw = await learner.send(app.routes.bookmarks.POST as unknown as Handler, { raw: "{not json" });
    expect({ status: raw.status, code: raw.json.error.code }).toEqual({ status: 400, code: "invalid_json" });
    const wrongType = await learner.send(app.routes.bookmarks.POST as unknown as Handler, { raw: "{}", headers: { "content-type": "text/plain" } });
    expect({ status: wrongType.status, code: wrongType.json.error.code }).toEqual({ status: 415, code: "unsupported_media_type" });
    // A retired question cannot be bookmarked.
    await app.db.question.update({ where: { id: "arch-004" }, data: { retiredAt: new Date() } });
    const retired = await post(existing, { kind: "question", target: "arch-004", bookmarked: true });
    expect({ status: retired.status, code: retired.json.error.code }).toEqual({ status: 400, code: "unknown_question" });
    await app.db.question.update({ where: { id: "arch-004" }, data: { retiredAt: null } });
    expect(await snapshot()).toEqual(before);
  });

  it("bookmarks go with the learner when the learner is deleted", async () => {
    const carol = new Learner(app);
    await post(carol, { kind: "question", target: "scale-001", bookmarked: true });
    const id = carol.cookie.split("=")[1]!.split(".")[0]!;
    expect(await app.db.bookmark.count({ where: { learnerId: id } })).toBe(1);
    await app.db.learner.delete({ where: { id } });
    expect(await app.db.bookmark.count({ where: { learnerId: id } })).toBe(0);
  });
});
