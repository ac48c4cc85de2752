"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { PublicQuestion, ResponseState } from "@/lib/quiz/api-types";
import { secondaryButton } from "@/components/ui/styles";
import { QuestionNavigator } from "./question-navigator";

type Props = {
  t: Messages["quiz"];
  timer: ReactNode;
  questions: PublicQuestion[];
  responses: Record<string, ResponseState>;
  current: number | null;
  onGoTo: (index: number) => void;
};

/**
 * A compact bar that stays at the top while the page scrolls: time left, how many are answered, and on
 * phones a button that opens the navigator in a bottom sheet (a modal <dialog>: focus stays inside,
 * Escape closes it, and focus returns to the button).
 */
export function ExamBar({ t, timer, questions, responses, current, onGoTo }: Props) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const answered = questions.filter((q) => responses[q.id]?.answer).length;

  useEffect(() => {
    const d = dialog.current;
    if (!d || !open) return;
    if (!d.open) d.showModal();
    // Start on the question in view (the navigator's one Tab stop).
    d.querySelector<HTMLButtonElement>("[data-testid=quiz-nav-item][tabindex='0']")?.focus();
  }, [open]);

  function close() {
    dialog.current?.close();
  }

  return (
    <div
      role="region"
      aria-label={t.examBar}
      className="sticky top-0 z-20 -mx-4 mb-4 flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-zinc-200 bg-white/95 px-4 py-2 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95"
      data-testid="quiz-exam-bar"
    >
      {timer}
      <div className="flex min-w-24 flex-1 flex-col gap-1">
        <p className="text-sm font-medium tabular-nums" data-testid="quiz-progress" data-answered={answered} data-total={questions.length}>
          {t.answeredOf(answered, questions.length)}
        </p>
        <div aria-hidden="true" className="h-1.5 w-full max-w-48 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
          <div className="h-full rounded-full bg-brand-600 dark:bg-brand-400" style={{ width: `${questions.length ? (answered / questions.length) * 100 : 0}%` }} />
        </div>
      </div>
      <button type="button" className={`${secondaryButton} lg:hidden`} aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid="quiz-open-navigator">
        {t.openNavigator}
      </button>
      <dialog
        ref={dialog}
        onClose={() => setOpen(false)}
        onClick={(e) => {
          // A tap on the backdrop (the dialog element itself, outside its content) closes the sheet.
          if (e.target === e.currentTarget) close();
        }}
        aria-labelledby="quiz-sheet-navigator-title"
        className="fixed inset-x-0 top-auto bottom-0 m-0 max-h-[80dvh] w-full max-w-none overflow-y-auto rounded-t-2xl border-t border-zinc-200 bg-white p-0 text-zinc-900 backdrop:bg-zinc-950/50 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100"
        data-testid="quiz-navigator-sheet"
      >
        {open && (
          <div className="p-4">
            <QuestionNavigator
              t={t}
              questions={questions}
              responses={responses}
              current={current}
              idPrefix="quiz-sheet-navigator"
              onGoTo={(i) => {
                close();
                onGoTo(i);
              }}
            />
            <button type="button" className={`${secondaryButton} mt-4 w-full`} onClick={close} data-testid="quiz-close-navigator">
              {t.closeNavigator}
            </button>
          </div>
        )}
      </dialog>
    </div>
  );
}
