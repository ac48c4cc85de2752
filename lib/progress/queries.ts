import "server-only";
import type { Db } from "../db";
import type { ProgressSummary } from "../quiz/api-types";
import { getModuleCatalogue } from "../quiz/catalogue";
import { listLatestAnswers, type LatestAnswer } from "../quiz/latest-answers";

/**
 * Completed lessons and, per module, how the learner's latest counted answer to each question went
 * (answers in an exam still open at `now` do not count).
 * `latestAnswers`: those answers when the caller has already read them (the dashboard).
 */
export async function getProgress(db: Db, learnerId: string | null, now: Date, latestAnswers?: Promise<LatestAnswer[]>): Promise<ProgressSummary> {
  const modules = getModuleCatalogue().map((m) => m.slug);
  const empty = (module: string) => ({ module, completedLessons: [] as string[], answered: 0, correct: 0 });
  if (!learnerId) return { modules: modules.map(empty), missedCount: 0 };
  const [completions, latest] = await Promise.all([
    db.lessonCompletion.findMany({ where: { learnerId }, select: { module: true, lesson: true }, orderBy: { completedAt: "asc" } }),
    latestAnswers ?? listLatestAnswers(db, learnerId, now),
  ]);
  const byModule = new Map(modules.map((m) => [m, empty(m)]));
  for (const c of completions) byModule.get(c.module)?.completedLessons.push(c.lesson);
  for (const { module, correct } of latest) {
    const entry = byModule.get(module);
    if (!entry) continue;
    entry.answered++;
    if (correct) entry.correct++;
  }
  return { modules: [...byModule.values()], missedCount: latest.filter((l) => !l.correct).length };
}
