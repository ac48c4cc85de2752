import "server-only";
import type { Db } from "../db";
import { DomainError } from "../errors";
import { createCertificateId } from "./id";
import { getEligibility, getOwnCertificate } from "./queries";
import { COURSE_KEY, type IssueCertificateInput, type OwnCertificate } from "./schema";

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

/**
 * Issues this account's certificate, re-checking eligibility on the server. Idempotent: an account
 * that already has one gets it back unchanged (`created: false`), and of two racing requests only
 * one row is written (the unique userId decides). A refusal writes nothing.
 */
export async function issueCertificate(db: Db, userId: string, input: IssueCertificateInput, now: Date): Promise<{ certificate: OwnCertificate; created: boolean }> {
  const existing = await getOwnCertificate(db, userId);
  if (existing) return { certificate: existing, created: false };
  const eligibility = await getEligibility(db, userId, now);
  if (!eligibility.eligible || !eligibility.bestExam) {
    const missing = [
      eligibility.lessons.completed < eligibility.lessons.total ? `complete every lesson (${eligibility.lessons.completed} of ${eligibility.lessons.total} done)` : null,
      !eligibility.bestExam || eligibility.bestExam.scaledScore < eligibility.passLine
        ? `score at least ${eligibility.passLine} in a submitted exam simulation of ${eligibility.minQuestions} or more questions at the standard pace`
        : null,
    ].filter(Boolean);
    throw new DomainError(403, "not_eligible", `not yet: ${missing.join("; ")}`);
  }
  try {
    const certificate = await db.certificate.create({
      data: { id: createCertificateId(), userId, name: input.name, course: COURSE_KEY, attemptId: eligibility.bestExam.attemptId, scaledScore: eligibility.bestExam.scaledScore, issuedAt: now },
      select: { id: true, name: true, course: true, issuedAt: true, scaledScore: true },
    });
    return { certificate, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await getOwnCertificate(db, userId);
    if (!raced) throw error;
    return { certificate: raced, created: false };
  }
}
