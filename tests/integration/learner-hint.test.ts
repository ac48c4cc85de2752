import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_LEARNER } from "@/components/learner";
import { LEARNER_HINT_COOKIE } from "@/lib/auth/learner-hint";
import { Learner, startApp, type App } from "./app";
import { engines } from "./databases";

type Handler = Parameters<Learner["send"]>[0];

/**
 * The learner hint (lib/auth/learner-hint.ts): pages skip their personal reads for a browser without
 * a learner and show NO_LEARNER instead, so the server must answer such a visitor exactly that; the
 * hint is set with a new guest, and GET /api/account/me sets or clears it to match the guest cookie.
 */
describe.each(engines)("learner hint on %s", (engine) => {
  let app: App;
  const get = (learner: Learner, handler: unknown, path: string) => learner.send(handler as Handler, { path });
  const hintOf = (response: { headers: Headers }) => response.headers.getSetCookie().find((c) => c.startsWith(`${LEARNER_HINT_COOKIE}=`));

  beforeAll(async () => {
    app = await startApp(engine);
  });
  afterAll(async () => {
    await app.stop();
  });

  it("answers a visitor with no learner what the islands assume without asking, and writes nothing", async () => {
    const visitor = new Learner(app);
    const learners = await app.db.learner.count();
    const progress = (await visitor.progress()).json as typeof NO_LEARNER.progress;
    // The islands' stand-in lists no module; the server lists every module with nothing in it.
    expect(progress.missedCount).toBe(NO_LEARNER.progress.missedCount);
    expect(progress.modules.length).toBeGreaterThan(0);
    for (const m of progress.modules) expect([m.completedLessons, m.answered, m.correct]).toEqual([[], 0, 0]);
    expect((await visitor.reviewQueue()).json).toEqual(NO_LEARNER.review);
    expect((await get(visitor, app.routes.bookmarks.GET, "/api/bookmarks")).json).toEqual(NO_LEARNER.bookmarks);
    const labs = (await get(visitor, app.routes.labs.GET, "/api/labs?locale=en")).json as { labs: { status: string }[] };
    // Missed labs lists the attempted ones only: for nobody, none, as in the stand-in.
    expect(labs.labs.filter((l) => l.status !== "not_started")).toEqual(NO_LEARNER.labs.labs);
    expect((await get(visitor, app.routes.labState.GET, "/api/labs/state?labId=topology-spread-zones")).json).toEqual(NO_LEARNER.labState("topology-spread-zones"));
    const me = await visitor.me();
    expect(me.json).toEqual({ user: null, learner: false });
    expect(me.headers.getSetCookie()).toEqual([]);
    expect(visitor.cookie).toBe("");
    expect(await app.db.learner.count()).toBe(learners);
  });

  it("sets the hint beside the guest cookie, readable by scripts, with the same Secure rule", async () => {
    const guest = new Learner(app);
    const res = await guest.send(app.routes.bookmarks.POST as unknown as Handler, { body: { kind: "lesson", target: "architecture/control-plane", bookmarked: true } });
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(/^eks_learner=.*HttpOnly/);
    expect(hintOf(res)).toMatch(/^learner-hint=1; Max-Age=31536000; Path=\/; SameSite=Lax$/);
    // A guest who already has a cookie gets no new one.
    const again = await guest.send(app.routes.bookmarks.POST as unknown as Handler, { body: { kind: "lesson", target: "architecture/control-plane", bookmarked: false } });
    expect(again.headers.getSetCookie()).toEqual([]);
    // And /api/account/me, seeing guest and hint agree, leaves both alone.
    const me = await guest.me();
    expect(me.json).toEqual({ user: null, learner: true });
    expect(me.headers.getSetCookie()).toEqual([]);
  });

  it("gives the hint to a guest whose browser predates it, and takes it from a browser with no guest", async () => {
    const guest = new Learner(app);
    expect((await guest.complete({ module: "autoscaling", lesson: "karpenter-disruption", completed: true })).status).toBe(200);
    const guestCookie = `eks_learner=${guest.cookieValue("eks_learner")}`;

    // An older guest: the signed cookie alone. The header's account check hands it the hint.
    const older = new Learner(app);
    older.cookie = guestCookie;
    const me = await older.me();
    expect(me.json).toEqual({ user: null, learner: true });
    expect(hintOf(me)).toMatch(/^learner-hint=1;/);
    expect(older.cookieValue(LEARNER_HINT_COOKIE)).toBe("1");

    // A hint with no guest behind it (cookie expired, another secret, a hand-made hint) is cleared, never trusted.
    for (const cookie of ["learner-hint=1", `learner-hint=1; eks_learner=${guest.cookieValue("eks_learner")!.replace(/.$/, (c) => (c === "A" ? "B" : "A"))}`]) {
      const stale = new Learner(app);
      stale.cookie = cookie;
      const answer = await stale.me();
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ user: null, learner: false });
      expect(hintOf(answer)).toMatch(/^learner-hint=; Max-Age=0;/);
      expect(stale.cookieValue(LEARNER_HINT_COOKIE)).toBeUndefined();
    }
  });

  it("answers 200 with no learner for a malformed guest cookie, as pages do, and changes nothing", async () => {
    const odd = new Learner(app);
    odd.cookie = "eks_learner=not-a-cookie-this-app-wrote";
    const learners = await app.db.learner.count();
    const me = await odd.me();
    expect(me.status).toBe(200);
    expect(me.json).toEqual({ user: null, learner: false });
    expect(me.headers.getSetCookie()).toEqual([]);
    expect(await app.db.learner.count()).toBe(learners);
  });
});
