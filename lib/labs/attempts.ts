import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { DomainError } from "../errors";
import type { Locale } from "../i18n/locales";
import type { Lab } from "./schema";
import { findLab, listLabs } from "./catalogue";
import { evaluateLab, type LabFeedback } from "./evaluate";
import type { LabState, LabSummary } from "./attempts-types";

import { REVEAL_AFTER_FAILURES } from "./rules";

export { REVEAL_AFTER_FAILURES };

export type { LabState, LabStatus, LabSummary } from "./attempts-types";

export function requireLab(labId: string): Lab {
  const lab = findLab(labId);
  if (!lab) throw new DomainError(404, "unknown_lab", `there is no lab '${labId}'`);
  return lab;
}

export async function getLabState(db: Db, learnerId: string | null, labId: string): Promise<LabState> {
  if (!learnerId) return { labId, attempts: 0, failures: 0, passed: false, revealed: false, canReveal: false };
  const [attempts, failures, passed, reveal] = await Promise.all([
    db.labAttempt.count({ where: { learnerId, labId } }),
    db.labAttempt.count({ where: { learnerId, labId, passed: false } }),
    db.labAttempt.count({ where: { learnerId, labId, passed: true } }),
    db.labReveal.findUnique({ where: { learnerId_labId: { learnerId, labId } }, select: { labId: true } }),
  ]);
  return { labId, attempts, failures, passed: passed > 0, revealed: reveal !== null, canReveal: failures >= REVEAL_AFTER_FAILURES || reveal !== null };
}

/**
 * Evaluates a manifest. A manifest that is not YAML within the limits (lib/labs/manifest.ts) is
 * refused with 422 `invalid_manifest` and its diagnostics, before anything is written.
 */
export function evaluateForCheck(lab: Lab, manifest: string, locale: Locale): LabFeedback {
  const feedback = evaluateLab(lab, manifest, locale);
  if (feedback.checks.length === 0 && feedback.diagnostics.length > 0) {
    throw new DomainError(422, "invalid_manifest", feedback.diagnostics[0]!.message, { diagnostics: feedback.diagnostics });
  }
  return feedback;
}

/** Records a check. A passed lab completes its lesson, so it counts toward lesson and module progress like "Mark as complete". */
export async function recordLabCheck(db: Db, learnerId: string, lab: Lab, feedback: LabFeedback, now: Date): Promise<{ feedback: LabFeedback; state: LabState }> {
  await db.$transaction(async (tx) => {
    await tx.labAttempt.create({
      data: { id: randomUUID(), learnerId, labId: lab.id, module: lab.module, lesson: lab.lesson, passed: feedback.passed, passedChecks: feedback.summary.passed, totalChecks: feedback.summary.total, createdAt: now },
    });
    if (feedback.passed) {
      await tx.lessonCompletion.upsert({
        where: { learnerId_module_lesson: { learnerId, module: lab.module, lesson: lab.lesson } },
        create: { learnerId, module: lab.module, lesson: lab.lesson, completedAt: now },
        update: {},
      });
    }
  });
  return { feedback, state: await getLabState(db, learnerId, lab.id) };
}

/**
 * Refuses a reveal the learner may not have yet. Call it with the learner read from the request
 * (null for a visitor) before a guest learner is made, so a refused reveal writes nothing.
 */
export async function assertRevealAllowed(db: Db, learnerId: string | null, lab: Lab, early: boolean): Promise<LabState> {
  const state = await getLabState(db, learnerId, lab.id);
  if (!state.canReveal && !early) {
    throw new DomainError(409, "reveal_not_available", `the solution is shown after ${REVEAL_AFTER_FAILURES} failed checks, or when asked for with "early": true`);
  }
  return state;
}

/** Records a reveal and returns the solution; before REVEAL_AFTER_FAILURES failures only when asked for `early`. */
export async function revealLab(db: Db, learnerId: string, lab: Lab, locale: Locale, early: boolean, now: Date) {
  const before = await assertRevealAllowed(db, learnerId, lab, early);
  await db.labReveal.upsert({ where: { learnerId_labId: { learnerId, labId: lab.id } }, create: { learnerId, labId: lab.id, revealedAt: now }, update: {} });
  return {
    labId: lab.id,
    solution: lab.solution,
    explanation: lab.explanation[locale],
    state: { ...before, revealed: true, canReveal: true },
  };
}


/** Every lab with the learner's status: for the dashboard and "what I missed". */
export async function listLabSummaries(db: Db, learnerId: string | null, locale: Locale): Promise<LabSummary[]> {
  const labs = listLabs();
  const rows = learnerId
    ? await db.labAttempt.groupBy({ by: ["labId", "passed"], where: { learnerId }, _count: { _all: true } })
    : [];
  const reveals = learnerId ? await db.labReveal.findMany({ where: { learnerId }, select: { labId: true } }) : [];
  const revealed = new Set(reveals.map((r) => r.labId));
  return labs.map((lab) => {
    const mine = rows.filter((r) => r.labId === lab.id);
    const attempts = mine.reduce((n, r) => n + r._count._all, 0);
    const solved = mine.some((r) => r.passed);
    return { id: lab.id, module: lab.module, lesson: lab.lesson, title: lab.title[locale], status: solved ? "solved" : attempts ? "attempted" : "not_started", attempts, revealed: revealed.has(lab.id) };
  });
}
