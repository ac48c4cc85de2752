import { toCsv } from "./csv";
import type { ItemAnalysisRow } from "./item-analysis";
import type { ChoiceCounts } from "./item-stats";

const round = (value: number | null, digits = 3) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** Choice counts in one cell: "a:12 b:3" (options), "a@1:9 …" (item at position), "a>b:7 …" (pairs). */
export function describeChoices(choices: ChoiceCounts): string {
  switch (choices.kind) {
    case "options":
      return choices.options.map((o) => `${o.option}${o.correct ? "*" : ""}:${o.picks}`).join(" ");
    case "positions":
      return choices.items.map((i) => i.byPosition.map((n, p) => `${i.option}@${p + 1}:${n}`).join(" ")).join(" ");
    case "pairs":
      return choices.items.map((i) => Object.entries(i.byMatch).map(([m, n]) => `${i.option}>${m}:${n}`).join(" ")).join(" ");
  }
}

export function itemsToCsv(items: ItemAnalysisRow[]): string {
  return toCsv(
    ["question", "version", "current", "module", "type", "responses", "facility", "discrimination", "discrimination_n", "flag_rate", "median_time_s", "timed_responses", "choices", "attention"],
    items.map((i) => [
      i.questionId, i.version, i.isCurrent, i.module, i.type, i.responses, round(i.facility), round(i.discrimination), i.discriminationN, round(i.flagRate),
      i.medianTimeMs === null ? null : round(i.medianTimeMs / 1000, 1), i.timed, describeChoices(i.choices), i.reasons.map((r) => r.code).join(" "),
    ]),
  );
}
