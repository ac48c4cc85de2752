import { z } from "zod";

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by '-'");

export const localizedTextSchema = z
  .object({
    en: z.string().trim().min(1, "English text is missing"),
    zh: z.string().trim().min(1, "Chinese text is missing"),
  })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const moduleMetaSchema = z
  .object({
    order: z.number().int().positive(),
    weight: z.number().int().min(0).max(100),
    title: localizedTextSchema,
    summary: localizedTextSchema,
  })
  .strict();
export type ModuleMeta = z.infer<typeof moduleMetaSchema>;

export const examCodes = ["saa", "sap", "dva", "soa", "dop"] as const;

export const lessonFrontmatterSchema = z
  .object({
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1),
    order: z.number().int().positive(),
    minutes: z.number().int().min(1).max(120),
    exams: z.array(z.enum(examCodes)).default([]),
    tags: z.array(slugSchema).default([]),
    sources: z.array(z.url({ protocol: /^https?$/ })).default([]),
  })
  .strict();
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export const glossarySchema = z.array(
  z.object({ term: localizedTextSchema, definition: localizedTextSchema }).strict(),
);
export type GlossaryEntry = z.infer<typeof glossarySchema>[number];
