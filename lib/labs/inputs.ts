/** Request bodies of the lab API (docs/api.md → Labs). */
import { z } from "zod";
import { slugSchema } from "../course/schema";
import { locales } from "../i18n/locales";
import { MANIFEST_LIMITS } from "./manifest";

/** A manifest of 64 KiB may double in size as a JSON string (escapes); anything larger is refused unread. */
export const LAB_BODY_LIMIT = 4 * MANIFEST_LIMITS.maxBytes;

export const labCheckInputSchema = z
  .object({
    labId: slugSchema.max(100),
    manifest: z.string().max(MANIFEST_LIMITS.maxBytes, `the manifest may be at most ${MANIFEST_LIMITS.maxBytes} characters`),
    locale: z.enum(locales).default("en"),
  })
  .strict();
export type LabCheckInput = z.infer<typeof labCheckInputSchema>;

export const labRevealInputSchema = z
  .object({
    labId: slugSchema.max(100),
    locale: z.enum(locales).default("en"),
    /** Asked for explicitly before the failures that unlock the solution. */
    early: z.boolean().default(false),
  })
  .strict();
export type LabRevealInput = z.infer<typeof labRevealInputSchema>;

export const labStateQuerySchema = z.object({ labId: slugSchema.max(100) }).strict();
export const labListQuerySchema = z.object({ locale: z.enum(locales).default("en") }).strict();
