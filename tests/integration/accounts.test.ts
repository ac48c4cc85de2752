import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, Learner, startApp, type App } from "./app";
import { engines } from "./databases";

let counter = 0;
const email = (tag: string) => `${tag}-${Date.now().toString(36)}-${counter++}@example.com`;

/** A guest (or signed-in learner) answers two questions in one practice: the first wrong, the second right. */
async function practise(app: App, learner: Learner, questionIds: string[]) {
  const { json: attempt } = await learner.start({ mode: "practice", questionIds, feedback: "instant" });
  for (const [i, q] of attempt.questions.entries()) {
    const res = await learner.answer(attempt.id, answerFor(app, q, i > 0));
    expect(res.status).toBe(200);
  }
  await learner.reviewQueue(); // missed questions join the review schedule when the queue is read
  return attempt.id as string;
}

async function learnerRows(app: App, learnerId: string) {
  const db = app.db;
  const [attempts, answers, completions, cards, bookmarks] = await Promise.all([
    db.attempt.count({ where: { learnerId } }),
    db.answer.count({ where: { learnerId } }),
    db.lessonCompletion.count({ where: { learnerId } }),
    db.reviewCard.count({ where: { learnerId } }),
    db.bookmark.count({ where: { learnerId } }),
  ]);
  return { attempts, answers, completions, cards, bookmarks };
}

