/** A learner's answer while they work on it, and the conversions to and from the API's shape. */
import type { AnswerResponse, PublicQuestion } from "@/lib/quiz/api-types";

export type Draft =
  | { kind: "choice"; optionIds: string[] }
  | { kind: "order"; order: string[] }
  | { kind: "pairs"; pairs: Record<string, string> };

export function initialDraft(question: PublicQuestion, answer: AnswerResponse | null | undefined): Draft {
  switch (question.type) {
    case "single":
    case "multiple":
      return { kind: "choice", optionIds: answer && "optionIds" in answer ? answer.optionIds : [] };
    case "ordering":
      return { kind: "order", order: answer && "order" in answer ? answer.order : question.options.map((o) => o.id) };
    case "matching":
      return { kind: "pairs", pairs: answer && "pairs" in answer ? answer.pairs : {} };
  }
}

/** Complete enough for the server to accept: "choose N" options, every item once, every pair distinct. */
export function isComplete(question: PublicQuestion, draft: Draft): boolean {
  switch (draft.kind) {
    case "choice":
      return draft.optionIds.length === question.choose;
    case "order":
      return draft.order.length === question.options.length;
    case "pairs": {
      const chosen = question.options.map((o) => draft.pairs[o.id]).filter((m): m is string => Boolean(m));
      return chosen.length === question.options.length && new Set(chosen).size === chosen.length;
    }
  }
}

export function toAnswer(draft: Draft): AnswerResponse {
  switch (draft.kind) {
    case "choice":
      return { optionIds: draft.optionIds };
    case "order":
      return { order: draft.order };
    case "pairs":
      return { pairs: draft.pairs };
  }
}

export function sameAnswer(a: AnswerResponse | null | undefined, b: AnswerResponse): boolean {
  if (!a) return false;
  if ("optionIds" in a && "optionIds" in b) return [...a.optionIds].sort().join() === [...b.optionIds].sort().join();
  if ("order" in a && "order" in b) return a.order.join() === b.order.join();
  if ("pairs" in a && "pairs" in b) {
    const keys = Object.keys(b.pairs);
    return keys.length === Object.keys(a.pairs).length && keys.every((k) => a.pairs[k] === b.pairs[k]);
  }
  return false;
}

/** The first question without an answer, or the last one when all are answered. */
export function firstUnanswered(questions: PublicQuestion[], answered: (id: string) => boolean): number {
  const index = questions.findIndex((q) => !answered(q.id));
  return index === -1 ? Math.max(0, questions.length - 1) : index;
}
