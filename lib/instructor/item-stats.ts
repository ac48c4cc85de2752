/**
 * The pure half of item analysis: numbers in, statistics and "needs attention" reasons out. The
 * database half (lib/instructor/item-analysis.ts) sums; this file divides and judges.
 */
import type { AuthoredResponse } from "../quiz/grading";
import type { Question } from "../quiz/schema";

/** Sums over one item's counted responses that have a "rest of the attempt" (x: right 0/1, y: rest score 0–1). */
export type PairSums = { n: number; sx: number; sy: number; sxy: number; syy: number };

/**
 * Point-biserial correlation between getting the item right and the learner's score on the rest of
 * the same attempt (the item itself left out, so it does not correlate with itself). Null when it is
 * undefined: fewer than 2 responses, or everyone got the item (or the rest) equally right.
 */
export function pointBiserial({ n, sx, sy, sxy, syy }: PairSums): number | null {
  if (n < 2) return null;
  const varX = n * sx - sx * sx; // x is 0/1, so Σx² = Σx
  const varY = n * syy - sy * sy;
  if (varX <= 1e-12 || varY <= 1e-12) return null;
  const r = (n * sxy - sx * sy) / Math.sqrt(varX * varY);
  return Math.max(-1, Math.min(1, r));
}

export const ATTENTION = {
  /** below this many responses no reason is given: too little evidence */
  minResponses: 10,
  hardFacility: 0.2,
  easyFacility: 0.95,
  lowDiscrimination: 0.1,
} as const;

export type AttentionReason =
  | { code: "too_hard"; facility: number }
  | { code: "too_easy"; facility: number }
  | { code: "negative_discrimination"; discrimination: number }
  | { code: "low_discrimination"; discrimination: number }
  | { code: "unused_distractor"; option: string }
  | { code: "strong_prefer_distractor"; option: string; picks: number; keyPicks: number };

export type OptionPicks = { option: string; correct: boolean; picks: number; strongPicks: number };

export function judgeItem(item: { responses: number; facility: number | null; discrimination: number | null; options: OptionPicks[] | null }): AttentionReason[] {
  if (item.responses < ATTENTION.minResponses || item.facility === null) return [];
  const reasons: AttentionReason[] = [];
  if (item.facility < ATTENTION.hardFacility) reasons.push({ code: "too_hard", facility: item.facility });
  if (item.facility > ATTENTION.easyFacility) reasons.push({ code: "too_easy", facility: item.facility });
  if (item.discrimination !== null && item.discrimination < 0) reasons.push({ code: "negative_discrimination", discrimination: item.discrimination });
  else if (item.discrimination !== null && item.discrimination < ATTENTION.lowDiscrimination) reasons.push({ code: "low_discrimination", discrimination: item.discrimination });
  if (item.options) {
    for (const o of item.options.filter((x) => !x.correct && x.picks === 0)) reasons.push({ code: "unused_distractor", option: o.option });
    const keyStrong = Math.min(...item.options.filter((x) => x.correct).map((x) => x.strongPicks));
    for (const o of item.options.filter((x) => !x.correct && x.strongPicks > keyStrong)) reasons.push({ code: "strong_prefer_distractor", option: o.option, picks: o.strongPicks, keyPicks: keyStrong });
  }
  return reasons;
}

/** How often each choice was made, from the counts of each distinct stored response. */
export type ChoiceCounts =
  | { kind: "options"; options: OptionPicks[] }
  | { kind: "positions"; items: { option: string; byPosition: number[] }[] }
  | { kind: "pairs"; items: { option: string; byMatch: Record<string, number> }[] };

export type ResponseCount = { response: string; count: number; strong: number };

export function countChoices(question: Question, responses: ResponseCount[]): ChoiceCounts {
  const ids = question.options.map((o) => o.id);
  const parsed = responses.flatMap((r) => {
    try {
      return [{ ...r, value: JSON.parse(r.response) as AuthoredResponse }];
    } catch {
      return [];
    }
  });
  if (question.type === "single" || question.type === "multiple") {
    const picks = new Map(ids.map((id) => [id, { picks: 0, strongPicks: 0 }]));
    for (const r of parsed) {
      if (r.value.kind !== "choice") continue;
      for (const id of new Set(r.value.optionIds)) {
        const entry = picks.get(id);
        if (entry) {
          entry.picks += r.count;
          entry.strongPicks += r.strong;
        }
      }
    }
    return { kind: "options", options: question.options.map((o) => ({ option: o.id, correct: o.correct === true, ...picks.get(o.id)! })) };
  }
  if (question.type === "ordering") {
    const at = new Map(ids.map((id) => [id, ids.map(() => 0)]));
    for (const r of parsed) {
      if (r.value.kind !== "order") continue;
      r.value.order.forEach((id, position) => {
        const row = at.get(id);
        if (row && position < row.length) row[position]! += r.count;
      });
    }
    return { kind: "positions", items: ids.map((id) => ({ option: id, byPosition: at.get(id)! })) };
  }
  const pairs = new Map(ids.map((id) => [id, Object.fromEntries(ids.map((m) => [m, 0])) as Record<string, number>]));
  for (const r of parsed) {
    if (r.value.kind !== "pairs") continue;
    for (const [option, match] of Object.entries(r.value.pairs)) {
      const row = pairs.get(option);
      if (row && match in row) row[match]! += r.count;
    }
  }
  return { kind: "pairs", items: ids.map((id) => ({ option: id, byMatch: pairs.get(id)! })) };
}
