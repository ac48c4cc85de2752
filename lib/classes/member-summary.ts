import "server-only";
import type { Db } from "../db";
import { weighAnswers } from "../dashboard/evidence";
import { estimateReadiness } from "../dashboard/readiness";
import { listModules } from "../course/queries";
import { getModuleCatalogue } from "../quiz/catalogue";
import { countedAnswerWhere } from "../quiz/counted";
import { listLatestAnswers, type LatestAnswer } from "../quiz/latest-answers";
import { getReviewQueue } from "../review/queue";

/**
 * What an instructor sees about one learner in a class — and, on the learner's own account page,
 * exactly the same object (lib/classes/queries.ts uses this one function for both). Nothing else:
 * no answers, no attempts one by one, no bookmarks.
 */
export type MemberSummary = {
  userId: string;
  name: string;
  email: string;
  joinedAt: Date;
  modules: { module: string; lessonsCompleted: number; lessonsTotal: number; answered: number; correct: number }[];
  practice: { attempts: number; averagePercent: number | null };
  exam: { attempts: number; latestPercent: number | null; bestPercent: number | null };
  /** estimated chance of passing (the dashboard's readiness), or null without enough answers */
  readiness: number | null;
  reviewDue: number;
  lastActive: Date | null;
};

const percent = (score: number | null, total: number) => (total > 0 ? Math.round(((score ?? 0) / total) * 100) : 0);
const latestOf = (...dates: (Date | null | undefined)[]) => dates.reduce<Date | null>((best, d) => (d && (!best || d > best) ? d : best), null);

export async function summariseMember(
  db: Db,
  member: { userId: string; name: string; email: string; joinedAt: Date },
  now: Date,
): Promise<{ summary: MemberSummary; latest: LatestAnswer[] }> {
  const learner = await db.learner.findUnique({ where: { userId: member.userId }, select: { id: true } });
  const outline = listModules("en");
  const learnerId = learner?.id ?? null;
  const latestPromise = learnerId ? listLatestAnswers(db, learnerId, now) : Promise.resolve([]);
  const [latest, completions, attempts, review, lastAnswer, lastCompletion, lastAttempt] = learnerId
    ? await Promise.all([
        latestPromise,
        db.lessonCompletion.groupBy({ by: ["module"], where: { learnerId }, _count: { _all: true } }),
        db.attempt.findMany({ where: { learnerId, submittedAt: { not: null } }, select: { mode: true, score: true, total: true, submittedAt: true }, orderBy: { submittedAt: "asc" } }),
        getReviewQueue(db, learnerId, now, latestPromise),
        db.answer.aggregate({ where: { learnerId, ...countedAnswerWhere(now) }, _max: { answeredAt: true } }),
        db.lessonCompletion.aggregate({ where: { learnerId }, _max: { completedAt: true } }),
        db.attempt.aggregate({ where: { learnerId }, _max: { startedAt: true } }),
      ])
    : [[], [], [], { count: 0 }, null, null, null];

  const done = new Map(completions.map((c) => [c.module, c._count._all]));
  const slugs = outline.map((m) => m.slug);
  const byModule = new Map(slugs.map((slug) => [slug, { answered: 0, correct: 0 }]));
  for (const answer of latest) {
    const entry = byModule.get(answer.module);
    if (!entry) continue;
    entry.answered++;
    if (answer.correct) entry.correct++;
  }
  const weights = Object.fromEntries(getModuleCatalogue().map((m) => [m.slug, m.weight]));
  const readiness = estimateReadiness(weighAnswers(latest, slugs, now), weights);
  const practice = attempts.filter((a) => a.mode === "practice" || a.mode === "missed");
  const exams = attempts.filter((a) => a.mode === "exam");
  const examPercents = exams.map((a) => percent(a.score, a.total));
  return {
    latest,
    summary: {
      ...member,
      modules: outline.map((m) => ({ module: m.slug, lessonsCompleted: Math.min(done.get(m.slug) ?? 0, m.lessons.length), lessonsTotal: m.lessons.length, ...byModule.get(m.slug)! })),
      practice: { attempts: practice.length, averagePercent: practice.length ? Math.round(practice.reduce((n, a) => n + percent(a.score, a.total), 0) / practice.length) : null },
      exam: { attempts: exams.length, latestPercent: examPercents.at(-1) ?? null, bestPercent: examPercents.length ? Math.max(...examPercents) : null },
      readiness: readiness.overall.probability,
      reviewDue: review.count,
      lastActive: latestOf(lastAnswer?._max.answeredAt, lastCompletion?._max.completedAt, lastAttempt?._max.startedAt),
    },
  };
}
