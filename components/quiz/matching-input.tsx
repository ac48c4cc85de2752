"use client";

import type { PublicQuestion } from "@/lib/quiz/api-types";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  t: Messages["quiz"];
  base: string;
  question: PublicQuestion;
  pairs: Record<string, string>;
  locked: boolean;
  onPairs: (pairs: Record<string, string>) => void;
};

/** For each left-hand item, a native select of the right-hand items. */
export function MatchingInput({ t, base, question, pairs, locked, onPairs }: Props) {
  const matches = question.matches ?? [];
  const uses = new Map<string, number>();
  for (const o of question.options) {
    const m = pairs[o.id];
    if (m) uses.set(m, (uses.get(m) ?? 0) + 1);
  }
  return (
    <ul className="space-y-4">
      {question.options.map((option, index) => {
        const value = pairs[option.id] ?? "";
        const duplicate = Boolean(value) && (uses.get(value) ?? 0) > 1;
        const selectId = `${base}-${option.id}`;
        return (
          <li key={option.id}>
            <label htmlFor={selectId} className="block">
              <span aria-hidden="true" className="mr-2 font-mono text-xs text-zinc-600 dark:text-zinc-400">
                {index + 1}
              </span>
              {option.text}
            </label>
            <select
              id={selectId}
              value={value}
              disabled={locked}
              aria-invalid={duplicate || undefined}
              aria-describedby={duplicate ? `${selectId}-dup` : undefined}
              onChange={(e) => {
                const next = { ...pairs };
                if (e.target.value) next[option.id] = e.target.value;
                else delete next[option.id];
                onPairs(next);
              }}
              className="mt-1 block w-full max-w-full rounded-md border border-zinc-300 bg-white px-2 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 aria-invalid:border-red-700 dark:border-zinc-700 dark:bg-zinc-900 dark:aria-invalid:border-red-400"
              data-testid="quiz-match-select"
              data-option-id={option.id}
            >
              <option value="">{t.matchPlaceholder}</option>
              {matches.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.text}
                </option>
              ))}
            </select>
            {duplicate && (
              <p id={`${selectId}-dup`} className="mt-1 text-sm text-red-700 dark:text-red-300">
                <span aria-hidden="true">⚠ </span>
                {t.matchDuplicate}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
