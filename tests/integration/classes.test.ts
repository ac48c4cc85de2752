import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, Learner, startApp, type App } from "./app";
import { engines } from "./databases";

type Handler = Parameters<Learner["send"]>[0];
let counter = 0;
const email = (tag: string) => `${tag.toLowerCase()}-${Date.now().toString(36)}-${counter++}@example.com`;

describe.each(engines)("classes on %s", (engine) => {
  let app: App;
  let routes: {
    classes: typeof import("@/app/api/instructor/classes/route");
    one: typeof import("@/app/api/instructor/classes/[id]/route");
    csv: typeof import("@/app/api/instructor/classes/[id]/export/route");
    items: typeof import("@/app/api/instructor/items/route");
    itemsCsv: typeof import("@/app/api/instructor/items/export/route");
    mine: typeof import("@/app/api/classes/route");
    join: typeof import("@/app/api/classes/join/route");
    leave: typeof import("@/app/api/classes/[id]/leave/route");
  };

  beforeAll(async () => {
    app = await startApp(engine);
    routes = {
      classes: await import("@/app/api/instructor/classes/route"),
      one: await import("@/app/api/instructor/classes/[id]/route"),
      csv: await import("@/app/api/instructor/classes/[id]/export/route"),
      items: await import("@/app/api/instructor/items/route"),
      itemsCsv: await import("@/app/api/instructor/items/export/route"),
      mine: await import("@/app/api/classes/route"),
      join: await import("@/app/api/classes/join/route"),
      leave: await import("@/app/api/classes/[id]/leave/route"),
    };
  });
  afterAll(async () => {
    await app.stop();
  });

  async function instructor() {
    const { createOrUpdateUser } = await import("@/lib/account/users");
    const address = email("teacher");
    await createOrUpdateUser(app.db, { email: address, password: "instructor pass 1", role: "instructor", name: "Teacher" });
    const teacher = new Learner(app);
    expect((await teacher.signIn(address, "instructor pass 1")).status).toBe(200);
    return teacher;
  }
  async function learner(name: string) {
    const who = new Learner(app);
    const address = email(name);
    expect((await who.signUp(address, "correct horse battery", name)).status).toBe(200);
    return { who, address };
  }
  const h = (fn: unknown) => fn as Handler;

  it("lets an instructor create a class that learners join by code, and shows them only to that instructor", async () => {
    const teacher = await instructor();
    const other = await instructor();
    const created = await teacher.send(h(routes.classes.POST), { body: { name: "  EKS cohort 1 " } });
    expect(created.status).toBe(201);
    expect(created.json.name).toBe("EKS cohort 1");
    expect(created.json.inviteCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    const classId = created.json.id as string;

    const { who: alice, address: aliceEmail } = await learner("Alice");
    // The code as displayed (dashes, lower case) works too.
    const shown = `${created.json.inviteCode.slice(0, 4)}-${created.json.inviteCode.slice(4, 8)}-${created.json.inviteCode.slice(8)}`.toLowerCase();
    const joined = await alice.send(h(routes.join.POST), { body: { code: shown } });
    expect(joined.status).toBe(200);
    expect(joined.json).toEqual({ classId, name: "EKS cohort 1" });
    expect((await alice.send(h(routes.join.POST), { body: { code: created.json.inviteCode } })).status).toBe(200); // twice: harmless
    expect(await app.db.classMember.count({ where: { classId } })).toBe(1);

    // Alice answers: one right, one wrong, in a submitted practice.
    const { json: attempt } = await alice.start({ mode: "practice", questionIds: ["arch-001", "arch-002"], feedback: "end" });
    await alice.answer(attempt.id, answerFor(app, attempt.questions[0], true));
    await alice.answer(attempt.id, answerFor(app, attempt.questions[1], false));
    expect((await alice.submit(attempt.id)).status).toBe(200);
    await alice.complete({ module: "architecture", lesson: "control-plane", completed: true });

    const view = await teacher.send(h(routes.one.GET), { id: classId });
    expect(view.status).toBe(200);
    expect(view.json.members).toHaveLength(1);
    const row = view.json.members[0];
    expect(row).toMatchObject({ email: aliceEmail, name: "Alice", practice: { attempts: 1, averagePercent: 50 }, exam: { attempts: 0 } });
    expect(row.modules.find((m: { module: string }) => m.module === "architecture")).toMatchObject({ lessonsCompleted: 1, answered: 2, correct: 1 });
    expect(row.lastActive).not.toBeNull();
    expect(view.json.mostMissed.map((m: { questionId: string }) => m.questionId)).toEqual([attempt.questions[1].id]);

    // The learner sees the very same summary on their side.
    const mine = await alice.send(h(routes.mine.GET));
    expect(mine.status).toBe(200);
    expect(mine.json.classes).toHaveLength(1);
    expect(mine.json.classes[0]).toMatchObject({ classId, name: "EKS cohort 1", instructor: "Teacher" });
    expect(mine.json.classes[0].visible).toEqual(row);

    const csv = await teacher.send(h(routes.csv.GET), { id: classId });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.text).toContain(aliceEmail);

    // Another instructor: the class does not exist for them, and their list is empty.
    expect((await other.send(h(routes.one.GET), { id: classId })).status).toBe(404);
    expect((await other.send(h(routes.csv.GET), { id: classId })).status).toBe(404);
    expect((await other.send(h(routes.one.DELETE), { id: classId, method: "DELETE" })).status).toBe(404);
    expect((await other.send(h(routes.classes.GET))).json.classes).toEqual([]);
    expect((await teacher.send(h(routes.classes.GET))).json.classes.map((c: { id: string; members: number }) => [c.id, c.members])).toEqual([[classId, 1]]);
    expect(await app.db.class.count({ where: { id: classId } })).toBe(1);

    // Learners: 403 from every instructor API; guests: 401.
    for (const call of [() => alice.send(h(routes.classes.GET)), () => alice.send(h(routes.classes.POST), { body: { name: "mine" } }), () => alice.send(h(routes.one.GET), { id: classId }), () => alice.send(h(routes.items.GET)), () => alice.send(h(routes.itemsCsv.GET))]) {
      const res = await call();
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("forbidden");
    }
    expect((await new Learner(app).send(h(routes.one.GET), { id: classId })).status).toBe(401);
    expect(await app.db.class.count({ where: { ownerId: (await app.db.user.findFirstOrThrow({ where: { email: aliceEmail } })).id } })).toBe(0);
  });

  it("removes a learner from the class view when they leave or delete their account; the export lists memberships", async () => {
    const teacher = await instructor();
    const { json: created } = await teacher.send(h(routes.classes.POST), { body: { name: "Cohort 2" } });
    const { who: bob } = await learner("Bob");
    const { who: carol } = await learner("Carol");
    for (const who of [bob, carol]) expect((await who.send(h(routes.join.POST), { body: { code: created.inviteCode } })).status).toBe(200);
    expect((await teacher.send(h(routes.one.GET), { id: created.id })).json.members).toHaveLength(2);

    const exported = await bob.exportData();
    expect(exported.json.classMemberships).toEqual([expect.objectContaining({ classId: created.id, name: "Cohort 2", instructor: "Teacher" })]);

    expect((await bob.send(h(routes.leave.POST), { id: created.id, method: "POST" })).status).toBe(200);
    expect((await bob.send(h(routes.leave.POST), { id: created.id, method: "POST" })).status).toBe(404);
    expect((await teacher.send(h(routes.one.GET), { id: created.id })).json.members.map((m: { name: string }) => m.name)).toEqual(["Carol"]);

    expect((await carol.deleteAccount({ password: "correct horse battery" })).status).toBe(200);
    expect((await teacher.send(h(routes.one.GET), { id: created.id })).json.members).toEqual([]);
    expect(await app.db.classMember.count({ where: { classId: created.id } })).toBe(0);

    // Deleting the class takes it away for good.
    expect((await teacher.send(h(routes.one.DELETE), { id: created.id, method: "DELETE" })).status).toBe(200);
    expect((await teacher.send(h(routes.one.GET), { id: created.id })).status).toBe(404);
  });

  it("refuses bad input with a 4xx JSON error and writes nothing", async () => {
    const teacher = await instructor();
    const { who: dan } = await learner("Dan");
    const before = { classes: await app.db.class.count(), members: await app.db.classMember.count() };
    const cases: [Handler, { body?: unknown; raw?: string; id?: string; method?: string }, Learner, number][] = [
      [h(routes.classes.POST), { body: { name: "" } }, teacher, 400],
      [h(routes.classes.POST), { body: { name: "x".repeat(81) } }, teacher, 400],
      [h(routes.classes.POST), { body: { name: "a\u0007b" } }, teacher, 400],
      [h(routes.classes.POST), { body: { name: "ok", extra: 1 } }, teacher, 400],
      [h(routes.classes.POST), { raw: "{not json" }, teacher, 400],
      [h(routes.join.POST), { body: { code: "short" } }, dan, 400],
      [h(routes.join.POST), { body: { code: "IIIIIIIIIIII" } }, dan, 400], // I is not in the alphabet
      [h(routes.join.POST), { body: { code: "000000000000" } }, dan, 404],
      [h(routes.join.POST), { body: {} }, dan, 400],
      [h(routes.join.POST), { body: { code: "000000000000" } }, new Learner(app), 401],
      [h(routes.leave.POST), { id: "not-a-uuid", method: "POST" }, dan, 400],
      [h(routes.leave.POST), { id: "00000000-0000-4000-8000-000000000000", method: "POST" }, dan, 404],
      [h(routes.one.GET), { id: "../../etc" }, teacher, 400],
      [h(routes.one.DELETE), { id: "00000000-0000-4000-8000-000000000000", method: "DELETE" }, teacher, 404],
    ];
    for (const [handler, options, who, status] of cases) {
      const res = await who.send(handler, options);
      expect(res.status, JSON.stringify(options)).toBe(status);
      expect(res.json.error.code).toEqual(expect.any(String));
      expect(res.json.error.message).toEqual(expect.any(String));
    }
    // Joining your own class is refused too.
    const { json: own } = await teacher.send(h(routes.classes.POST), { body: { name: "Own" } });
    expect((await teacher.send(h(routes.join.POST), { body: { code: own.inviteCode } })).status).toBe(409);
    expect(await app.db.class.count()).toBe(before.classes + 1);
    expect(await app.db.classMember.count()).toBe(before.members);

    // Item analysis filters are checked the same way.
    for (const query of ["?version=latest", "?type=essay", "?module=Bad_Module", "?module=a&module=b", "?extra=1"]) {
      const res = await teacher.send(h(routes.items.GET), { path: `/api/instructor/items${query}` });
      expect(res.status, query).toBe(400);
    }
    const ok = await teacher.send(h(routes.items.GET), { path: "/api/instructor/items?module=architecture&version=all" });
    expect(ok.status).toBe(200);
    expect(ok.json.filter).toEqual({ module: "architecture", version: "all" });
  });

  it("never shows an open exam's answers in a class view", async () => {
    const teacher = await instructor();
    const { json: created } = await teacher.send(h(routes.classes.POST), { body: { name: "Exam class" } });
    const { who: erin } = await learner("Erin");
    await erin.send(h(routes.join.POST), { body: { code: created.inviteCode } });
    const { json: exam } = await erin.start({ mode: "exam", count: 3 });
    for (const q of exam.questions) await erin.answer(exam.id, answerFor(app, q, false));
    const open = (await teacher.send(h(routes.one.GET), { id: created.id })).json;
    expect(open.members[0].modules.reduce((n: number, m: { answered: number }) => n + m.answered, 0)).toBe(0);
    expect(open.mostMissed).toEqual([]);
    expect((await erin.submit(exam.id)).status).toBe(200);
    const closed = (await teacher.send(h(routes.one.GET), { id: created.id })).json;
    expect(closed.members[0].modules.reduce((n: number, m: { answered: number }) => n + m.answered, 0)).toBe(3);
    expect(closed.members[0].exam).toEqual({ attempts: 1, latestPercent: 0, bestPercent: 0 });
  });
});
