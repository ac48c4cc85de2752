import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, Learner, startApp, type App } from "./app";
import { engines } from "./databases";

/**
 * Certificates on both engines: who qualifies (every lesson, a submitted full exam at or above the
 * pass line), issuance that is idempotent and re-checked on the server, refusals that write nothing,
 * the public verification lookup, and revocation by deleting the account.
 */
let counter = 0;
const email = (tag: string) => `${tag}-${Date.now().toString(36)}-${counter++}@example.com`;
const ORIGIN = "http://127.0.0.1:3000";
const PASSWORD = "correct horse battery";

type Routes = typeof import("@/app/api/certificates/route");
type Handler = Parameters<Learner["send"]>[0];

describe.each(engines)("certificates on %s", (engine) => {
  let app: App;
  let routes: Routes;
  let lessons: { module: string; lesson: string }[];
  let queries: typeof import("@/lib/certificates/queries");

  beforeAll(async () => {
    app = await startApp(engine);
    routes = await import("@/app/api/certificates/route");
    queries = await import("@/lib/certificates/queries");
    const { listModules } = await import("@/lib/course/queries");
    lessons = listModules("en").flatMap((m) => m.lessons.map((l) => ({ module: m.slug, lesson: l.slug })));
  });
  afterAll(async () => app.stop());

  const status = (learner: Learner) => learner.send(routes.GET as unknown as Handler);
  const issue = (learner: Learner, body: unknown = { name: "Ada Lovelace" }, headers: Record<string, string> = { origin: ORIGIN }) =>
    learner.send(routes.POST as unknown as Handler, { body, headers });

  async function signedUp(tag: string) {
    const learner = new Learner(app);
    expect((await learner.signUp(email(tag))).status).toBe(200);
    return learner;
  }
  async function completeLessons(learner: Learner, except = 0) {
    for (const lesson of lessons.slice(except)) expect((await learner.complete({ ...lesson, completed: true })).status).toBe(200);
  }
  /** Starts an exam and answers `rightShare` of it correctly; returns the attempt (still open). */
  async function takeExam(learner: Learner, rightShare: number, body: Record<string, unknown> = {}) {
    const { json: exam, status: code } = await learner.start({ mode: "exam", ...body });
    expect(code).toBe(201);
    const right = Math.round(exam.questions.length * rightShare);
    for (const [i, q] of exam.questions.entries()) expect((await learner.answer(exam.id, answerFor(app, q, i < right))).status).toBe(200);
    return exam as { id: string; questions: unknown[] };
  }
  const certificateRows = () => app.db.certificate.count();

  it("issues a certificate only after every lesson and a submitted full exam at the pass line, once", { timeout: 180_000 }, async () => {
    const learner = await signedUp("cert");
    const before = await status(learner);
    expect(before.status).toBe(200);
    expect(before.json.certificate).toBeNull();
    expect(before.json.eligibility).toMatchObject({ eligible: false, bestExam: null, passLine: 720, minQuestions: 30, lessons: { completed: 0, total: lessons.length } });

    // Every lesson but one, and a perfect exam that is still open: nothing yet, and nothing written.
    await completeLessons(learner, 1);
    const exam = await takeExam(learner, 1);
    expect(exam.questions).toHaveLength(30);
    const open = await issue(learner);
    expect(open.status).toBe(403);
    expect(open.json.error.code).toBe("not_eligible");
    expect((await status(learner)).json.eligibility.bestExam).toBeNull(); // an open exam reveals nothing
    expect((await learner.submit(exam.id)).status).toBe(200);
    const oneLessonShort = await issue(learner);
    expect(oneLessonShort.status).toBe(403);
    expect(oneLessonShort.json.error.message).toContain(`${lessons.length - 1} of ${lessons.length}`);
    expect(await certificateRows()).toBe(0);

    await completeLessons(learner);
    const ready = (await status(learner)).json.eligibility;
    expect(ready).toMatchObject({ eligible: true, bestExam: { attemptId: exam.id, scaledScore: 1000 } });

    const first = await issue(learner, { name: "  Ada Lovelace  " });
    expect(first.status).toBe(201);
    const certificate = first.json.certificate;
    expect(certificate).toMatchObject({ name: "Ada Lovelace", course: "eks-exam-prep", scaledScore: 1000 });
    expect(certificate.id).toMatch(/^[A-Za-z0-9_-]{24}$/); // 18 random bytes
    expect(certificate.verifyPath).toBe(`/verify/${certificate.id}`);

    // Idempotent: the same certificate comes back, with the name it was issued to.
    const again = await issue(learner, { name: "Somebody Else" });
    expect(again.status).toBe(200);
    expect(again.json.certificate).toEqual(certificate);
    const [third, fourth] = await Promise.all([issue(learner), issue(learner)]);
    expect([third.status, fourth.status]).toEqual([200, 200]);
    expect(await certificateRows()).toBe(1);
    expect((await status(learner)).json.certificate).toEqual(certificate);

    // The public lookup shows name, date and course only.
    const found = await queries.findPublicCertificate(app.db, certificate.id);
    expect(Object.keys(found!).sort()).toEqual(["course", "id", "issuedAt", "name"]);
    expect(found!.name).toBe("Ada Lovelace");
    expect(await queries.findPublicCertificate(app.db, certificate.id.replace(/^./, (c: string) => (c === "A" ? "B" : "A")))).toBeNull();
    expect(await queries.findPublicCertificate(app.db, "not-an-id")).toBeNull();

    // The export carries it; deleting the account revokes it.
    const exported = await learner.exportData();
    expect(exported.json.certificate).toMatchObject({ id: certificate.id, name: "Ada Lovelace", verifyPath: certificate.verifyPath });
    const deleted = await learner.deleteAccount({ password: PASSWORD });
    expect(deleted.status).toBe(200);
    expect(await queries.findPublicCertificate(app.db, certificate.id)).toBeNull();
    expect(await certificateRows()).toBe(0);
  });

  it("counts only full exams at the standard pace that reach the pass line", { timeout: 180_000 }, async () => {
    const learner = await signedUp("partial");
    await completeLessons(learner);
    // Below the pass line (50% right is an estimate of 543).
    const low = await takeExam(learner, 0.5);
    await learner.submit(low.id);
    let eligibility = (await status(learner)).json.eligibility;
    expect(eligibility).toMatchObject({ eligible: false, bestExam: { attemptId: low.id } });
    expect(eligibility.bestExam.scaledScore).toBeLessThan(720);
    // Perfect but too short, or perfect with a generous clock: not a full simulation.
    const short = await takeExam(learner, 1, { count: 10 });
    await learner.submit(short.id);
    const slow = await takeExam(learner, 1, { count: 30, timeLimitSeconds: 30 * 120 + 60 });
    await learner.submit(slow.id);
    eligibility = (await status(learner)).json.eligibility;
    expect(eligibility.eligible).toBe(false);
    expect(eligibility.bestExam.attemptId).toBe(low.id);
    expect((await issue(learner)).status).toBe(403);
    expect(await certificateRows()).toBe(0);

    // A longer exam at the pace, past its deadline without a submit, counts as finished.
    const late = new Date(Date.now() + 2 * 3600 * 1000);
    const long = await takeExam(learner, 0.9, { count: 40 });
    const afterDeadline = await learner.send(routes.POST as unknown as Handler, { body: { name: "Grace Hopper" }, headers: { origin: ORIGIN, "x-test-now": late.toISOString() } });
    expect(afterDeadline.status).toBe(201);
    expect(afterDeadline.json.certificate.scaledScore).toBe(907);
    const row = await app.db.certificate.findFirstOrThrow({ where: { id: afterDeadline.json.certificate.id } });
    expect(row.attemptId).toBe(long.id);
    await app.db.certificate.deleteMany({});
  });

  it("refuses bad requests with a 4xx JSON error and writes nothing", { timeout: 180_000 }, async () => {
    const guest = new Learner(app);
    await guest.complete({ ...lessons[0]!, completed: true });
    const learner = await signedUp("refuse");
    await completeLessons(learner);
    const exam = await takeExam(learner, 1);
    await learner.submit(exam.id);
    const rows = async () => ({ certificates: await certificateRows(), learners: await app.db.learner.count(), users: await app.db.user.count() });
    const start = await rows();

    const refusals: [Learner, unknown, Record<string, string>, number, string][] = [
      [new Learner(app), { name: "Ada" }, { origin: ORIGIN }, 401, "unauthenticated"],
      [guest, { name: "Ada" }, { origin: ORIGIN }, 401, "unauthenticated"],
      [learner, { name: "Ada" }, { origin: "https://evil.example" }, 403, "cross_origin"],
      [learner, { name: "" }, { origin: ORIGIN }, 400, "validation_failed"],
      [learner, { name: "   " }, { origin: ORIGIN }, 400, "validation_failed"],
      [learner, { name: "ada@example.com" }, { origin: ORIGIN }, 400, "validation_failed"],
      [learner, { name: "x".repeat(101) }, { origin: ORIGIN }, 400, "validation_failed"],
      [learner, { name: "Ada\u0007" }, { origin: ORIGIN }, 400, "validation_failed"],
      [learner, { name: "Ada", userId: "someone-else" }, { origin: ORIGIN }, 400, "validation_failed"],
      [learner, { name: 42 }, { origin: ORIGIN }, 400, "validation_failed"],
      [learner, [], { origin: ORIGIN }, 400, "validation_failed"],
    ];
    for (const [who, body, headers, code, error] of refusals) {
      const res = await issue(who, body, headers);
      expect([res.status, res.json?.error?.code], JSON.stringify(body)).toEqual([code, error]);
      expect(typeof res.json.error.message).toBe("string");
    }
    const wrongType = await learner.send(routes.POST as unknown as Handler, { raw: "name=Ada", headers: { origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" } });
    expect(wrongType.status).toBe(415);
    expect((await status(new Learner(app))).status).toBe(401);
    expect(await rows()).toEqual(start);
    // The same learner with a good request gets one.
    expect((await issue(learner)).status).toBe(201);
    expect((await rows()).certificates).toBe(start.certificates + 1);
  });
});
