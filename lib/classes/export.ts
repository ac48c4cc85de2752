import { toCsv } from "../instructor/csv";
import type { ClassReport } from "./queries";

const iso = (date: Date | null) => (date ? date.toISOString() : "");

/** The class view as one CSV row per learner; per-module lessons as "done/total" columns. */
export function classReportToCsv(report: ClassReport): string {
  const modules = report.members[0]?.modules.map((m) => m.module) ?? [];
  const header = [
    "name", "email", "joined", "last_active", "readiness", "review_due",
    "practice_attempts", "practice_average_percent", "exam_attempts", "exam_latest_percent", "exam_best_percent",
    ...modules.flatMap((m) => [`${m}_lessons`, `${m}_answered`, `${m}_correct`]),
  ];
  const rows = report.members.map((m) => [
    m.name, m.email, iso(m.joinedAt), iso(m.lastActive), m.readiness === null ? "" : Math.round(m.readiness * 100) / 100, m.reviewDue,
    m.practice.attempts, m.practice.averagePercent, m.exam.attempts, m.exam.latestPercent, m.exam.bestPercent,
    ...m.modules.flatMap((x) => [`${x.lessonsCompleted}/${x.lessonsTotal}`, x.answered, x.correct]),
  ]);
  return toCsv(header, rows);
}
