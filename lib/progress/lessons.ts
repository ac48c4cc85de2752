import "server-only";
import { z } from "zod";
import { lessonExists } from "../course/queries";
import { slugSchema } from "../course/schema";
import type { Db } from "../db";
import { DomainError } from "../errors";

export const lessonCompletionSchema = z.object({ module: slugSchema, lesson: slugSchema, completed: z.boolean() }).strict();
export type LessonCompletionInput = z.infer<typeof lessonCompletionSchema>;

/** Refuses a lesson that is not in the course. Call before anything is written. */
export function assertLessonExists(input: Pick<LessonCompletionInput, "module" | "lesson">) {
  if (!lessonExists(input.module, input.lesson)) throw new DomainError(400, "unknown_lesson", `there is no lesson ${input.module}/${input.lesson}`);
}

export async function setLessonCompletion(db: Db, learnerId: string, input: LessonCompletionInput, now: Date) {
  assertLessonExists(input);
  const key = { learnerId_module_lesson: { learnerId, module: input.module, lesson: input.lesson } };
  if (input.completed) {
    await db.lessonCompletion.upsert({ where: key, create: { learnerId, module: input.module, lesson: input.lesson, completedAt: now }, update: {} });
  } else {
    await db.lessonCompletion.deleteMany({ where: { learnerId, module: input.module, lesson: input.lesson } });
  }
  return input;
}
