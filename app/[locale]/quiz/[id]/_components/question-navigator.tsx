"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { PublicQuestion, ResponseState } from "@/lib/quiz/api-types";

type Props = {
  t: Messages["quiz"];
  questions: PublicQuestion[];
  responses: Record<string, ResponseState>;
  current: number | null;
  onGoTo: (index: number) => void;
  /** distinguishes the sidebar's navigator from the phone sheet's (ids must be unique) */
  idPrefix?: string;
};

/** How many buttons sit on the first row of the grid, whatever the breakpoint's column count. */
function columnsOf(buttons: HTMLButtonElement[]): number {
  const top = buttons[0]?.offsetTop;
  const n = buttons.findIndex((b) => b.offsetTop !== top);
  return n === -1 ? buttons.length : Math.max(1, n);
}

/**
 * A grid of numbered buttons that is one Tab stop (a toolbar with a roving tabindex): the arrow keys
 * move between questions (Up and Down by a row), Home and End to the ends, Enter or Space opens one.
 * Answered and flagged are shown by icon and spoken in each button's name.
 */
export function QuestionNavigator({ t, questions, responses, current, onGoTo, idPrefix = "quiz-navigator" }: Props) {
  // Where the learner last moved with the arrows, while the question in view is still the same one.
  const [moved, setMoved] = useState<{ index: number; at: number | null } | null>(null);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  // The one Tab stop: that button, else the question in view, else the first.
  const stop = Math.min(moved && moved.at === current ? moved.index : (current ?? 0), questions.length - 1);
  const setActive = (index: number) => setMoved({ index, at: current });

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const buttons = refs.current.filter((b): b is HTMLButtonElement => b !== null);
    const from = buttons.indexOf(e.target as HTMLButtonElement);
    if (from === -1) return;
    const cols = columnsOf(buttons);
    const last = buttons.length - 1;
    const to =
      e.key === "ArrowRight" ? Math.min(last, from + 1)
      : e.key === "ArrowLeft" ? Math.max(0, from - 1)
      : e.key === "ArrowDown" ? (from + cols <= last ? from + cols : from)
      : e.key === "ArrowUp" ? (from - cols >= 0 ? from - cols : from)
      : e.key === "Home" ? 0
      : e.key === "End" ? last
      : null;
    if (to === null) return;
    e.preventDefault();
    setActive(to);
    buttons[to]?.focus();
  }

  return (
    <nav aria-labelledby={`${idPrefix}-title`} data-testid="quiz-navigator">
      <h2 id={`${idPrefix}-title`} className="text-sm font-semibold">
        {t.navigator}
      </h2>
      <p id={`${idPrefix}-keys`} className="sr-only">
        {t.navigatorKeys}
      </p>
      <div
        role="toolbar"
        aria-labelledby={`${idPrefix}-title`}
        aria-describedby={`${idPrefix}-keys`}
        onKeyDown={onKeyDown}
        className="mt-2 grid grid-cols-6 gap-2 sm:grid-cols-10 lg:grid-cols-5"
        data-testid="quiz-nav-toolbar"
      >
        {questions.map((q, index) => {
          const answered = Boolean(responses[q.id]?.answer);
          const flagged = Boolean(responses[q.id]?.flagged);
          const isCurrent = index === current;
          return (
            <button
              key={q.id}
              ref={(el) => {
                refs.current[index] = el;
              }}
              type="button"
              tabIndex={index === stop ? 0 : -1}
              onClick={() => onGoTo(index)}
              onFocus={() => setActive(index)}
              aria-label={t.navItem(index + 1, answered, flagged)}
              aria-current={isCurrent ? "step" : undefined}
              className={`flex min-h-11 w-full flex-col items-center justify-center rounded-md border py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
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
          );
        })}
      </div>
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{t.navLegend}</p>
    </nav>
  );
}
