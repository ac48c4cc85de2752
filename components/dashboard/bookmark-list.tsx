import { Link } from "@/components/ui/link";
import type { BookmarkView } from "@/lib/bookmarks/queries";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { cardClass, linkClass } from "./format";
import { StartPracticeButton } from "./start-practice-button";
import { getStartLabels } from "@/lib/i18n/practice-labels";

/**
 * Bookmarked lessons (linked) and questions. A question shows only its stem, never its options or
 * answer; "practise" opens it as a one-question practice, where the answer comes after answering.
 */
export function BookmarkList({ locale, bookmarks }: { locale: Locale; bookmarks: BookmarkView }) {
  const t = getMessages(locale).bookmarks;
  const empty = bookmarks.lessons.length === 0 && bookmarks.questions.length === 0;
  return (
    <section aria-labelledby="bookmarks-title" className={cardClass} data-testid="bookmarks">
      <h2 id="bookmarks-title" className="text-xl font-semibold">
        {t.title}
      </h2>
      {empty && <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t.empty}</p>}
      {bookmarks.lessons.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">{t.lessons}</h3>
          <ul className="mt-2 space-y-1">
            {bookmarks.lessons.map((l) => (
              <li key={`${l.module}/${l.lesson}`} data-testid="bookmarked-lesson" data-target={`${l.module}/${l.lesson}`}>
                <Link href={l.href} className={linkClass}>
                  {l.title}
                </Link>{" "}
                <span className="text-sm text-zinc-600 dark:text-zinc-400">({l.moduleTitle})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {bookmarks.questions.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">{t.questions}</h3>
          <ul className="mt-2 space-y-4">
            {bookmarks.questions.map((q) => (
              <li key={q.id} data-testid="bookmarked-question" data-target={q.id}>
                <p className="whitespace-pre-line">{q.stem}</p>
                <p className="mt-1 flex flex-wrap items-center gap-3 text-sm text-zinc-600 dark:text-zinc-400">
                  <span>{q.moduleTitle}</span>
                  <StartPracticeButton locale={locale} labels={getStartLabels(locale)} questionIds={[q.id]} label={t.practise} testId="bookmark-practise" />
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
