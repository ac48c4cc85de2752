import type { ScorePoint } from "@/lib/dashboard/history";
import type { DashboardMessages } from "@/lib/i18n/dashboard-messages";

/** "Practice · Architecture", "Exam simulation · All modules", "Practice · Chosen questions" (a practice of picked questions). */
export function quizLabel(t: DashboardMessages, point: Pick<ScorePoint, "mode" | "module">, moduleTitles: Record<string, string>): string {
  const scope = point.module ? (moduleTitles[point.module] ?? point.module) : point.mode === "practice" ? t.chosenQuestions : t.allModules;
  return `${t.modes[point.mode]} · ${scope}`;
}
