import type { Question } from "./schema";

/** A response in the question's own (authored) option ids. */
export type AuthoredResponse =
  | { kind: "choice"; optionIds: string[] }
  | { kind: "order"; order: string[] }
  /** option id → the option id whose `match` text was chosen for it */
  | { kind: "pairs"; pairs: Record<string, string> };

/** All-or-nothing grading, as on the AWS exams. */
export function gradeResponse(question: Question, response: AuthoredResponse): boolean {
  switch (question.type) {
    case "single":
    case "multiple": {
      if (response.kind !== "choice") return false;
      const correct = question.options.filter((o) => o.correct).map((o) => o.id).sort();
      const chosen = [...new Set(response.optionIds)].sort();
      return chosen.length === correct.length && chosen.every((id, i) => id === correct[i]);
    }
    case "ordering":
      return response.kind === "order" && response.order.length === question.options.length && response.order.every((id, i) => id === question.options[i]!.id);
    case "matching":
      return response.kind === "pairs" && question.options.every((o) => response.pairs[o.id] === o.id) && Object.keys(response.pairs).length === question.options.length;
  }
}
