/**
 * Whether this browser has a learner, so a page's personal reads (progress, review count, bookmarks,
 * lab state) are worth a request. A first-time visitor has no learner: the islands then show what
 * the server would answer for nobody (`NO_LEARNER`) without asking, and the page makes one personal
 * request (GET /api/account/me, which the header needs anyway) instead of five.
 */
import type { ProgressSummary } from "@/lib/quiz/api-types";
import type { ReviewQueueSummary } from "./quiz/api";
import type { BookmarkList } from "@/lib/bookmarks/schema";
import type { LabState, LabSummary } from "@/lib/labs/attempts-types";
import { hasLearnerHint } from "@/lib/auth/learner-hint";
import { readSessionHint } from "./session-hint";
import { afterIdle } from "./when-idle";

export type Me = { user: { name: string; email: string; role: "learner" | "instructor" } | null; learner: boolean };

let me: { at: number; promise: Promise<Me | null> } | undefined;

/** GET /api/account/me once the page is idle, shared by the header's account link and `hasLearner`; null if it failed. */
export function getMeShared(): Promise<Me | null> {
  if (!me || Date.now() - me.at > 3000) {
    const promise = afterIdle()
      .then(() => fetch("/api/account/me", { credentials: "same-origin", cache: "no-store" }))
      .then((r) => (r.ok ? (r.json() as Promise<Me>) : null))
      .catch(() => null);
    me = { at: Date.now(), promise };
  }
  return me.promise;
}

/**
 * At once from the hint cookies (lib/auth/learner-hint.ts, components/session-hint.ts), which a write
 * that makes a guest sets on the spot; otherwise from /api/account/me, which also sets the hint for
 * a guest whose browser predates it. If that call fails, the answer is yes: one request too many
 * beats a learner's progress not shown.
 */
export async function hasLearner(): Promise<boolean> {
  if (hasLearnerHint(document.cookie) || readSessionHint()) return true;
  return (await getMeShared())?.learner ?? true;
}

/** `read()` when this browser has a learner; otherwise `none`, without a request. */
export async function readIfLearner<T>(read: () => Promise<T>, none: T): Promise<T> {
  return (await hasLearner()) ? read() : none;
}

/**
 * What the API answers a visitor with no learner, as the islands use it (a test holds the server to
 * these). Progress lists no module: every widget reads a missing module as nothing done.
 */
export const NO_LEARNER = {
  progress: { modules: [], missedCount: 0 } satisfies ProgressSummary as ProgressSummary,
  review: { count: 0, questionIds: [], nextDue: null } satisfies ReviewQueueSummary as ReviewQueueSummary,
  bookmarks: { bookmarks: [] } satisfies BookmarkList as BookmarkList,
  labs: { labs: [] as LabSummary[] },
  labState: (labId: string): LabState => ({ labId, attempts: 0, failures: 0, passed: false, revealed: false, canReveal: false }),
};
