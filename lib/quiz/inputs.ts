import { z } from "zod";
import { slugSchema } from "../course/schema";
import { locales } from "../i18n/locales";

const uuidSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "an attempt id (a UUID)");

/** The bodies the quiz API accepts (see docs/api.md). */
export const createAttemptSchema = z
  .object({
    mode: z.enum(["practice", "exam", "missed", "review"]),
    module: slugSchema.optional(),
    questionIds: z.array(z.string().min(1).max(40)).min(1).max(10).optional(),
    /** practice only: exactly the questions this learner got wrong or left unanswered in that submitted attempt */
    fromAttempt: uuidSchema.optional(),
    locale: z.enum(locales).default("en"),
    feedback: z.enum(["instant", "end"]).optional(),
    count: z.number().int().min(1).max(65).optional(),
    timeLimitSeconds: z.number().int().min(10).max(10_800).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (input.mode === "practice" && !input.module && !input.questionIds && !input.fromAttempt) issue("module", "practice needs a module (or questionIds, or fromAttempt)");
    if (input.mode !== "practice" && input.fromAttempt) issue("fromAttempt", "only practice attempts take fromAttempt");
    if (input.fromAttempt && (input.module || input.questionIds || input.count !== undefined)) issue("fromAttempt", "fromAttempt picks the questions itself: send no module, questionIds or count with it");
    if (input.mode !== "practice" && input.module) issue("module", `${input.mode} attempts draw from every module`);
    if (input.mode !== "practice" && input.questionIds) issue("questionIds", "only practice attempts take questionIds");
    if (input.mode !== "exam" && input.timeLimitSeconds !== undefined) issue("timeLimitSeconds", "only exams are timed");
    if (input.mode === "exam" && input.feedback === "instant") issue("feedback", "exams show feedback after submission");
    if (input.mode === "review" && input.feedback === "end") issue("feedback", "reviews show the answer right away, so you can rate how well you knew it");
    if (input.mode !== "exam" && input.count !== undefined && input.count > 50) issue("count", "at most 50 questions in practice");
  });
export type CreateAttemptInput = z.infer<typeof createAttemptSchema>;

const id = z.string().min(1).max(8);

export const answerSchema = z
  .object({
    questionId: z.string().min(1).max(40),
    optionIds: z.array(id).min(1).max(8).optional(),
    order: z.array(id).min(1).max(8).optional(),
    pairs: z.record(id, id).optional(),
  })
  .strict()
  .refine((a) => [a.optionIds, a.order, a.pairs].filter((x) => x !== undefined).length === 1, {
    message: "send exactly one of optionIds, order or pairs",
  });
export type AnswerInput = z.infer<typeof answerSchema>;

export const flagSchema = z.object({ questionId: z.string().min(1).max(40), flagged: z.boolean() }).strict();

/**
 * The query of GET /api/attempts/{id} (and of its answers and submit): `locale` shows the attempt's
 * text in that language instead of the one it was started in. It changes the words only, never what
 * the attempt's state allows the learner to see.
 */
export const attemptViewSchema = z.object({ locale: z.enum(locales).optional() }).strict();
export type AttemptView = z.infer<typeof attemptViewSchema>;
