import { listLabs } from "@/lib/labs/catalogue";
import { answerFor, Learner, type App } from "./app";

type Handler = Parameters<Learner["send"]>[0];
const h = (fn: unknown) => fn as Handler;
export const ERIN_PASSWORD = "erin's own passphrase";

/**
 * The people and records the fuzz aims at: a guest with an open practice, a submitted exam and one
 * past its deadline; a second guest; signed-in learners (one in a class, one whose session may be
 * ended); two instructors, each with classes, so instructor endpoints are reached past the role check.
 */
export async function buildFuzzScene(app: App, tag: string) {
  const alice = new Learner(app);
  const practice = (await alice.start({ mode: "practice", module: "autoscaling", count: 3 })).json;
  await alice.answer(practice.id, answerFor(app, practice.questions[0], false));
  const submitted = (await alice.start({ mode: "exam", count: 2 })).json;
  await alice.submit(submitted.id);
  const expired = (await alice.send(h(app.routes.attempts.POST), { body: { mode: "exam", count: 2, timeLimitSeconds: 10 }, headers: { "x-test-now": new Date(Date.now() - 3_600_000).toISOString() } })).json;
  // Its deadline passed: the first touch submits it (at the deadline). Done here, so the fuzz starts from that state.
  await alice.state(expired.id);
  const openExam = (await alice.start({ mode: "exam", count: 2 })).json;
  await alice.reviewQueue();
  // Three failed checks of a lab: its solution may now be revealed to Alice (and to no one else).
  const lab = listLabs()[0]!;
  for (let i = 0; i < 3; i++) await alice.send(h(app.routes.labCheck.POST), { body: { labId: lab.id, manifest: lab.starter } });
  const practiceAnswer = answerFor(app, practice.questions[0], false);
  const bob = new Learner(app);
  await bob.complete({ module: "autoscaling", lesson: "vpa-and-hpa", completed: true });
  const carol = new Learner(app);
  await carol.signUp(`fuzz-carol-${tag}@example.com`);
  const dave = new Learner(app);
  await dave.signUp(`fuzz-dave-${tag}@example.com`);
  // Erin's password is hers alone, so only a request with her session can delete her account.
  const erin = new Learner(app);
  await erin.signUp(`fuzz-erin-${tag}@example.com`, ERIN_PASSWORD);

  const { createOrUpdateUser } = await import("@/lib/account/users");
  const instructor = async (name: string) => {
    const email = `fuzz-${name}-${tag}@example.com`;
    await createOrUpdateUser(app.db, { email, password: "instructor pass 1", role: "instructor", name });
    const who = new Learner(app);
    if ((await who.signIn(email, "instructor pass 1")).status !== 200) throw new Error(`could not sign ${name} in`);
    return who;
  };
  const ivy = await instructor("ivy");
  const olga = await instructor("olga");
  const classes = await import("@/app/api/instructor/classes/route");
  const join = await import("@/app/api/classes/join/route");
  const create = async (who: Learner, name: string) => (await who.send(h(classes.POST), { body: { name } })).json as { id: string; inviteCode: string };
  const kept = await create(ivy, "Fuzz cohort");
  const spare = await create(ivy, "Fuzz spare");
  const others = await create(olga, "Olga's class");
  if ((await carol.send(h(join.POST), { body: { code: kept.inviteCode } })).status !== 200) throw new Error("carol could not join");

  return { alice, bob, carol, dave, erin, ivy, olga, practice, submitted, expired, openExam, classes: { kept, spare, others }, lab, practiceAnswer };
}
