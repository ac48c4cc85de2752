/** The lab file format (content/labs/<id>.yaml), as described in content/README.md → Labs. */
import { z } from "zod";
import { localizedTextSchema, slugSchema } from "../course/schema";
import { parseCheckPath } from "./path";

const jsonValue: z.ZodType<unknown> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]));

const pathSchema = z
  .string()
  .optional()
  .superRefine((value, ctx) => {
    if (!value) return;
    const parsed = parseCheckPath(value);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: `path: ${parsed.error}` });
  });

const regexSchema = z.string().min(1).superRefine((value, ctx) => {
  try {
    new RegExp(value, "u");
  } catch (error) {
    ctx.addIssue({ code: "custom", message: `not a JavaScript regular expression: ${(error as Error).message}` });
  }
});

export const labSelectorSchema = z
  .object({ kind: z.string().min(1), name: z.string().min(1).optional(), apiVersion: z.string().min(1).optional() })
  .strict();
export type LabSelector = z.infer<typeof labSelectorSchema>;

const predicateKeys = ["equals", "oneOf", "exists", "absent", "range", "matches", "contains"] as const;
export type PredicateName = (typeof predicateKeys)[number];

export const labCheckSchema = z
  .object({
    id: slugSchema,
    select: labSelectorSchema,
    path: pathSchema,
    parse: z.literal("json").optional(),
    equals: jsonValue.optional(),
    oneOf: z.array(jsonValue).min(1).optional(),
    exists: z.literal(true).optional(),
    absent: z.literal(true).optional(),
    range: z
      .object({ min: z.number().optional(), max: z.number().optional() })
      .strict()
      .refine((r) => r.min !== undefined || r.max !== undefined, "range needs min, max or both")
      .optional(),
    matches: regexSchema.optional(),
    contains: jsonValue.optional(),
    hint: localizedTextSchema,
  })
  .strict()
  .superRefine((check, ctx) => {
    const given = predicateKeys.filter((k) => k in check && (check as Record<string, unknown>)[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({ code: "custom", message: `a check needs exactly one predicate (${predicateKeys.join(", ")}); found ${given.length ? given.join(", ") : "none"}` });
    }
  });
export type LabCheck = z.infer<typeof labCheckSchema>;

export const labSchema = z
  .object({
    id: slugSchema,
    module: slugSchema,
    lesson: slugSchema,
    title: localizedTextSchema,
    scenario: localizedTextSchema,
    source: z.url({ protocol: /^https$/ }),
    starter: z.string().min(1),
    solution: z.string().min(1),
    explanation: localizedTextSchema,
    checks: z.array(labCheckSchema).min(1).max(30),
  })
  .strict()
  .superRefine((lab, ctx) => {
    const seen = new Set<string>();
    lab.checks.forEach((check, index) => {
      if (seen.has(check.id)) ctx.addIssue({ code: "custom", path: ["checks", index, "id"], message: `check id '${check.id}' is used twice in this lab` });
      seen.add(check.id);
    });
  });
export type Lab = z.infer<typeof labSchema>;

/** What the browser may see of a lab before the solution is revealed. */
export type PublicLab = Pick<Lab, "id" | "module" | "lesson" | "source" | "starter"> & {
  title: string;
  scenario: string;
  checks: { id: string; path: string }[];
};
