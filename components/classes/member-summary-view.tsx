import type { MemberSummary } from "@/lib/classes/member-summary";
import type { InstructorMessages } from "@/lib/i18n/instructor-messages";
import type { Locale } from "@/lib/i18n/locales";

export function formatDate(locale: Locale, date: Date | null, never: string) {
  return date ? new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date) + " UTC" : never;
}

/**
 * One learner's summary as their instructor sees it. The class view and the learner's own account
 * page both render this component with the same data, so "what your instructor sees" is literal.
 */
export function MemberSummaryView({ summary, locale, t, moduleTitles, headingLevel = 3 }: { summary: MemberSummary; locale: Locale; t: InstructorMessages["classes"]; moduleTitles: Map<string, string>; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const lessonsDone = summary.modules.reduce((n, m) => n + m.lessonsCompleted, 0);
  const lessonsTotal = summary.modules.reduce((n, m) => n + m.lessonsTotal, 0);
  const facts: [string, string][] = [
    [t.joined, formatDate(locale, summary.joinedAt, t.never)],
    [t.lastActive, formatDate(locale, summary.lastActive, t.never)],
    [t.lessons, `${lessonsDone}/${lessonsTotal}`],
    [t.practice, t.practiceSummary(summary.practice.attempts, summary.practice.averagePercent)],
    [t.exam, t.examSummary(summary.exam.attempts, summary.exam.latestPercent, summary.exam.bestPercent)],
    [t.readiness, t.readinessValue(summary.readiness)],
    [t.reviewDue, String(summary.reviewDue)],
  ];
  return (
    <div data-testid="member-summary" data-email={summary.email}>
      <Heading className="font-semibold">
        {summary.name || summary.email} <span className="font-normal break-all text-zinc-600 dark:text-zinc-400">({summary.email})</span>
      </Heading>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd data-testid={`summary-${label}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium">{t.perModule}</summary>
        <ul className="mt-2 space-y-1 text-sm">
          {summary.modules.map((m) => (
            <li key={m.module}>
              {moduleTitles.get(m.module) ?? m.module}: {t.lessons} {m.lessonsCompleted}/{m.lessonsTotal} · {t.answersRight(m.correct, m.answered)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
