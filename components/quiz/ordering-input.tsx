"use client";

import { useEffect, useRef } from "react";
import type { PublicQuestion } from "@/lib/quiz/api-types";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  t: Messages["quiz"];
  base: string;
  hintId: string;
  question: PublicQuestion;
  order: string[];
  locked: boolean;
  onOrder: (order: string[]) => void;
  announce: (text: string) => void;
};

const buttonClass =
  "rounded-md border border-zinc-300 px-2 py-1 text-sm hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-700";

/** A list the learner reorders with ArrowUp/ArrowDown on a focused item, or with its buttons. */
export function OrderingInput({ t, base, hintId, question, order, locked, onOrder, announce }: Props) {
  const pendingFocus = useRef<string | null>(null);
  const textOf = (id: string) => question.options.find((o) => o.id === id)?.text ?? id;

  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [order]);

  function move(index: number, delta: -1 | 1, from: "item" | "up" | "down") {
    const target = index + delta;
    const id = order[index];
    if (locked || !id || target < 0 || target >= order.length) return;
    const next = [...order];
    next.splice(index, 1);
    next.splice(target, 0, id);
    // Keep focus on the control that was used, unless it has just become disabled at the list's end.
    const edge = (from === "up" && target === 0) || (from === "down" && target === order.length - 1);
    pendingFocus.current = `${base}-${id}${from === "item" || edge ? "" : `-${from}`}`;
    onOrder(next);
    announce(t.moved(textOf(id), target + 1, order.length));
  }

  return (
    <ol aria-label={t.orderList} className="space-y-2">
      {order.map((id, index) => {
        const text = textOf(id);
        return (
          <li
            key={id}
            id={`${base}-${id}`}
            tabIndex={locked ? undefined : 0}
            aria-describedby={hintId}
            onKeyDown={(e) => {
              if (e.target !== e.currentTarget) return;
              if (e.key === "ArrowUp" || e.key === "ArrowDown") {
                e.preventDefault();
                move(index, e.key === "ArrowUp" ? -1 : 1, "item");
              }
            }}
            className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-zinc-300 p-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:border-zinc-700"
            data-testid="quiz-order-item"
            data-option-id={id}
          >
            <span aria-hidden="true" className="font-mono text-sm text-zinc-600 dark:text-zinc-400">
              {index + 1}.
            </span>
            <span className="min-w-0 flex-1 basis-48">{text}</span>
            {!locked && (
              <span className="flex gap-2">
                <button
                  type="button"
                  id={`${base}-${id}-up`}
                  className={buttonClass}
                  disabled={index === 0}
                  aria-label={t.moveUpItem(text)}
                  onClick={() => move(index, -1, "up")}
                  data-testid="quiz-move-up"
                >
                  <span aria-hidden="true">↑ </span>
                  {t.moveUp}
                </button>
                <button
                  type="button"
                  id={`${base}-${id}-down`}
                  className={buttonClass}
                  disabled={index === order.length - 1}
                  aria-label={t.moveDownItem(text)}
                  onClick={() => move(index, 1, "down")}
                  data-testid="quiz-move-down"
                >
                  <span aria-hidden="true">↓ </span>
                  {t.moveDown}
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
