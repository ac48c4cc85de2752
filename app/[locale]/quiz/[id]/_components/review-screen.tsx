"use client";

import { useEffect, useRef } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { PublicQuestion, ResponseState } from "@/lib/quiz/api-types";
import { primaryButton, secondaryButton } from "@/components/ui/styles";

type Props = {
  t: Messages["quiz"];
  questions: PublicQuestion[];
  responses: Record<string, ResponseState>;
  exam: boolean;
  busy: boolean;
  onGoTo: (index: number) => void;
  onBack: () => void;
  onSubmit: () => void;
};

function QuestionLinks({ t, indexes, onGoTo, testId }: { t: Messages["quiz"]; indexes: number[]; onGoTo: (i: number) => void; testId: string }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2" data-testid={testId}>
      {indexes.map((i) => (
        <li key={i}>
          <button type="button" onClick={() => onGoTo(i)} className="text-brand-700 underline focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300">
            {t.goTo(i + 1)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Before submitting: what is unanswered or flagged, with a way back to each, then the final submit. */
export function ReviewScreen({ t, questions, responses, exam, busy, onGoTo, onBack, onSubmit }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const unanswered = questions.flatMap((q, i) => (responses[q.id]?.answer ? [] : [i]));
  const flagged = questions.flatMap((q, i) => (responses[q.id]?.flagged ? [i] : []));
  return (
    <section aria-labelledby="quiz-review-title" className="rounded-xl border border-zinc-200 p-5 dark:border-zinc-800" data-testid="quiz-review">
      <h2 id="quiz-review-title" ref={heading} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        {t.reviewTitle}
      </h2>
      <div className="mt-4 space-y-4">
        <div>
          <p className="font-medium">
            <span aria-hidden="true">{unanswered.length ? "○ " : "✓ "}</span>
            {unanswered.length ? t.reviewUnanswered(unanswered.length) : t.reviewAllAnswered}
          </p>
          {unanswered.length > 0 && <QuestionLinks t={t} indexes={unanswered} onGoTo={onGoTo} testId="quiz-review-unanswered" />}
        </div>
        <div>
          <p className="font-medium">
            <span aria-hidden="true">⚑ </span>
            {flagged.length ? t.reviewFlagged(flagged.length) : t.reviewNoFlags}
          </p>
          {flagged.length > 0 && <QuestionLinks t={t} indexes={flagged} onGoTo={onGoTo} testId="quiz-review-flagged" />}
        </div>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t.reviewWarning}</p>
      </div>
      <div className="mt-5 flex flex-wrap gap-3">
        <button type="button" className={secondaryButton} onClick={onBack} data-testid="quiz-review-back">
          {t.backToQuestions}
        </button>
        <button type="button" className={primaryButton} onClick={onSubmit} disabled={busy} data-testid="quiz-submit-exam">
          {busy ? t.submitting : exam ? t.submitExam : t.submitPractice}
        </button>
      </div>
    </section>
  );
}
