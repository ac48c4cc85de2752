import type { CalloutType } from "@/lib/course/mdx-rules";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

const styles: Record<CalloutType, { box: string; icon: string }> = {
  exam: { box: "border-brand-600 bg-brand-50 dark:bg-brand-700/15", icon: "★" },
  warning: { box: "border-amber-500 bg-amber-50 dark:bg-amber-500/10", icon: "!" },
  note: { box: "border-sky-600 bg-sky-50 dark:bg-sky-500/10", icon: "i" },
};

export function Callout({ locale, type = "note", title, children }: { locale: Locale; type?: CalloutType; title?: string; children: React.ReactNode }) {
  const style = styles[type] ?? styles.note;
  const label = getMessages(locale).callout[type] ?? type;
  return (
    <aside role="note" aria-label={title ?? label} className={`not-prose my-6 rounded-r-lg border-l-4 px-4 py-3 ${style.box}`}>
      <p className="mb-1 flex items-center gap-2 text-sm font-semibold">
        <span aria-hidden="true" className="grid size-5 place-items-center rounded-full bg-current/15 text-xs">
          {style.icon}
        </span>
        {title ?? label}
      </p>
      <div className="prose prose-zinc max-w-none text-[0.95rem] dark:prose-invert prose-p:my-1.5 prose-ul:my-1.5">{children}</div>
    </aside>
  );
}
