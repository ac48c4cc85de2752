import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ClassAction } from "@/components/classes/class-action";
import { cardClass, primaryButton } from "@/components/ui/styles";
import { getViewer } from "@/lib/auth/identity";
import { findClassByInvite, findMembership } from "@/lib/classes/queries";
import { canJoinClass } from "@/lib/classes/permissions";
import { inviteCodeSchema } from "@/lib/classes/schema";
import { getDb } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getInstructorMessages } from "@/lib/i18n/instructor-messages";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getInstructorMessages(locale).join.title, robots: { index: false } } : {};
}

/**
 * An invite link. A visitor signs in (or up) first and comes back here; a signed-in learner sees the
 * class, exactly what joining shares with its instructor, and a button to join.
 */
export default async function JoinClassPage({ params }: Props) {
  const { locale: raw, code } = await params;
  const locale = raw as Locale;
  const viewer = await getViewer(await headers(), true);
  if (!viewer.user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/join/${encodeURIComponent(code)}`)}`);
  const t = getInstructorMessages(locale).join;
  const parsed = inviteCodeSchema.safeParse(code);
  const found = parsed.success ? await findClassByInvite(getDb(), parsed.data) : null;
  const member = found ? await findMembership(getDb(), found.id, viewer.user.id) : null;

  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      {!found || !parsed.success ? (
        <p className="mt-4 text-zinc-700 dark:text-zinc-300" data-testid="join-unknown">{t.unknown}</p>
      ) : (
        <div className={`${cardClass} mt-6`}>
          <p className="text-lg" data-testid="join-class-name">{t.intro(found.name, found.instructor)}</p>
          {!canJoinClass(viewer.user, found) ? (
            <p className="mt-3">{t.own}</p>
          ) : member ? (
            <p className="mt-3" data-testid="join-already">{t.already}</p>
          ) : (
            <>
              <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.shares}</p>
              <div className="mt-4">
                <ClassAction label={t.button} url="/api/classes/join" body={{ code: parsed.data }} className={primaryButton} testId="join-class" errorText={t.unknown} />
              </div>
            </>
          )}
          <p className="mt-4">
            <Link href={`/${locale}/account#account-classes`} className="text-brand-700 underline dark:text-brand-300">{t.toAccount}</Link>
          </p>
        </div>
      )}
    </main>
  );
}
