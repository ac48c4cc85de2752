"use client";

import type { Messages } from "@/lib/i18n/messages";
import type { PublicQuestion, ResponseState } from "@/lib/quiz/api-types";

type Props = {
  t: Messages["quiz"];
  questions: PublicQuestion[];
  responses: Record<string, ResponseState>;
  current: number | null;
  onGoTo: (index: number) => void;
};

/** A grid of numbered buttons; answered and flagged are shown by icon and spoken in the label. */
export function QuestionNavigator({ t, questions, responses, current, onGoTo }: Props) {
  return (
    <nav aria-labelledby="quiz-navigator-title" data-testid="quiz-navigator">
      <h2 id="quiz-navigator-title" className="text-sm font-semibold">
        {t.navigator}
      </h2>
      <ol className="mt-2 grid grid-cols-6 gap-2 sm:grid-cols-10 lg:grid-cols-5">
        {questions.map((q, index) => {
          const answered = Boolean(responses[q.id]?.answer);
          const flagged = Boolean(responses[q.id]?.flagged);
          const isCurrent = index === current;
          return (
            <li key={q.id}>
              <button
                type="button"
                onClick={() => onGoTo(index)}
                aria-label={t.navItem(index + 1, answered, flagged)}
                aria-current={isCurrent ? "step" : undefined}
                className={`flex w-full flex-col items-center rounded-md border py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
                  isCurrent ? "border-2 border-brand-600 font-bold" : "border-zinc-300 dark:border-zinc-700"
                } ${answered ? "bg-zinc-100 dark:bg-zinc-800" : ""}`}
                data-testid="quiz-nav-item"
                data-answered={answered}
                data-flagged={flagged}
              >
                <span>{index + 1}</span>
                <span aria-hidden="true" className="text-xs leading-4">
                  {answered ? "✓" : "○"}
                  {flagged ? "⚑" : ""}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{t.navLegend}</p>
    </nav>
  );
}
