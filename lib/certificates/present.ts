import type { Eligibility } from "./rules";
import type { OwnCertificate } from "./schema";

/** The public path that verifies a certificate (redirects to the reader's language). */
export const verifyPath = (id: string) => `/verify/${id}`;

/** JSON for the certificate API (docs/api.md). */
export function toCertificateJson(certificate: OwnCertificate) {
  return {
    id: certificate.id,
    name: certificate.name,
    course: certificate.course,
    issuedAt: certificate.issuedAt.toISOString(),
    scaledScore: certificate.scaledScore,
    verifyPath: verifyPath(certificate.id),
  };
}

export function toEligibilityJson(eligibility: Eligibility) {
  const { bestExam, ...rest } = eligibility;
  return { ...rest, bestExam: bestExam ? { attemptId: bestExam.attemptId, scaledScore: bestExam.scaledScore, finishedAt: bestExam.finishedAt.toISOString() } : null };
}
