"use client";

import { useEffect, useId, useRef, useState, type ReactNode, type Ref } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { PublicQuestion, QuestionFeedback } from "@/lib/quiz/api-types";
import type { Draft } from "./answer";
import { ChoiceInput } from "./choice-input";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";

type Props = {
  locale: Locale;
  question: PublicQuestion;
  number: number;
  total: number;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  /** true once the answer may no longer change (instant feedback shown) */
  locked: boolean;
  /** marks the correct options of a single/multiple question */
  feedback?: QuestionFeedback;
  headingLevel?: 2 | 3;
  /** listen for 1–9 and Enter on the whole page (the quiz page) rather than inside the question only (a lesson) */
  globalKeys?: boolean;
  onEnter: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
  /** beside the "Question n of N" heading, e.g. a bookmark toggle */
  aside?: ReactNode;
  children?: ReactNode;
};

/** Keys typed into a field or list box belong to that field, not to the quiz. */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // A closed <select> uses the arrows and letters; digits and Enter stay quiz shortcuts (matching answers are chosen there).
  if (target.tagName === "SELECT") return !(key === "Enter" || /^[1-9]$/.test(key));
  if (target.isContentEditable || target.tagName === "TEXTAREA") return true;
  return target instanceof HTMLInputElement && target.type !== "radio" && target.type !== "checkbox";
}

/** One question: stem as legend, the input for its type, and the 1–9 / Enter keyboard shortcuts. */
export function QuestionView(props: Props) {
  const { locale, question, number, total, draft, onDraft, locked, feedback, headingLevel = 2, globalKeys, onEnter, headingRef, aside, children } = props;
  const t = getMessages(locale).quiz;
  const base = useId().replace(/:/g, "");
  const hintId = `${base}-hint`;
  const [notice, setNotice] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const Heading = headingLevel === 2 ? "h2" : "h3";

  function toggle(optionId: string) {
    if (locked || draft.kind !== "choice") return;
    if (question.type === "single") return onDraft({ kind: "choice", optionIds: [optionId] });
    if (draft.optionIds.includes(optionId)) {
      setNotice("");
      return onDraft({ kind: "choice", optionIds: draft.optionIds.filter((id) => id !== optionId) });
    }
    if (draft.optionIds.length >= question.choose) return setNotice(t.limitReached(question.choose));
    onDraft({ kind: "choice", optionIds: [...draft.optionIds, optionId] });
  }

  function handleKey(e: KeyboardEvent | React.KeyboardEvent) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || ownsKeys(e.target, e.key)) return;
    if (e.key === "Enter") {
      const tag = e.target instanceof HTMLElement ? e.target.tagName : "";
      if (tag === "BUTTON" || tag === "A" || tag === "SUMMARY") return;
      e.preventDefault();
      onEnter();
      return;
    }
    if (!/^[1-9]$/.test(e.key) || locked) return;
    const index = Number(e.key) - 1;
    if (draft.kind === "choice") {
      const option = question.options[index];
      if (!option) return;
      e.preventDefault();
      toggle(option.id);
      formRef.current?.querySelector<HTMLInputElement>(`input[value="${option.id}"]`)?.focus();
    } else {
      // Ordering: focus the nth item, ready for the arrow keys. Matching: focus the nth select.
      const targets = formRef.current?.querySelectorAll<HTMLElement>("[data-testid=quiz-order-item], select");
      const target = targets?.[index];
      if (!target) return;
      e.preventDefault();
      target.focus();
    }
  }

  const latest = useRef(handleKey);
  useEffect(() => {
    latest.current = handleKey;
  });
  useEffect(() => {
    if (!globalKeys) return;
    const listener = (e: KeyboardEvent) => {
      // A dialog (e.g. search) or another form has the user's attention.
      if (e.target instanceof Element && e.target.closest("dialog, [role=dialog]")) return;
      latest.current(e);
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [globalKeys]);

  const hint =
    question.type === "single" ? t.chooseOne : question.type === "multiple" ? t.chooseN(question.choose) : question.type === "ordering" ? t.orderHint : t.matchHint;

  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        e.preventDefault();
        onEnter();
      }}
      onKeyDown={globalKeys ? undefined : handleKey}
      data-testid="quiz-question"
      data-question-id={question.id}
      data-question-type={question.type}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading ref={headingRef} tabIndex={-1} className="text-sm font-semibold text-zinc-600 focus:outline-none dark:text-zinc-400">
          {t.questionOf(number, total)}
        </Heading>
        {aside}
      </div>
      <fieldset className="mt-2 min-w-0">
        <legend className="text-lg font-medium whitespace-pre-line">{question.stem}</legend>
        <p id={hintId} className="mt-2 mb-3 text-sm font-semibold text-brand-700 dark:text-brand-300" data-testid="quiz-hint">
          {hint}
        </p>
        {draft.kind === "choice" && (
          <ChoiceInput t={t} name={base} question={question} chosen={draft.optionIds} locked={locked} feedback={feedback} onToggle={toggle} />
        )}
        {draft.kind === "order" && (
          <OrderingInput
            t={t}
            base={base}
            hintId={hintId}
            question={question}
            order={draft.order}
            locked={locked}
            onOrder={(order) => onDraft({ kind: "order", order })}
            announce={setNotice}
          />
        )}
        {draft.kind === "pairs" && <MatchingInput t={t} base={base} question={question} pairs={draft.pairs} locked={locked} onPairs={(pairs) => onDraft({ kind: "pairs", pairs })} />}
        <p aria-live="polite" className="mt-2 min-h-5 text-sm text-zinc-700 dark:text-zinc-300">
          {question.type === "multiple" && !locked && <span>{t.selected(draft.kind === "choice" ? draft.optionIds.length : 0, question.choose)} </span>}
          {notice}
        </p>
      </fieldset>
      {!locked && <p className="mt-1 hidden text-xs text-zinc-600 sm:block dark:text-zinc-400">{t.keyboardHint}</p>}
      {children}
    </form>
  );
}
