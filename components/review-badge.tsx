"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { getReviewQueue } from "@/components/quiz/api";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

/** "Review" in the navigation, with the number of questions due today. */
export function ReviewBadge({ locale, className }: { locale: Locale; className: string }) {
  const t = getMessages(locale);
  const [due, setDue] = useState(0);
  useEffect(() => {
    let live = true;
    void getReviewQueue().then((result) => {
      if (live && result.ok) setDue(result.data.count);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <Link href={`/${locale}/review`} className={className} data-testid="nav-review">
      {t.nav.review}
      {due > 0 && (
        <>
          {" "}
          <span className="rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white" data-testid="review-due-badge">
            {due}
          </span>
          <span className="sr-only"> {t.review.dueSuffix}</span>
        </>
      )}
    </Link>
  );
}
