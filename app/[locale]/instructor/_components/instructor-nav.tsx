import { Link } from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/locales";
import { getInstructorMessages } from "@/lib/i18n/instructor-messages";

type Section = "overview" | "items" | "classes";

/** The instructor area's own navigation, on every one of its pages. */
export function InstructorNav({ locale, current }: { locale: Locale; current: Section }) {
  const t = getInstructorMessages(locale).nav;
  const links: [Section, string, string][] = [
    ["overview", t.overview, `/${locale}/instructor`],
    ["items", t.items, `/${locale}/instructor/items`],
    ["classes", t.classes, `/${locale}/instructor/classes`],
  ];
  return (
    <nav aria-label={t.label} className="mb-6 flex flex-wrap gap-2 border-b border-zinc-200 pb-3 dark:border-zinc-800">
      {links.map(([key, label, href]) => (
        <Link
          key={key}
          href={href}
          aria-current={key === current ? "page" : undefined}
          data-testid={`instructor-nav-${key}`}
          className="rounded-md px-3 py-1.5 font-medium text-zinc-700 hover:bg-zinc-100 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
