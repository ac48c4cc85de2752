"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { errorText, getReviewQueue, startAttempt, type ReviewQueueSummary } from "@/components/quiz/api";
import { primaryButton } from "@/components/ui/styles";
import type { Locale } from "@/lib/i18n/locales";
import { htmlLang } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

export function formatWhen(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** How much is due, when the next question comes back, and the button to start. */
export function ReviewQueue({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const t = messages.review;
  const router = useRouter();
  const [queue, setQueue] = useState<ReviewQueueSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  useEffect(() => {
    void getReviewQueue().then((result) => (result.ok ? setQueue(result.data) : setError(errorText(result, messages.quiz.networkError))));
  }, [messages.quiz.networkError]);

  async function start() {
    setBusy(true);
    setError("");
    const result = await startAttempt({ mode: "review", locale });
    if (!result.ok) {
      setBusy(false);
      return setError(errorText(result, messages.quiz.networkError));
    }
    router.push(`/${locale}/quiz/${result.data.id}`);
  }

  return (
    <section className="mt-8 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800" aria-live="polite" data-testid="review-queue" data-count={queue?.count}>
      {queue && (
        <>
          <p className="text-lg font-semibold">{queue.count === 0 && !queue.nextDue ? t.empty : t.dueNow(queue.count)}</p>
          {queue.nextDue && <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.nextDue(formatWhen(locale, queue.nextDue))}</p>}
          {queue.count > 0 && (
            <button type="button" className={`${primaryButton} mt-4`} onClick={() => void start()} disabled={busy} data-testid="review-start">
              {t.start}
            </button>
          )}
        </>
      )}
      <div role="alert" className="mt-3 text-red-700 empty:hidden dark:text-red-300">
        {error}
      </div>
    </section>
  );
}
