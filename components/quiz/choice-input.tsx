"use client";

import type { PublicQuestion, QuestionFeedback } from "@/lib/quiz/api-types";
import type { Messages } from "@/lib/i18n/messages";
import { Mark } from "./marks";

type Props = {
  t: Messages["quiz"];
  name: string;
  question: PublicQuestion;
  chosen: string[];
  locked: boolean;
  feedback?: QuestionFeedback;
  onToggle: (optionId: string) => void;
};

/** Radio buttons (single) or checkboxes (multiple), each option numbered for the 1–9 keys. */
export function ChoiceInput({ t, name, question, chosen, locked, feedback, onToggle }: Props) {
  const multiple = question.type === "multiple";
  return (
    <ul className="space-y-2">
      {question.options.map((option, index) => {
        const checked = chosen.includes(option.id);
        const isCorrect = feedback?.correctOptionIds?.includes(option.id) ?? false;
        return (
          <li key={option.id}>
            <label
              className={`flex cursor-pointer gap-3 rounded-lg border p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:disabled]:cursor-default dark:has-[:checked]:bg-brand-700/15 ${
                feedback && isCorrect ? "border-emerald-700 dark:border-emerald-400" : "border-zinc-300 dark:border-zinc-700"
              }`}
            >
              <input
                type={multiple ? "checkbox" : "radio"}
                name={name}
                value={option.id}
                checked={checked}
                disabled={locked}
                onChange={() => onToggle(option.id)}
                className="mt-1 size-4 shrink-0 accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                data-testid="quiz-option"
                data-option-id={option.id}
              />
              <span className="min-w-0 flex-1">
                <span aria-hidden="true" className="mr-2 font-mono text-xs text-zinc-600 dark:text-zinc-400">
                  {index + 1}
                </span>
                {option.text}
                {feedback && (isCorrect || checked) && (
                  <span className="mt-1 flex flex-wrap gap-x-3 text-sm font-medium">
                    {isCorrect && <Mark kind="correct" text={t.isCorrectOption} />}
                    {checked && <Mark kind={isCorrect ? "neutral" : "wrong"} text={t.yourChoice} />}
                  </span>
                )}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
