"use client";

import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/components/ui/link";
import { startTransition, useEffect, useState } from "react";
import { getReviewCount, REVIEW_CHANGED_EVENT } from "@/components/quiz/api";
import { whenIdle } from "@/components/when-idle";

/** "Review" in the navigation, with the number of questions due today; counts again when a rating or a submission changes the queue. */
export function ReviewBadge({ locale, label, dueSuffix, className }: { locale: Locale; label: string; dueSuffix: string; className: string }) {
  const [due, setDue] = useState(0);
  useEffect(() => {
    let live = true;
    let asked = 0;
    const count = () => {
      const mine = ++asked;
      void getReviewCount().then((result) => {
        // Only the latest answer counts: an older, slower one must not overwrite it.
        if (live && mine === asked && result.ok) startTransition(() => setDue(result.data.count));
      });
    };
    const cancel = whenIdle(count);
    window.addEventListener(REVIEW_CHANGED_EVENT, count);
    return () => {
      live = false;
      cancel();
      window.removeEventListener(REVIEW_CHANGED_EVENT, count);
    };
  }, []);
  return (
    <Link href={`/${locale}/review`} className={className} data-testid="nav-review" data-due={due}>
      {label}
      {due > 0 && (
        <>
          {" "}
          <span className="rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white" data-testid="review-due-badge">
            {due}
          </span>
          <span className="sr-only"> {dueSuffix}</span>
        </>
      )}
    </Link>
  );
}
