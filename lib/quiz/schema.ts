import { z } from "zod";
import { localizedTextSchema } from "../course/schema";

export const questionTypes = ["single", "multiple", "ordering", "matching"] as const;
export type QuestionType = (typeof questionTypes)[number];

export const optionSchema = z
  .object({
    id: z.string().regex(/^[a-z]$/, "option ids are single lowercase letters"),
    correct: z.boolean().optional(),
    text: localizedTextSchema,
    explanation: localizedTextSchema,
    match: localizedTextSchema.optional(),
  })
  .strict();
export type QuestionOption = z.infer<typeof optionSchema>;

/** One question as authored in content/questions/<module>.yaml (both languages, one answer key). */
export const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z]+-\d{3,}$/, "ids look like 'arch-001'"),
    type: z.enum(questionTypes),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    source: z.url({ protocol: /^https?$/, error: "source must be an http(s) URL" }),
    stem: localizedTextSchema,
    choose: z.number().int().min(2).optional(),
    options: z.array(optionSchema).min(3).max(8),
  })
  .strict()
  .superRefine((q, ctx) => {
    const issue = (message: string, path: (string | number)[] = []) => ctx.addIssue({ code: "custom", message, path });
    const ids = q.options.map((o) => o.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) issue(`option id '${id}' is used twice`, ["options", i, "id"]);
    });
    const correct = q.options.filter((o) => o.correct === true).length;
    switch (q.type) {
      case "single":
        if (q.options.length !== 4) issue(`a single-answer question has 4 options, not ${q.options.length}`, ["options"]);
        if (correct !== 1) issue(`a single-answer question has exactly one correct option, found ${correct}`, ["options"]);
        if (q.choose !== undefined) issue("'choose' is only for multiple-response questions", ["choose"]);
        break;
      case "multiple":
        if (q.choose === undefined) issue("a multiple-response question needs 'choose: N'", []);
        else if (correct !== q.choose) issue(`'choose: ${q.choose}' but ${correct} options are marked correct`, ["choose"]);
        if (q.options.length < 5 || q.options.length > 6) issue(`a multiple-response question has 5 or 6 options, not ${q.options.length}`, ["options"]);
        break;
      case "ordering":
      case "matching":
        if (q.choose !== undefined) issue(`'choose' is not used by ${q.type} questions`, ["choose"]);
        q.options.forEach((o, i) => {
          if (o.correct !== undefined) issue(`${q.type} options have no 'correct' flag (the ${q.type === "ordering" ? "listed order" : "match"} is the answer)`, ["options", i, "correct"]);
          if (q.type === "matching" && !o.match) issue("every matching option needs a 'match'", ["options", i]);
          if (q.type === "ordering" && o.match) issue("'match' is only for matching questions", ["options", i, "match"]);
        });
        if (q.options.length > 6) issue(`${q.type} questions have at most 6 items`, ["options"]);
        break;
    }
    if (q.type !== "matching") {
      q.options.forEach((o, i) => {
        if (o.match && q.type !== "ordering") issue("'match' is only for matching questions", ["options", i, "match"]);
      });
    }
  });
export type Question = z.infer<typeof questionSchema>;

export const questionBankSchema = z.array(z.unknown());