describe.each(engines)("accounts on %s", (engine) => {
  let app: App;
  const outbox = join(tmpdir(), `eks-outbox-${engine}-${process.pid}.jsonl`);
  beforeAll(async () => {
    process.env.EMAIL_SENDER = "outbox";
    process.env.EMAIL_OUTBOX = outbox;
    app = await startApp(engine);
  });
  afterAll(async () => {
    await app.stop();
    rmSync(outbox, { force: true });
  });

  /** The newest email of a kind to an address, as the pluggable sender wrote it. */
  function lastEmail(to: string, kind: string): { link: string; subject: string } {
    const mails = readFileSync(outbox, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { to: string; kind: string; link: string; subject: string });
    const mail = mails.filter((m) => m.to === to && m.kind === kind).at(-1);
    if (!mail) throw new Error(`no ${kind} email to ${to}`);
    return mail;
  }

  it("verifies the email address through the link sent at sign-up", async () => {
    const address = email("verify");
    const me = new Learner(app);
    await me.signUp(address);
    const { link } = lastEmail(address, "verify-email");
    const url = new URL(link);
    expect(url.pathname).toBe("/api/auth/verify-email");
    const res = await me.send(app.routes.auth.GET as never, { path: `${url.pathname}${url.search}` });
    expect(res.status).toBeLessThan(400);
    expect((await app.db.user.findUniqueOrThrow({ where: { email: address } })).emailVerified).toBe(true);
    // a tampered token verifies nothing
    const other = email("verify2");
    await new Learner(app).signUp(other);
    const bad = new URL(lastEmail(other, "verify-email").link);
    bad.searchParams.set("token", `${bad.searchParams.get("token")}x`);
    await new Learner(app).send(app.routes.auth.GET as never, { path: `${bad.pathname}${bad.search}` });
    expect((await app.db.user.findUniqueOrThrow({ where: { email: other } })).emailVerified).toBe(false);
  });

  it("resets a forgotten password through the emailed link, signing out every device", async () => {
    const address = email("forgot");
    const phone = new Learner(app);
    await phone.signUp(address);
    const visitor = new Learner(app);
    expect((await visitor.auth("request-password-reset", { email: address, redirectTo: "/en/reset-password" })).status).toBe(200);
    // unknown addresses get the same answer (no account discovery) and no email
    expect((await visitor.auth("request-password-reset", { email: email("nobody"), redirectTo: "/en/reset-password" })).status).toBe(200);
    const link = new URL(lastEmail(address, "reset-password").link);
    const landing = await visitor.send(app.routes.auth.GET as never, { path: `${link.pathname}${link.search}` });
    expect(landing.status).toBe(302);
    const target = new URL(landing.headers.get("location")!, "http://127.0.0.1:3000");
    expect(target.pathname).toBe("/en/reset-password");
    const token = target.searchParams.get("token")!;
    expect((await visitor.auth("reset-password", { token, newPassword: "short" })).status).toBe(400);
    expect((await visitor.auth("reset-password", { token, newPassword: "my new long password" })).status).toBe(200);
    expect((await visitor.auth("reset-password", { token, newPassword: "another new password" })).status).toBe(400); // used once
    expect((await phone.me()).json.user).toBeNull();
    expect((await new Learner(app).signIn(address)).status).toBe(401);
    expect((await new Learner(app).signIn(address, "my new long password")).status).toBe(200);
  });

  it("signs up with a hashed password and an HttpOnly, SameSite session cookie", async () => {
    const ada = new Learner(app);
    const address = email("ada");
    const res = await ada.signUp(address);
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("eks.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await ada.me()).json.user).toMatchObject({ email: address, role: "learner", emailVerified: false });
    const user = await app.db.user.findUniqueOrThrow({ where: { email: address }, include: { accounts: true } });
    const stored = user.accounts[0]!.password!;
    expect(stored).not.toContain("correct horse");
    expect(stored.length).toBeGreaterThan(40);
    // the same email again is refused, and nothing new is stored
    const again = await new Learner(app).signUp(address);
    expect(again.status).toBe(422);
    expect(await app.db.user.count({ where: { email: address } })).toBe(1);
  });

  it("refuses bad sign-up input with a clear error and stores nothing", async () => {
    const before = await app.db.user.count();
    const visitor = new Learner(app);
    expect((await visitor.signUp("not-an-email")).status).toBe(400);
    const short = await visitor.signUp(email("short"), "short");
    expect(short.status).toBe(400);
    expect(short.json.error.message).toMatch(/short/i);
    expect(short.json.error.code).toBe("PASSWORD_TOO_SHORT");
    // Fields the form never sends are refused, not silently dropped.
    const stray = await visitor.auth("sign-up/email", { email: email("stray"), password: "correct horse battery", name: "x", role: "instructor" });
    expect(stray.status).toBe(400);
    expect(stray.json.error).toMatchObject({ code: "validation_failed", message: expect.stringContaining("role") });
    // A guest cookie this app never wrote is refused before the account is made (it was a 500 after the user row was written).
    for (const cookie of ["eks_learner=a.b.c", "eks_learner=%E0%A4%A", `eks_learner=${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}.forged`]) {
      const forged = await visitor.auth("sign-up/email", { email: email("forged"), password: "correct horse battery", name: "x" }, { cookie });
      expect([forged.status, forged.json.error.code], cookie).toEqual([400, "invalid_cookie"]);
      expect((await visitor.auth("sign-in/email", { email: "nobody@example.com", password: "correct horse battery" }, { cookie })).status).toBe(400);
    }
    expect(await app.db.user.count()).toBe(before);
  });

  it("a guest who signs up keeps attempts, answers, lessons and review schedule", async () => {
    const guest = new Learner(app);
    const attemptId = await practise(app, guest, ["arch-003", "arch-004"]);
    expect((await guest.complete({ module: "architecture", lesson: "control-plane", completed: true })).status).toBeLessThan(300);
    const guestId = guest.cookie.match(/eks_learner=([^.;]+)/)![1]!;
    const guestCookie = guest.cookie;
    const before = await learnerRows(app, guestId);
    expect(before).toMatchObject({ attempts: 1, answers: 2, completions: 1, cards: 1 });
    const progressBefore = (await guest.progress()).json;

    const address = email("guest");
    expect((await guest.signUp(address)).status).toBe(200);
    expect(guest.cookie).not.toContain("eks_learner=");
    const learner = await app.db.learner.findFirstOrThrow({ where: { user: { email: address } } });
    expect(await learnerRows(app, learner.id)).toEqual(before);
    // the guest learner is gone: its old cookie names nobody
    expect(await app.db.learner.findUnique({ where: { id: guestId } })).toBeNull();
    const stale = new Learner(app);
    stale.cookie = guestCookie;
    expect((await stale.progress()).json.missedCount).toBe(0);
    expect((await stale.state(attemptId)).status).toBe(404);
    expect((await guest.progress()).json).toEqual(progressBefore);
    expect((await guest.send(app.routes.review.GET as never, { headers: { "x-test-now": new Date(Date.now() + 3_600_000).toISOString() } })).json.count).toBe(1);

    // signed out, the browser is a fresh visitor: no progress leaks to whoever uses it next
    expect((await guest.auth("sign-out", {})).status).toBe(200);
    expect((await guest.me()).json.user).toBeNull();
    expect((await guest.progress()).json.missedCount).toBe(0);
  });

  it("a guest who signs into an account with its own progress is merged in without duplicates", async () => {
    const address = email("merge");
    const owner = new Learner(app);
    await owner.signUp(address);
    await practise(app, owner, ["arch-003", "elb-003"]); // arch-003 wrong → review card; elb-003 right
    await owner.complete({ module: "architecture", lesson: "control-plane", completed: true });
    const accountLearner = await app.db.learner.findFirstOrThrow({ where: { user: { email: address } } });
    const accountBefore = await learnerRows(app, accountLearner.id);
    expect(accountBefore).toMatchObject({ attempts: 1, answers: 2, completions: 1, cards: 1 });
    const ownCard = await app.db.reviewCard.findUniqueOrThrow({ where: { learnerId_questionId: { learnerId: accountLearner.id, questionId: "arch-003" } } });

    // Later, on another device, as a guest: the same lesson, the same missed question, and new ones.
    const device = new Learner(app);
    await practise(app, device, ["arch-003", "arch-004"]);
    await practise(app, device, ["elb-004", "elb-005"]);
    await device.complete({ module: "architecture", lesson: "control-plane", completed: true });
    await device.complete({ module: "architecture", lesson: "data-plane", completed: true });
    const guestId = device.cookie.match(/eks_learner=([^.;]+)/)![1]!;
    const guestCard = await app.db.reviewCard.findUniqueOrThrow({ where: { learnerId_questionId: { learnerId: guestId, questionId: "arch-003" } } });
    expect(guestCard.createdAt.getTime()).toBeGreaterThanOrEqual(ownCard.createdAt.getTime());

    expect((await device.signIn(address)).status).toBe(200);
    expect(device.cookie).not.toContain("eks_learner=");
    expect(await app.db.learner.findUnique({ where: { id: guestId } })).toBeNull();
    const after = await learnerRows(app, accountLearner.id);
    expect(after.attempts).toBe(3);
    expect(after.answers).toBe(6);
    expect(after.completions).toBe(2); // control-plane once, data-plane added
    // arch-003 (both), elb-004 (guest): one card per question
    expect(after.cards).toBe(2);
    const merged = await app.db.reviewCard.findUniqueOrThrow({ where: { learnerId_questionId: { learnerId: accountLearner.id, questionId: "arch-003" } } });
    expect(merged.createdAt.getTime()).toBe(guestCard.createdAt.getTime()); // the fresher card won
    // both devices now see the same progress
    expect((await owner.progress()).json).toEqual((await device.progress()).json);
    // signing in again with no guest changes nothing
    const third = new Learner(app);
    await third.signIn(address);
    expect(await learnerRows(app, accountLearner.id)).toEqual(after);
  });

  it("signs out everywhere and changes passwords; a wrong current password changes nothing", async () => {
    const address = email("devices");
    const laptop = new Learner(app);
    const phone = new Learner(app);
    await laptop.signUp(address);
    expect((await phone.signIn(address)).status).toBe(200);
    expect((await phone.me()).json.user?.email).toBe(address);

    const wrong = await laptop.auth("change-password", { currentPassword: "not my password", newPassword: "a brand new secret" });
    expect(wrong.status).toBe(400);
    expect((await new Learner(app).signIn(address)).status).toBe(200);

    const changed = await laptop.auth("change-password", { currentPassword: "correct horse battery", newPassword: "a brand new secret", revokeOtherSessions: true });
    expect(changed.status).toBe(200);
    expect((await phone.me()).json.user).toBeNull();
    expect((await laptop.me()).json.user?.email).toBe(address);
    expect((await new Learner(app).signIn(address)).status).toBe(401);
    expect((await new Learner(app).signIn(address, "a brand new secret")).status).toBe(200);

    const tablet = new Learner(app);
    await tablet.signIn(address, "a brand new secret");
    expect((await laptop.auth("revoke-sessions", {})).status).toBe(200);
    expect((await tablet.me()).json.user).toBeNull();
    expect((await laptop.me()).json.user).toBeNull();
    expect(await app.db.session.count({ where: { user: { email: address } } })).toBe(0);
  });

  it("extends a session that is in use, and only then", async () => {
    const address = email("refresh");
    const me = new Learner(app);
    await me.signUp(address);
    const DAY = 24 * 60 * 60 * 1000;
    const fresh = await app.db.session.findFirstOrThrow({ where: { user: { email: address } } });
    const unchanged = await me.me();
    expect(unchanged.headers.getSetCookie()).toEqual([]);
    expect((await app.db.session.findUniqueOrThrow({ where: { id: fresh.id } })).expiresAt).toEqual(fresh.expiresAt);
    // 29 days later (one left): the next page view pushes expiry a full 30 days out again
    await app.db.session.update({ where: { id: fresh.id }, data: { expiresAt: new Date(Date.now() + DAY) } });
    const refreshed = await me.me();
    expect(refreshed.json.user.email).toBe(address);
    expect(refreshed.headers.getSetCookie().some((c) => c.startsWith("eks.session_token="))).toBe(true);
    const after = await app.db.session.findUniqueOrThrow({ where: { id: fresh.id } });
    expect(after.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
  });

  it("rate-limits sign-in per client address, in the API's error shape", async () => {
    const address = email("limit");
    await new Learner(app).signUp(address);
    const attacker = new Learner(app, "10.99.0.1");
    const responses = [];
    // one guess at each of many accounts: only the per-address limit applies
    for (let i = 0; i < 12; i++) responses.push(await attacker.signIn(email(`limit-${i}`), `guess number ${i}`));
    expect(responses.slice(0, 10).map((r) => r.status)).toEqual(Array(10).fill(401));
    expect(responses[0]!.json).toEqual({ error: { code: "INVALID_EMAIL_OR_PASSWORD", message: expect.any(String) } });
    expect(responses.slice(10).map((r) => r.status)).toEqual([429, 429]);
    expect(responses[10]!.json.error.code).toBe("rate_limited");
    expect(Number(responses[10]!.headers.get("retry-after"))).toBeGreaterThan(0);
    // the real owner, elsewhere, is not locked out
    expect((await new Learner(app, "10.99.0.2").signIn(address)).status).toBe(200);
  });

  it("locks one account's sign-in after repeated failures from any address, and lets the owner in once it expires", async () => {
    const address = email("spread");
    await new Learner(app).signUp(address);
    const at = (iso: string) => ({ "x-test-now": iso });
    const guess = (i: number, when: string) => new Learner(app, `10.98.${i}.1`).auth("sign-in/email", { email: address, password: `guess ${i}` }, at(when));
    // five wrong guesses, each from a different address (no per-address limit is reached)
    for (let i = 0; i < 5; i++) expect((await guess(i, "2030-01-01T10:00:00Z")).status).toBe(401);
    const rows = await app.db.signInThrottle.findMany();
    expect(JSON.stringify(rows)).not.toContain(address);
    // now locked: even the right password is refused, without being checked
    const owner = new Learner(app, "10.98.200.1");
    const refused = await owner.auth("sign-in/email", { email: address.toUpperCase(), password: "correct horse battery" }, at("2030-01-01T10:00:30Z"));
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe("account_locked");
    expect(Number(refused.headers.get("retry-after"))).toBe(30);
    expect(await app.db.session.count({ where: { user: { email: address } } })).toBe(1);
    // a sixth wrong guess after the lock doubles it
    expect((await guess(6, "2030-01-01T10:01:01Z")).status).toBe(401);
    const records = await app.db.signInThrottle.count();
    expect((await owner.auth("sign-in/email", { email: address, password: "correct horse battery" }, at("2030-01-01T10:02:30Z"))).status).toBe(429);
    // once the lock is over the right password works, and clears the record
    expect((await owner.auth("sign-in/email", { email: address, password: "correct horse battery" }, at("2030-01-01T10:03:02Z"))).status).toBe(200);
    expect(await app.db.signInThrottle.count()).toBe(records - 1);
  });

  it("refuses state changes from other sites", async () => {
    const address = email("csrf");
    const victim = new Learner(app);
    await victim.signUp(address);
    const evil = { origin: "https://evil.example" };
    expect((await victim.auth("change-password", { currentPassword: "correct horse battery", newPassword: "attacker chosen pw" }, evil)).status).toBe(403);
    expect((await new Learner(app).signIn(address)).status).toBe(200);
    const del = await victim.send(app.routes.deleteAccount.POST as never, { body: { password: "correct horse battery" }, headers: evil });
    expect(del.status).toBe(403);
    expect(await app.db.user.count({ where: { email: address } })).toBe(1);
  });

  it("exports everything of the account, without secrets", async () => {
    const address = email("export");
    const me = new Learner(app);
    expect((await me.exportData()).status).toBe(401);
    await me.signUp(address);
    const attemptId = await practise(app, me, ["arch-003", "arch-004"]);
    await me.complete({ module: "architecture", lesson: "control-plane", completed: true });
    const res = await me.exportData();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="eks-course-data-/);
    const data = res.json;
    expect(data.user.email).toBe(address);
    expect(data.attempts).toHaveLength(1);
    expect(data.attempts[0].id).toBe(attemptId);
    expect(data.attempts[0].questions.map((q: { questionId: string }) => q.questionId).sort()).toEqual(["arch-003", "arch-004"]);
    expect(data.attempts[0].questions.every((q: { answer: unknown }) => q.answer !== null)).toBe(true);
    expect(data.completedLessons).toEqual([expect.objectContaining({ module: "architecture", lesson: "control-plane" })]);
    expect(data.reviewSchedule).toHaveLength(1);
    const session = await app.db.session.findFirstOrThrow({ where: { user: { email: address } } });
    const account = await app.db.account.findFirstOrThrow({ where: { user: { email: address } } });
    expect(res.text).not.toContain(session.token);
    expect(res.text).not.toContain(account.password!);
  });

  it("deletes the account and everything of it, only with the right password", async () => {
    const address = email("delete");
    const leaving = new Learner(app);
    const staying = new Learner(app);
    await staying.signUp(email("stay"));
    await practise(app, staying, ["arch-003", "arch-004"]);
    const stayingBefore = await learnerRows(app, (await app.db.learner.findFirstOrThrow({ where: { user: { email: { startsWith: "stay-" } } }, orderBy: { createdAt: "desc" } })).id);

    await practise(app, leaving, ["arch-003", "arch-004"]); // as a guest first
    await leaving.signUp(address);
    await leaving.complete({ module: "architecture", lesson: "control-plane", completed: true });
    await leaving.auth("request-password-reset", { email: address, redirectTo: "/en/reset-password" });
    const user = await app.db.user.findUniqueOrThrow({ where: { email: address }, include: { learner: true } });
    const learnerId = user.learner!.id;
    await app.db.bookmark.create({ data: { learnerId, kind: "lesson", target: "architecture/control-plane" } });
    expect((await learnerRows(app, learnerId)).answers).toBe(2);

    expect((await leaving.deleteAccount({})).status).toBe(400);
    expect((await leaving.deleteAccount({ password: "not the password" })).status).toBe(403);
    expect(await app.db.user.count({ where: { id: user.id } })).toBe(1);
    expect((await learnerRows(app, learnerId)).answers).toBe(2);

    const res = await leaving.deleteAccount({ password: "correct horse battery" });
    expect(res.status).toBe(200);
    expect((await leaving.me()).json.user).toBeNull();
    const db = app.db;
    const remaining = await Promise.all([
      db.user.count({ where: { id: user.id } }),
      db.session.count({ where: { userId: user.id } }),
      db.account.count({ where: { userId: user.id } }),
      db.learner.count({ where: { OR: [{ id: learnerId }, { userId: user.id }] } }),
      db.attempt.count({ where: { learnerId } }),
      db.answer.count({ where: { learnerId } }),
      db.lessonCompletion.count({ where: { learnerId } }),
      db.reviewCard.count({ where: { learnerId } }),
      db.bookmark.count({ where: { learnerId } }),
      db.verification.count({ where: { OR: [{ identifier: address }, { value: user.id }] } }),
    ]);
    expect(remaining).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // someone else's records are untouched
    const stayingLearner = await app.db.learner.findFirstOrThrow({ where: { user: { email: { startsWith: "stay-" } } }, orderBy: { createdAt: "desc" } });
    expect(await learnerRows(app, stayingLearner.id)).toEqual(stayingBefore);
  });

  it("keeps each learner to their own records and the instructor area to instructors", async () => {
    const alice = new Learner(app);
    const bob = new Learner(app);
    await alice.signUp(email("alice"));
    await bob.signUp(email("bob"));
    const { json: attempt } = await alice.start({ mode: "practice", questionIds: ["arch-003", "arch-004"], feedback: "instant" });
    expect((await bob.state(attempt.id)).status).toBe(404);
    expect((await bob.answer(attempt.id, answerFor(app, attempt.questions[0], true))).status).toBe(404);
    expect(await app.db.answer.count({ where: { item: { attemptId: attempt.id } } })).toBe(0);

    expect((await new Learner(app).instructorOverview()).status).toBe(401);
    expect((await bob.instructorOverview()).status).toBe(403);
    const { createOrUpdateUser } = await import("@/lib/account/users");
    const teacherEmail = email("teacher");
    await createOrUpdateUser(app.db, { email: teacherEmail, password: "instructor pass 1", role: "instructor" });
    const teacher = new Learner(app);
    expect((await teacher.signIn(teacherEmail, "instructor pass 1")).status).toBe(200);
    const overview = await teacher.instructorOverview();
    expect(overview.status).toBe(200);
    expect(overview.json.accounts).toBeGreaterThanOrEqual(3);
    // user:create on an existing account changes its role and password, nothing else
    const bobEmail = (await bob.me()).json.user.email as string;
    const updated = await createOrUpdateUser(app.db, { email: bobEmail, password: "bob's new password", role: "instructor" });
    expect(updated.created).toBe(false);
    expect(await app.db.user.count({ where: { email: bobEmail } })).toBe(1);
    expect(await app.db.account.count({ where: { user: { email: bobEmail } } })).toBe(1);
    const bobAgain = new Learner(app);
    expect((await bobAgain.signIn(bobEmail)).status).toBe(401);
    expect((await bobAgain.signIn(bobEmail, "bob's new password")).status).toBe(200);
    expect((await bobAgain.instructorOverview()).status).toBe(200);
    // the role cannot be chosen at sign-up
    const sneaky = new Learner(app);
    const sneakyEmail = email("sneaky");
    await sneaky.auth("sign-up/email", { email: sneakyEmail, password: "correct horse battery", name: "S", role: "instructor" });
    expect((await app.db.user.findUnique({ where: { email: sneakyEmail } }))?.role ?? "learner").toBe("learner");
    expect((await sneaky.instructorOverview()).status).not.toBe(200);
  });
});

describe("accounts behind HTTPS", () => {
  let app: App;
  beforeAll(async () => {
    process.env.SITE_URL = "https://course.example.com";
    app = await startApp("sqlite");
  });
  afterAll(async () => {
    await app.stop();
    delete process.env.SITE_URL;
  });

  it("marks the session cookie Secure with the __Secure- prefix, and still recognises it", async () => {
    const me = new Learner(app);
    const address = email("https");
    const res = await me.signUp(address);
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("__Secure-eks.session_token="));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect((await me.me()).json.user?.email).toBe(address);
  });

  it("marks the guest cookie Secure too, although the request itself arrived over plain HTTP (TLS ends at the load balancer)", async () => {
    const guest = new Learner(app);
    const res = await guest.send(app.routes.attempts.POST as never, { body: { mode: "practice", module: "autoscaling", count: 1 } });
    expect(res.status).toBe(201);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("eks_learner="));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });
});
