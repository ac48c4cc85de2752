"use client";

import { useEffect, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { AttemptState, ResponseState } from "@/lib/quiz/api-types";
import { errorText, isClosed, postAnswer, postFlag, submitAttempt, type ApiFailure } from "@/components/quiz/api";
import { firstUnanswered, initialDraft, isComplete, sameAnswer, toAnswer, type Draft } from "@/components/quiz/answer";
import { hintFor } from "@/components/quiz/instant-runner";
import { BookmarkButton } from "@/components/bookmark-button";
import { QuestionView } from "@/components/quiz/question-view";
import { alertClass, primaryButton, secondaryButton } from "@/components/ui/styles";
import { ExamBar } from "./exam-bar";
import { ExamTimer } from "./exam-timer";
import { QuestionNavigator } from "./question-navigator";
import { ReviewScreen } from "./review-screen";

type Props = {
  locale: Locale;
  attempt: AttemptState;
  offset: number;
  onSubmitted: (state: AttemptState) => void;
  onStale: () => void;
};

/** Exams and practice with feedback at the end: answers can change until the attempt is submitted. */
export function EndRunner({ locale, attempt, offset, onSubmitted, onStale }: Props) {
  const t = getMessages(locale).quiz;
  const { questions } = attempt;
  const exam = attempt.mode === "exam";
  const [responses, setResponses] = useState<Record<string, ResponseState>>(attempt.responses);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  // The question in view lives in the URL (#q-3), so a reload returns to it rather than to the first unanswered one.
  // The language switch drops the hash, so the position is also kept for this tab in sessionStorage.
  const [index, setIndex] = useState(
    () => readQuestionHash(questions.length) ?? readStoredPosition(attempt.id, questions.length) ?? firstUnanswered(questions, (id) => Boolean(attempt.responses[id]?.answer)),
  );
  const [view, setView] = useState<"question" | "review">("question");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [status, setStatus] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current && view === "question") headingRef.current?.focus();
    moved.current = true;
  }, [index, view]);

  useEffect(() => {
    window.history.replaceState(window.history.state, "", `#q-${index + 1}`);
    storePosition(attempt.id, index);
  }, [attempt.id, index]);

  // During an exam the site header scrolls away with the page; the exam bar is what stays on screen.
  useEffect(() => {
    if (!exam) return;
    document.documentElement.dataset.exam = "active";
    return () => {
      delete document.documentElement.dataset.exam;
    };
  }, [exam]);

  const question = questions[index];
  if (!question) return null;
  const response = responses[question.id];
  const draft = drafts[question.id] ?? initialDraft(question, response?.answer);

  function fail(failure: ApiFailure) {
    if (isClosed(failure)) return onStale();
    setError(errorText(failure, t.networkError));
  }

  /**
   * Saves the current draft if it is complete and new; false only when the server refused it.
   * Moving away saves only what the learner touched: an untouched ordering list is not an answer.
   */
  async function save(explicit: boolean): Promise<boolean> {
    if (!question || !isComplete(question, draft) || (!explicit && !drafts[question.id])) return true;
    const answer = toAnswer(draft);
    if (sameAnswer(response?.answer, answer)) return true;
    const result = await postAnswer(attempt.id, question.id, answer, locale);
    if (!result.ok) {
      fail(result);
      return false;
    }
    setResponses((r) => ({ ...r, [question.id]: { answer, flagged: r[question.id]?.flagged ?? false } }));
    return true;
  }

  async function go(next: number | "review") {
    if (busy) return;
    setBusy(true);
    setError("");
    const ok = await save(false);
    setBusy(false);
    if (!ok) return;
    setStatus("");
    if (next === "review") return setView("review");
    setIndex(next);
    setView("question");
  }

  async function saveAndNext() {
    if (!question || busy) return;
    if (!isComplete(question, draft)) return setError(hintFor(t, question));
    setBusy(true);
    setError("");
    const ok = await save(true);
    setBusy(false);
    if (!ok) return;
    setStatus(t.saved);
    if (index < questions.length - 1) setIndex(index + 1);
    else setView("review");
  }

  async function toggleFlag() {
    if (!question) return;
    const flagged = !response?.flagged;
    const result = await postFlag(attempt.id, question.id, flagged);
    if (!result.ok) return fail(result);
    setResponses((r) => ({ ...r, [question.id]: { answer: r[question.id]?.answer ?? null, flagged: result.data.flagged } }));
  }

  async function submitAll() {
    setBusy(true);
    setError("");
    const result = await submitAttempt(attempt.id, locale);
    setBusy(false);
    if (result.ok) onSubmitted(result.data);
    else fail(result);
  }

  const timer = attempt.deadline ? <ExamTimer t={t} deadline={attempt.deadline} offset={offset} onExpire={() => void submitAll()} /> : null;
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-8">
      <div className="min-w-0 [&_h2]:scroll-mt-24">
        <ExamBar t={t} timer={timer} questions={questions} responses={responses} current={view === "question" ? index : null} onGoTo={(i) => void go(i)} />
        {view === "question" && (
          <div className="mb-4 flex flex-wrap items-center justify-end gap-3">
            <button type="button" className={secondaryButton} onClick={() => void go("review")} disabled={busy} data-testid="quiz-open-review">
              {t.reviewOpen}
            </button>
          </div>
        )}
        {view === "review" ? (
          <ReviewScreen t={t} questions={questions} responses={responses} exam={exam} busy={busy} onGoTo={(i) => void go(i)} onBack={() => setView("question")} onSubmit={() => void submitAll()} />
        ) : (
          <QuestionView
            key={question.id}
            locale={locale}
            question={question}
            number={index + 1}
            total={questions.length}
            draft={draft}
            onDraft={(d) => {
              setDrafts((all) => ({ ...all, [question.id]: d }));
              setError("");
              setStatus("");
            }}
            locked={false}
            globalKeys
            headingRef={headingRef}
            aside={<BookmarkButton labels={getMessages(locale).bookmarks} kind="question" target={question.id} />}
            onEnter={() => void saveAndNext()}
          >
            <div className="mt-4 flex flex-wrap gap-3">
              <button type="button" className={primaryButton} onClick={() => void saveAndNext()} disabled={busy} data-testid="quiz-submit-answer">
                {t.saveAnswer}
              </button>
              <button
                type="button"
                className={`${secondaryButton} aria-pressed:border-brand-600 aria-pressed:bg-brand-50 dark:aria-pressed:bg-brand-700/15`}
                aria-pressed={Boolean(response?.flagged)}
                onClick={() => void toggleFlag()}
                data-testid="quiz-flag"
              >
                <span aria-hidden="true">{response?.flagged ? "⚑ " : "⚐ "}</span>
                {t.flag}
              </button>
            </div>
            <div className="mt-3 flex flex-wrap gap-3">
              <button type="button" className={secondaryButton} onClick={() => void go(index - 1)} disabled={busy || index === 0} data-testid="quiz-prev">
                <span aria-hidden="true">← </span>
                {t.previous}
              </button>
              <button
                type="button"
                className={secondaryButton}
                onClick={() => void go(index < questions.length - 1 ? index + 1 : "review")}
                disabled={busy}
                data-testid="quiz-next"
              >
                {index < questions.length - 1 ? t.next : t.reviewOpen}
                <span aria-hidden="true"> →</span>
              </button>
            </div>
          </QuestionView>
        )}
        <div role="alert" className={alertClass} data-testid="quiz-error">
          {error}
        </div>
        <p aria-live="polite" className="mt-2 text-sm text-zinc-700 dark:text-zinc-300" data-testid="quiz-status">
          {status}
        </p>
      </div>
      <div className="mt-8 hidden lg:mt-0 lg:block">
        <QuestionNavigator t={t} questions={questions} responses={responses} current={view === "question" ? index : null} onGoTo={(i) => void go(i)} />
      </div>
    </div>
  );
}

/** The 0-based question index named by the URL's #q-<n>, if it names one of this attempt's questions. */
function readQuestionHash(count: number): number | null {
  const match = /^#q-(\d{1,3})$/.exec(window.location.hash);
  const n = match ? Number(match[1]) : 0;
  return n >= 1 && n <= count ? n - 1 : null;
}

const positionKey = (attemptId: string) => `eks-quiz-position:${attemptId}`;

/** The question this tab last showed for this attempt (kept across the language switch), if valid. */
function readStoredPosition(attemptId: string, count: number): number | null {
  try {
    const n = Number(window.sessionStorage.getItem(positionKey(attemptId)));
    return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : null;
  } catch {
    return null; // storage disabled: the hash and the first unanswered question still work
  }
}

function storePosition(attemptId: string, index: number): void {
  try {
    window.sessionStorage.setItem(positionKey(attemptId), String(index + 1));
  } catch {
    // storage disabled or full: nothing to keep
  }
}
