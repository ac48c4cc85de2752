"use client";

import { useEffect, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { AttemptState, PublicQuestion, ResponseState } from "@/lib/quiz/api-types";
import { BookmarkButton } from "../bookmark-button";
import { errorText, postAnswer } from "./api";
import { firstUnanswered, initialDraft, isComplete, toAnswer, type Draft } from "./answer";
import { FeedbackPanel } from "./feedback-panel";
import { QuestionView } from "./question-view";
import { RatingBar } from "./rating-bar";
import { primaryButton } from "@/components/ui/styles";

type Props = {
  locale: Locale;
  attempt: AttemptState;
  headingLevel?: 2 | 3;
  globalKeys?: boolean;
  /** focus the first question on mount (after a Start button that disappears) */
  autoFocus?: boolean;
  finishLabel: string;
  /** the server has a newer state than ours (409): fetch it again */
  onStale: () => void;
  onFinish: (responses: Record<string, ResponseState>) => void;
  busy?: boolean;
  /** offer a bookmark toggle on each question (the quiz page; not a lesson's knowledge check) */
  bookmarks?: boolean;
};

export function hintFor(t: ReturnType<typeof getMessages>["quiz"], question: PublicQuestion): string {
  if (question.type === "single") return t.chooseOne;
  if (question.type === "multiple") return t.chooseN(question.choose);
  return question.type === "ordering" ? t.orderHint : t.matchHint;
}

/** Practice with instant feedback: answer, see the verdict and every explanation, then go on. */
export function InstantRunner({ locale, attempt, headingLevel = 2, globalKeys, autoFocus, finishLabel, onStale, onFinish, busy: finishing, bookmarks }: Props) {
  const t = getMessages(locale).quiz;
  const [responses, setResponses] = useState<Record<string, ResponseState>>(attempt.responses);
  const [index, setIndex] = useState(() => firstUnanswered(attempt.questions, (id) => Boolean(attempt.responses[id]?.feedback)));
  const question = attempt.questions[index];
  const [draft, setDraft] = useState<Draft | null>(() => (question ? initialDraft(question, attempt.responses[question.id]?.answer) : null));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(Boolean(autoFocus));
  const answeredNow = useRef(false);
  const [rated, setRated] = useState<Set<string>>(() => new Set());

  const response = question ? responses[question.id] : undefined;
  const feedback = response?.feedback;

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [index]);

  // Once the verdict is on screen, keyboard users continue from the Next button (the inputs are locked).
  useEffect(() => {
    if (feedback && answeredNow.current) {
      answeredNow.current = false;
      nextRef.current?.focus();
    }
  }, [feedback]);

  if (!question || !draft) return null;
  const last = index === attempt.questions.length - 1;

  async function submit() {
    if (!question || !draft || busy || feedback) return;
    if (!isComplete(question, draft)) return setError(hintFor(t, question));
    setBusy(true);
    setError("");
    const answer = toAnswer(draft);
    const result = await postAnswer(attempt.id, question.id, answer, locale);
    setBusy(false);
    if (!result.ok) {
      if (result.status === 409) return onStale();
      return setError(errorText(result, t.networkError));
    }
    const ack = result.data.feedback;
    setResponses((r) => ({ ...r, [question.id]: { answer, flagged: r[question.id]?.flagged ?? false, ...(ack ? { feedback: ack } : {}) } }));
    setAnnouncement(ack ? (ack.correct ? t.verdictCorrect : t.verdictIncorrect) : t.saved);
    answeredNow.current = true;
  }

  function next() {
    if (last) return onFinish(responses);
    const nextQuestion = attempt.questions[index + 1];
    if (!nextQuestion) return;
    setIndex(index + 1);
    setDraft(initialDraft(nextQuestion, responses[nextQuestion.id]?.answer));
    setAnnouncement("");
    setError("");
  }

  return (
    <div data-testid="quiz-instant">
      <QuestionView
        key={question.id}
        locale={locale}
        question={question}
        number={index + 1}
        total={attempt.questions.length}
        draft={feedback ? initialDraft(question, response?.answer) : draft}
        onDraft={(d) => {
          setDraft(d);
          setError("");
        }}
        locked={Boolean(feedback)}
        feedback={feedback}
        headingLevel={headingLevel}
        globalKeys={globalKeys}
        headingRef={headingRef}
        aside={bookmarks ? <BookmarkButton labels={getMessages(locale).bookmarks} kind="question" target={question.id} /> : undefined}
        onEnter={() => {
          if (!feedback) return void submit();
          // In a review the rating is the way on: Enter must not skip it.
          if (attempt.mode !== "review" || rated.has(question.id)) next();
        }}
      >
        {!feedback && (
          <div className="mt-4">
            <button type="button" className={primaryButton} onClick={() => void submit()} disabled={busy} data-testid="quiz-submit-answer">
              {t.submitAnswer}
            </button>
          </div>
        )}
      </QuestionView>
      <div role="alert" className="mt-3 text-red-700 empty:hidden dark:text-red-300" data-testid="quiz-error">
        {error}
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {feedback && (
        <>
          <FeedbackPanel t={t} question={question} answer={response?.answer} feedback={feedback} headingLevel={headingLevel === 2 ? 3 : 4} />
          {attempt.mode === "review" && !rated.has(question.id) ? (
            <RatingBar
              locale={locale}
              questionId={question.id}
              correct={feedback.correct}
              onRated={() => {
                setRated((r) => new Set(r).add(question.id));
                next();
              }}
            />
          ) : (
            <div className="mt-4">
              <button ref={nextRef} type="button" className={primaryButton} onClick={next} disabled={finishing} data-testid="quiz-next" data-finish={last || undefined}>
                {last ? finishLabel : t.next}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
