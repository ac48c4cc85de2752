import { z } from "zod";

/** The one course this site certifies; its title comes from lib/i18n/certificate-messages.ts. */
export const COURSE_KEY = "eks-exam-prep";

/**
 * A certificate id: 24 base64url characters, i.e. 18 random bytes (144 bits) from the OS CSPRNG
 * (lib/certificates/id.ts). Anything else in a path is refused before a query runs.
 */
export const CERTIFICATE_ID_PATTERN = /^[A-Za-z0-9_-]{24}$/;
export const certificateIdSchema = z.string().regex(CERTIFICATE_ID_PATTERN);

/**
 * The body of POST /api/certificates: the name to print. The account's display name is optional and
 * defaults to the email's local part, so the learner types the name the public page will show.
 * An email address is refused: the verification page must never reveal one.
 */
export const issueCertificateSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "enter the name to print on the certificate")
      .max(100)
      .refine((name) => !name.includes("@"), "a certificate shows a name, not an email address")
      .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "the name holds a control character")
      .refine((name) => name.isWellFormed(), "the name holds invalid Unicode"),
  })
  .strict();
export type IssueCertificateInput = z.infer<typeof issueCertificateSchema>;

/** What the public verification page may show: name, date and course, nothing else. */
export type PublicCertificate = { id: string; name: string; course: string; issuedAt: Date };

/** The holder's own view (certificate page, API). */
export type OwnCertificate = PublicCertificate & { scaledScore: number };
