import { ClassAction } from "@/components/classes/class-action";
import { MemberSummaryView } from "@/components/classes/member-summary-view";
import { secondaryButton } from "@/components/ui/styles";
import type { MemberSummary } from "@/lib/classes/member-summary";
import type { Locale } from "@/lib/i18n/locales";
import { getInstructorMessages } from "@/lib/i18n/instructor-messages";

type Membership = { classId: string; name: string; instructor: string; joinedAt: Date; visible: MemberSummary };

/** "Your classes" on the account page: each class, what its instructor sees (the very same view), and Leave. */
export function MyClasses({ locale, memberships, moduleTitles }: { locale: Locale; memberships: Membership[]; moduleTitles: Map<string, string> }) {
  const t = getInstructorMessages(locale);
  if (!memberships.length) return <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.account.none}</p>;
  return (
    <>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.account.intro}</p>
      <ul className="mt-4 space-y-4" data-testid="my-classes">
        {memberships.map((m) => (
          <li key={m.classId} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid={`my-class-${m.classId}`}>
            <h3 className="text-lg font-semibold break-words">{m.name}</h3>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{t.account.instructor(m.instructor)}</p>
            <div className="mt-3">
              <MemberSummaryView summary={m.visible} locale={locale} t={t.classes} moduleTitles={moduleTitles} headingLevel={4} />
            </div>
            <div className="mt-3">
              <ClassAction label={t.account.leave} url={`/api/classes/${m.classId}/leave`} className={secondaryButton} testId={`leave-class-${m.classId}`} errorText={t.classes.error} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
