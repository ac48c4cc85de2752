import "server-only";
import { getBookmarkView, type BookmarkView } from "../bookmarks/queries";
import { listModules, type ModuleSummary } from "../course/queries";
import type { Db } from "../db";
import type { Locale } from "../i18n/locales";
import { getProgress } from "../progress/queries";
import type { AttemptMode } from "../quiz/api-types";
import { closeIfExpired } from "../quiz/attempts";
import { getModuleCatalogue } from "../quiz/catalogue";
import { listLatestAnswers } from "../quiz/latest-answers";
import { getReviewQueue } from "../review/queue";
import { computeStrength, weighAnswers } from "./evidence";
import { buildScoreHistory, listRecentAttempts, type ScorePoint, type SubmittedAttempt } from "./history";
import { pickContinue, suggestNextStudy, totalProgress, type ContinueTarget, type OutlineModule, type ProgressTotals, type StudySuggestion } from "./plan";
import { estimateReadiness, type ModuleReadiness, type OverallReadiness } from "./readiness";

/** The score history shows at most this many attempts (the most recent). */
const HISTORY_LIMIT = 100;

export type DashboardModule = {
  slug: string;
  title: string;
  href: string;
  lessonsTotal: number;
  lessonsCompleted: number;
  answered: number;
  /** latest answer per question right */
  right: number;
  /** recency-weighted accuracy, 0–1, or null without answers */
  strength: number | null;
  readiness: ModuleReadiness;
};

export type Dashboard = {
  /** false for a visitor who has done nothing yet */
  active: boolean;
  outline: ModuleSummary[];
  modules: DashboardModule[];
  totals: ProgressTotals;
  overall: OverallReadiness;
  continueTarget: ContinueTarget;
  recent: ScorePoint[];
  history: ScorePoint[];
  suggestion: StudySuggestion | null;
  reviewDue: number;
  bookmarks: BookmarkView;
};

async function listSubmittedAttempts(db: Db, learnerId: string, now: Date): Promise<SubmittedAttempt[]> {
  // A timed attempt past its deadline counts as submitted at its deadline: close any such now.
  const expired = await db.attempt.findMany({ where: { learnerId, submittedAt: null, deadline: { lte: now } }, select: { id: true, deadline: true, submittedAt: true } });
  for (const attempt of expired) await closeIfExpired(db, attempt, now);
  const rows = await db.attempt.findMany({
    where: { learnerId, submittedAt: { not: null } },
    select: { id: true, mode: true, module: true, submittedAt: true, score: true, total: true },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    take: HISTORY_LIMIT,
  });
  return rows.map((r) => ({ ...r, mode: r.mode as AttemptMode, submittedAt: r.submittedAt! }));
}

async function findUnfinishedAttempt(db: Db, learnerId: string, now: Date) {
  const row = await db.attempt.findFirst({
    where: { learnerId, submittedAt: null, OR: [{ deadline: null }, { deadline: { gt: now } }] },
    select: { id: true, mode: true, module: true },
    orderBy: [{ startedAt: "desc" }, { id: "asc" }],
  });
  return row ? { ...row, mode: row.mode as AttemptMode } : null;
}

/** Everything the dashboard shows, for one learner (or an empty dashboard for a visitor), at `now`. */
export async function getDashboard(db: Db, learnerId: string | null, locale: Locale, now: Date): Promise<Dashboard> {
  const outline = listModules(locale);
  const plan: OutlineModule[] = outline.map((m) => ({ slug: m.slug, lessons: m.lessons.map((l) => l.slug) }));
  const weights = Object.fromEntries(getModuleCatalogue().map((m) => [m.slug, m.weight]));

  // Progress, strength and the review queue all start from the latest answers: read them once.
  const latestAnswers = learnerId ? listLatestAnswers(db, learnerId, now) : Promise.resolve([]);
  const [progress, latest, submitted, unfinished, lastCompleted, review, bookmarks] = learnerId
    ? await Promise.all([
        getProgress(db, learnerId, now, latestAnswers),
        latestAnswers,
        listSubmittedAttempts(db, learnerId, now),
        findUnfinishedAttempt(db, learnerId, now),
        db.lessonCompletion.findFirst({ where: { learnerId }, select: { module: true, lesson: true }, orderBy: [{ completedAt: "desc" }, { lesson: "asc" }] }),
        getReviewQueue(db, learnerId, now, latestAnswers),
        getBookmarkView(db, learnerId, locale),
      ])
    : [await getProgress(db, null, now), [], [], null, null, { count: 0 }, { lessons: [], questions: [] }];

  const evidence = weighAnswers(latest, plan.map((m) => m.slug), now);
  const strength = computeStrength(evidence);
  const readiness = estimateReadiness(evidence, weights);
  const completed = new Set(progress.modules.flatMap((m) => m.completedLessons.map((l) => `${m.module}/${l}`)));

  const modules = outline.map((m, i): DashboardModule => {
    const p = progress.modules.find((x) => x.module === m.slug);
    const done = new Set(p?.completedLessons ?? []);
    return {
      slug: m.slug,
      title: m.title,
      href: m.href,
      lessonsTotal: m.lessons.length,
      lessonsCompleted: m.lessons.filter((l) => done.has(l.slug)).length,
      answered: p?.answered ?? 0,
      right: p?.correct ?? 0,
      strength: strength[i]!.accuracy,
      readiness: readiness.modules[i]!,
    };
  });

  return {
    active: latest.length > 0 || completed.size > 0 || submitted.length > 0 || unfinished !== null || bookmarks.lessons.length + bookmarks.questions.length > 0,
    outline,
    modules,
    totals: totalProgress(plan, progress.modules),
    overall: readiness.overall,
    continueTarget: pickContinue({ unfinishedAttempt: unfinished, outline: plan, completed, lastCompleted }),
    recent: listRecentAttempts(submitted),
    history: buildScoreHistory(submitted),
    suggestion: suggestNextStudy({ modules: readiness.modules, outline: plan, completed, reviewDue: review.count }),
    reviewDue: review.count,
    bookmarks,
  };
}
