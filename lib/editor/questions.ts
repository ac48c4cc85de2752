import "server-only";
/**
 * One question of a bank (content/questions/<module>.yaml) as the editor sees it: its YAML block
 * (the list item from `- id: <id>` to the next item), checked with the content check's own schema
 * and per-question rules, and written back into its bank under `next dev` only.
 */
import { lstatSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { checkChineseSpacing, checkGiveAways } from "../course/bank-rules";
import { reportZodIssues } from "../course/load";
import { slugSchema } from "../course/schema";
import { parseYamlLocated } from "../content/yaml";
import { DomainError } from "../errors";
import { isStorableText } from "../http";
import { questionSchema, type Question } from "../quiz/schema";
import { canSaveContent } from "./files";

export const questionIdSchema = z.string().regex(/^[a-z]+-\d{3,}$/, "ids look like 'arch-001'");
/** A question block is a few KB; 64 KB leaves room and keeps a bank file's growth bounded. */
export const MAX_QUESTION_CHARS = 64 * 1024;
export const questionDraftSchema = z.object({ module: slugSchema, id: questionIdSchema, source: z.string().max(MAX_QUESTION_CHARS, "a question may be at most 64 KB") }).strict();
export type QuestionDraft = z.infer<typeof questionDraftSchema>;

export const questionBankFile = (module: string) => `content/questions/${module}.yaml`;

function bankPath(module: string, root: string): string | undefined {
  if (!slugSchema.safeParse(module).success) return undefined;
  const absolute = path.resolve(root, questionBankFile(module));
  if (path.dirname(absolute) !== path.resolve(root, "content", "questions")) return undefined;
  try {
    return lstatSync(/*turbopackIgnore: true*/ absolute).isFile() ? absolute : undefined;
  } catch {
    return undefined;
  }
}

export type QuestionBlock = { startLine: number; endLine: number; block: string };

/** The block of `id` in a bank's text: 1-based first and last line, without trailing blank lines. */
export function findQuestionBlock(text: string, id: string): QuestionBlock | undefined {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.trimEnd() === `- id: ${id}`);
  if (start === -1) return undefined;
  let end = lines.findIndex((line, i) => i > start && line.startsWith("- "));
  if (end === -1) end = lines.length;
  while (end - 1 > start && !lines[end - 1]!.trim()) end--;
  return { startLine: start + 1, endLine: end, block: lines.slice(start, end).join("\n") };
}

/** The bank's text with the block of `id` replaced (the lines around it stay exactly as they were). */
export function replaceQuestionBlock(text: string, id: string, block: string): string | undefined {
  const found = findQuestionBlock(text, id);
  if (!found) return undefined;
  const lines = text.split("\n");
  return [...lines.slice(0, found.startLine - 1), ...block.replace(/\s+$/, "").split("\n"), ...lines.slice(found.endLine)].join("\n");
}

/** Which bank holds a question id (scanned as text: cheap, and works while a bank is mid-edit). */
export function findQuestionModule(id: string, root = process.cwd()): string | undefined {
  const dir = path.join(root, "content", "questions");
  for (const name of readdirSync(/*turbopackIgnore: true*/ dir).sort()) {
    if (!name.endsWith(".yaml")) continue;
    const module = name.slice(0, -".yaml".length);
    const absolute = bankPath(module, root);
    if (absolute && findQuestionBlock(readFileSync(/*turbopackIgnore: true*/ absolute, "utf8"), id)) return module;
  }
  return undefined;
}

export function readQuestionBlock(module: string, id: string, root = process.cwd()): (QuestionBlock & { file: string }) | undefined {
  const absolute = bankPath(module, root);
  const found = absolute ? findQuestionBlock(readFileSync(/*turbopackIgnore: true*/ absolute, "utf8"), id) : undefined;
  return found ? { ...found, file: questionBankFile(module) } : undefined;
}

export type QuestionCheck = { issues: { line: number; message: string }[]; question?: Question };

/** The content check's rules for one question, with lines counted in the block. */
export function checkQuestionDraft(block: string, id: string, module: string): QuestionCheck {
  const file = questionBankFile(module);
  const yaml = parseYamlLocated(block);
  if (yaml.errors.length) return { issues: yaml.errors.map((e) => ({ line: e.line, message: `YAML: ${e.message}` })) };
  if (!Array.isArray(yaml.data) || yaml.data.length !== 1) return { issues: [{ line: 1, message: `edit exactly one question: a single list item starting with '- id: ${id}'` }] };
  const parsed = questionSchema.safeParse(yaml.data[0]);
  if (!parsed.success) return { issues: reportZodIssues(parsed.error.issues, yaml, file, [0]).map(({ line, message }) => ({ line, message: `${id}: ${message}` })) };
  const question = parsed.data;
  const issues: { line: number; message: string }[] = [];
  if (question.id !== id) issues.push({ line: yaml.lineOf([0, "id"]), message: `the id must stay '${id}': answers already given are stored under it` });
  const bank = { module, file, questions: [{ question, line: yaml.lineOf([0, "id"]) }] };
  issues.push(...[...checkGiveAways(bank), ...checkChineseSpacing(bank)].map(({ line, message }) => ({ line, message })));
  return { issues, question };
}

/** Writes a question's block into its bank. Refuses (writing nothing) outside development and for unknown questions. */
export function saveQuestionBlock(draft: QuestionDraft, { root = process.cwd(), nodeEnv = process.env.NODE_ENV }: { root?: string; nodeEnv?: string } = {}): { file: string; line: number } {
  if (!canSaveContent(nodeEnv)) throw new DomainError(404, "not_found", "saving exists only under npm run dev; copy or download the text instead");
  const absolute = bankPath(draft.module, root);
  const text = absolute ? readFileSync(/*turbopackIgnore: true*/ absolute, "utf8") : undefined;
  const found = text === undefined ? undefined : findQuestionBlock(text, draft.id);
  if (!absolute || text === undefined || !found) throw new DomainError(404, "not_found", "there is no such question in that bank");
  if (!isStorableText(draft.source)) throw new DomainError(400, "invalid_input", "the text holds a NUL character or invalid Unicode");
  const check = checkQuestionDraft(draft.source, draft.id, draft.module);
  // A block that is not one question with the same id would corrupt the bank or orphan stored answers.
  if (!check.question || check.question.id !== draft.id) throw new DomainError(422, "invalid_question", check.issues[0]?.message ?? "the block is not a valid question");
  writeFileSync(/*turbopackIgnore: true*/ absolute, replaceQuestionBlock(text, draft.id, draft.source)!, "utf8");
  return { file: questionBankFile(draft.module), line: found.startLine };
}
