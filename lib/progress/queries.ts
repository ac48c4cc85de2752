import "server-only";
import type { Db } from "../db";
import type { ProgressSummary } from "../quiz/api-types";
import { getModuleCatalogue } from "../quiz/catalogue";

/** Completed lessons and, per module, how the learner's latest answer to each question went. */
export async function getProgress(db: Db, learnerId: string | null): Promise<ProgressSummary> {
  const modules = getModuleCatalogue().map((m) => m.slug);
  const empty = (module: string) => ({ module, completedLessons: [] as string[], answered: 0, correct: 0 });
  if (!learnerId) return { modules: modules.map(empty), missedCount: 0 };
  const [completions, answers] = await Promise.all([
    db.lessonCompletion.findMany({ where: { learnerId }, select: { module: true, lesson: true }, orderBy: { completedAt: "asc" } }),
    db.answer.findMany({
      where: { learnerId },
      select: { questionId: true, correct: true, item: { select: { questionVersion: { select: { question: { select: { module: true } } } } } } },
      orderBy: [{ answeredAt: "desc" }, { id: "asc" }],
    }),
  ]);
  const latest = new Map<string, { module: string; correct: boolean }>();
  for (const a of answers) {
    if (!latest.has(a.questionId)) latest.set(a.questionId, { module: a.item.questionVersion.question.module, correct: a.correct });
  }
  const byModule = new Map(modules.map((m) => [m, empty(m)]));
  for (const c of completions) byModule.get(c.module)?.completedLessons.push(c.lesson);
  for (const { module, correct } of latest.values()) {
    const entry = byModule.get(module);
    if (!entry) continue;
    entry.answered++;
    if (correct) entry.correct++;
  }
  return { modules: [...byModule.values()], missedCount: [...latest.values()].filter((l) => !l.correct).length };
}
