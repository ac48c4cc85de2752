"use server";
/**
 * The editor's live preview as a Server Function: the browser sends the draft, the server checks and
 * renders it and returns React elements (client components such as diagrams and knowledge checks
 * arrive as references and hydrate in the browser). Chosen over a JSON API because the production
 * server dispatches /api/* outside Next (scripts/serve.ts), where no React Server Components renderer
 * runs, and because the browser then needs no MDX runtime and no 'unsafe-eval'.
 */
import { headers } from "next/headers";
import { renderLessonPreview, type LessonPreviewPayload } from "@/components/editor/render-lesson-preview";
import { getViewer } from "@/lib/auth/identity";
import { canEnterInstructorArea } from "@/lib/auth/permissions";
import { resolveLessonFile } from "@/lib/editor/files";
import { presentQuestionPreview, type QuestionPreview } from "@/lib/editor/question-preview";
import { checkQuestionDraft, questionDraftSchema, readQuestionBlock } from "@/lib/editor/questions";
import { lessonDraftSchema } from "@/lib/editor/schema";

export type PreviewResult = ({ ok: true } & LessonPreviewPayload) | { ok: false; error: { code: string; message: string } };

export async function previewLesson(input: unknown): Promise<PreviewResult> {
  const parsed = lessonDraftSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: { code: "validation_failed", message: parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ").slice(0, 500) } };
  }
  const viewer = await getViewer(await headers(), true);
  if (!canEnterInstructorArea(viewer)) return { ok: false, error: { code: "forbidden", message: "only instructors may preview drafts" } };
  if (!resolveLessonFile(parsed.data)) return { ok: false, error: { code: "not_found", message: "there is no such lesson file" } };
  return { ok: true, ...(await renderLessonPreview(parsed.data)) };
}

export type QuestionPreviewResult =
  | { ok: true; issues: { line: number; message: string }[]; preview: QuestionPreview | null }
  | { ok: false; error: { code: string; message: string } };

/** A question's draft YAML block, checked with the content check's rules and presented as the quiz presents it. */
export async function previewQuestion(input: unknown): Promise<QuestionPreviewResult> {
  const parsed = questionDraftSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: { code: "validation_failed", message: parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ").slice(0, 500) } };
  }
  const viewer = await getViewer(await headers(), true);
  if (!canEnterInstructorArea(viewer)) return { ok: false, error: { code: "forbidden", message: "only instructors may preview drafts" } };
  const { module, id, source } = parsed.data;
  if (!readQuestionBlock(module, id)) return { ok: false, error: { code: "not_found", message: "there is no such question in that bank" } };
  const check = checkQuestionDraft(source, id, module);
  return { ok: true, issues: check.issues, preview: check.question ? presentQuestionPreview(check.question, module) : null };
}
