/**
 * Browser calls to the quiz and progress API (docs/api.md). Every call resolves to a result the UI
 * can show; nothing throws. Response shapes come from lib/quiz/api-types.
 */
import type { Locale } from "@/lib/i18n/locales";
import { afterIdle } from "@/components/when-idle";
import { NO_LEARNER, readIfLearner } from "@/components/learner";
import type {
  AnswerAck,
  AnswerResponse,
  AttemptMode,
  AttemptState,
  FeedbackMode,
  ProgressSummary,
} from "@/lib/quiz/api-types";

export type ApiFailure = { ok: false; status: number; code: string; message: string };
export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

export type StartAttemptRequest = {
  mode: AttemptMode;
  locale: Locale;
  module?: string;
  questionIds?: string[];
  /** practice only: the wrong and unanswered questions of this submitted attempt */
  fromAttempt?: string;
  feedback?: FeedbackMode;
  count?: number;
  timeLimitSeconds?: number;
};

function readError(json: unknown): { code: string; message: string } | undefined {
  if (!json || typeof json !== "object" || !("error" in json)) return undefined;
  const error = (json as { error: unknown }).error;
  if (!error || typeof error !== "object") return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === "string" && typeof message === "string" ? { code, message } : undefined;
}

async function callApi<T>(url: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const response = await fetch(
      url,
      body === undefined
        ? { cache: "no-store" }
        : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), cache: "no-store" },
    );
    const json: unknown = await response.json().catch(() => undefined);
    if (response.ok && json !== undefined) return { ok: true, data: json as T };
    const error = readError(json) ?? { code: `http_${response.status}`, message: `HTTP ${response.status}` };
    return { ok: false, status: response.status, ...error };
  } catch {
    return { ok: false, status: 0, code: "network", message: "" };
  }
}

/** The message to show for a failed call: the API's own words, or a translated network error. */
export function errorText(failure: ApiFailure, networkError: string): string {
  return failure.code === "network" || !failure.message ? networkError : failure.message;
}

/** A timed attempt that the server has closed: the UI only needs to fetch it again. */
export function isClosed(failure: ApiFailure): boolean {
  return failure.status === 409 && (failure.code === "already_submitted" || failure.code === "deadline_passed");
}

const attemptUrl = (id: string) => `/api/attempts/${encodeURIComponent(id)}`;
/** `?locale=…`: the page's language, so an attempt follows the learner's language switch. */
const inLocale = (locale?: Locale) => (locale ? `?locale=${locale}` : "");

export const startAttempt = (request: StartAttemptRequest) => callApi<AttemptState>("/api/attempts", request);
export const getAttempt = (id: string, locale?: Locale) => callApi<AttemptState>(`${attemptUrl(id)}${inLocale(locale)}`);
export const postAnswer = (id: string, questionId: string, answer: AnswerResponse, locale?: Locale) =>
  callApi<AnswerAck>(`${attemptUrl(id)}/answers${inLocale(locale)}`, { questionId, ...answer });
export const postFlag = (id: string, questionId: string, flagged: boolean) =>
  callApi<{ questionId: string; flagged: boolean }>(`${attemptUrl(id)}/flags`, { questionId, flagged });
export const submitAttempt = (id: string, locale?: Locale) => callApi<AttemptState>(`${attemptUrl(id)}/submit${inLocale(locale)}`, {});

let progress: { at: number; promise: Promise<ApiResult<ProgressSummary>> } | undefined;

/** GET /api/progress, shared by every widget on the page (module cards, lesson button, practice). */
export function getProgressShared(): Promise<ApiResult<ProgressSummary>> {
  // Asked once the page has loaded and gone idle: ticks and counts are not part of the first paint.
  if (!progress || Date.now() - progress.at > 3000) progress = { at: Date.now(), promise: afterIdle().then(() => readIfLearner(() => callApi<ProgressSummary>("/api/progress"), { ok: true, data: NO_LEARNER.progress })) };
  return progress.promise;
}

/** Forget the shared progress answer, so the next read asks the server (after a change made elsewhere, e.g. a lab pass). */
export function invalidateProgress() {
  progress = undefined;
}

export async function setLessonComplete(module: string, lesson: string, completed: boolean) {
  progress = undefined;
  return callApi<{ module: string; lesson: string; completed: boolean }>("/api/progress/lessons", { module, lesson, completed });
}

export type ReviewQueueSummary = { count: number; questionIds: string[]; nextDue: string | null };
export type ReviewRatingName = "again" | "hard" | "good" | "easy";

export type ReviewPreview = { questionId: string; now: string; intervals: Record<ReviewRatingName, string> };

export const getReviewQueue = () => callApi<ReviewQueueSummary>("/api/review");
/** The review queue for the header's count: no request for a browser without a learner. */
export const getReviewCount = () => readIfLearner<ApiResult<ReviewQueueSummary>>(getReviewQueue, { ok: true, data: NO_LEARNER.review });
export const getReviewPreview = (questionId: string) => callApi<ReviewPreview>(`/api/review/preview?questionId=${encodeURIComponent(questionId)}`);
export const rateReview = (questionId: string, rating: ReviewRatingName) =>
  callApi<{ questionId: string; rating: string; due: string }>("/api/review/rate", { questionId, rating });

/** The review queue changed (a rating, a submitted attempt): the badge in the header counts again. */
export const REVIEW_CHANGED_EVENT = "eks:review-changed";
export function announceReviewChanged(): void {
  window.dispatchEvent(new Event(REVIEW_CHANGED_EVENT));
}
