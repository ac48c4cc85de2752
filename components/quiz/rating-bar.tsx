"use client";

import { useEffect, useState } from "react";
import { announceReviewChanged, errorText, getReviewPreview, rateReview, type ReviewPreview, type ReviewRatingName } from "./api";
import { formatInterval } from "./format-interval";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

const ratings: ReviewRatingName[] = ["again", "hard", "good", "easy"];

/**
 * After the answer is shown in a review, the learner says how well they knew it; FSRS schedules the
 * next review from that. The rating suggested by the verdict is the default focus.
 */
export function RatingBar({ locale, questionId, correct, onRated }: { locale: Locale; questionId: string; correct: boolean; onRated: () => void }) {
  const messages = getMessages(locale);
  const t = messages.review;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const suggested: ReviewRatingName = correct ? "good" : "again";
  // When each rating would bring the question back, from the scheduler itself (not guessed here).
  const [preview, setPreview] = useState<ReviewPreview | null>(null);
  useEffect(() => {
    let live = true;
    void getReviewPreview(questionId).then((result) => {
      if (live && result.ok) setPreview(result.data);
    });
    return () => {
      live = false;
    };
  }, [questionId]);

  async function rate(rating: ReviewRatingName) {
    setBusy(true);
    setError("");
    const result = await rateReview(questionId, rating);
    setBusy(false);
    if (!result.ok) return setError(errorText(result, messages.quiz.networkError));
    announceReviewChanged();
    onRated();
  }

  return (
    <fieldset className="mt-4" data-testid="review-rating">
      <legend className="font-semibold">{t.rateQuestion}</legend>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t.rateHint}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {ratings.map((rating) => (
          <button
            key={rating}
            type="button"
            autoFocus={rating === suggested} // keyboard users continue from the suggested rating
            disabled={busy}
            onClick={() => void rate(rating)}
            className={`rounded-lg border px-3 py-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
              rating === suggested ? "border-brand-600 bg-brand-50 dark:bg-zinc-800" : "border-zinc-300 dark:border-zinc-700"
            }`}
            data-testid={`review-rate-${rating}`}
          >
            <span className="block font-semibold">{t.ratings[rating]}</span>
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">{t.rateNote[rating]}</span>
            {preview && (
              <span className="mt-0.5 block text-xs font-medium text-brand-700 dark:text-brand-300">
                <span className="sr-only">{t.nextReview} </span>
                <span data-testid={`review-interval-${rating}`} data-due={preview.intervals[rating]}>
                  {formatInterval(locale, preview.now, preview.intervals[rating])}
                </span>
              </span>
            )}
          </button>
        ))}
      </div>
      <div role="alert" className="mt-2 text-red-700 empty:hidden dark:text-red-300">
        {error}
      </div>
    </fieldset>
  );
}
