import { z } from "zod";
import { slugSchema } from "../course/schema";
import { locales } from "../i18n/locales";
import { questionTypes } from "../quiz/schema";

/**
 * The item-analysis filters, from a page's or an API's query string. `version`: "current" (each
 * question's latest version, the default), "all", or one version number.
 */
export const itemFilterSchema = z
  .object({
    module: slugSchema.optional(),
    type: z.enum(questionTypes).optional(),
    version: z
      .string()
      .regex(/^(all|current|[1-9]\d{0,4})$/, "version is 'all', 'current' or a version number")
      .default("current"),
    locale: z.enum(locales).optional(),
  })
  .strict();
export type ItemFilter = z.infer<typeof itemFilterSchema>;

export const questionPageSchema = z.object({ id: z.string().regex(/^[a-z]+-\d{3,}$/, "a question id like 'arch-001'"), version: z.coerce.number().int().min(1).max(99999).optional() });
