import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { cardClass } from "@/components/ui/styles";
import { listOwnClasses } from "@/lib/classes/queries";
import { getDb } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getInstructorMessages } from "@/lib/i18n/instructor-messages";
import { requireInstructorPage } from "@/lib/instructor/page-access";
import { InstructorNav } from "../_components/instructor-nav";
import { CreateClassForm } from "./_components/create-class-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getInstructorMessages(locale).classes.title, robots: { index: false } } : {};
}

export default async function ClassesPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const user = await requireInstructorPage(locale, "/instructor/classes");
  const t = getInstructorMessages(locale).classes;
  const classes = await listOwnClasses(getDb(), user);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <InstructorNav locale={locale} current="classes" />
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      <section aria-labelledby="create-class" className={`${cardClass} mt-6`}>
        <h2 id="create-class" className="text-xl font-semibold">{t.create}</h2>
        <CreateClassForm locale={locale} t={{ name: t.name, createButton: t.createButton, error: t.error }} />
      </section>
      {classes.length === 0 ? (
        <p className="mt-6 text-zinc-700 dark:text-zinc-300">{t.none}</p>
      ) : (
        <ul className="mt-6 space-y-3" data-testid="class-list">
          {classes.map((c) => (
            <li key={c.id} className={cardClass}>
              <Link href={`/${locale}/instructor/classes/${c.id}`} className="text-lg font-semibold text-brand-700 underline dark:text-brand-300">
                {c.name}
              </Link>
              <p className="mt-1 text-zinc-700 dark:text-zinc-300">
                {t.members(c.members)} · {t.inviteCode}: <code>{c.inviteCode}</code>
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
