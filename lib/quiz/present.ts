/**
 * Between a stored question and what a learner sees. Each attempt shows options in its own
 * shuffled order under opaque ids (o1, o2, … and m1, m2, … for matches), so neither the id nor the
 * position of an option says anything about the answer — not even for ordering questions, which
 * are authored in their correct order.
 */
import type { Locale } from "../i18n/locales";
import type { AnswerResponse, PublicQuestion, QuestionFeedback } from "./api-types";
import type { AuthoredResponse } from "./grading";
import { shuffle, type Random } from "./random";
import type { Question } from "./schema";

export type StoredQuestion = Question & { module: string };

/** Authored option ids in display order; for matching, also the match order. */
export type OptionLayout = { options: string[]; matches?: string[] };

/**
 * One uniform shuffle per list, nothing else. In particular an ordering question is NOT re-shuffled
 * when it comes out already solved: avoiding that would make each step slightly less likely to sit in
 * its own place, which tells a learner (over many attempts) where it does not belong.
 */
export function createLayout(question: Question, random: Random): OptionLayout {
  const ids = question.options.map((o) => o.id);
  const options = shuffle(ids, random);
  return question.type === "matching" ? { options, matches: shuffle(ids, random) } : { options };
}

const optionPublicId = (index: number) => `o${index + 1}`;
const matchPublicId = (index: number) => `m${index + 1}`;

export function toPublicQuestion(question: StoredQuestion, layout: OptionLayout, locale: Locale, position: number): PublicQuestion {
  const byId = new Map(question.options.map((o) => [o.id, o]));
  return {
    id: question.id,
    position,
    type: question.type,
    module: question.module,
    stem: question.stem[locale],
    choose: question.type === "single" ? 1 : question.type === "multiple" ? (question.choose ?? 2) : question.options.length,
    options: layout.options.map((id, i) => ({ id: optionPublicId(i), text: byId.get(id)!.text[locale] })),
    ...(layout.matches ? { matches: layout.matches.map((id, i) => ({ id: matchPublicId(i), text: byId.get(id)!.match![locale] })) } : {}),
  };
}

export class InvalidAnswerError extends Error {
  readonly code = "invalid_answer";
}

/** Checks a learner's answer against this question's layout and translates it to authored ids. */
export function parseAnswer(question: Question, layout: OptionLayout, input: AnswerResponse): AuthoredResponse {
  const optionOf = new Map(layout.options.map((id, i) => [optionPublicId(i), id]));
  const fail = (message: string): never => {
    throw new InvalidAnswerError(message);
  };
  const known = (id: string) => optionOf.get(id) ?? fail(`option '${id}' does not belong to question ${question.id}`);
  switch (question.type) {
    case "single":
    case "multiple": {
      if (!("optionIds" in input)) return fail(`question ${question.id} is answered with optionIds`);
      const expected = question.type === "single" ? 1 : (question.choose ?? 2);
      const ids = input.optionIds.map(known);
      if (new Set(ids).size !== ids.length) fail("an option is chosen twice");
      if (ids.length > expected) fail(`too many options: choose ${expected}, got ${ids.length}`);
      if (ids.length < expected) fail(`choose ${expected} option${expected === 1 ? "" : "s"}, got ${ids.length}`);
      return { kind: "choice", optionIds: ids };
    }
    case "ordering": {
      if (!("order" in input)) return fail(`question ${question.id} is answered with order`);
      const ids = input.order.map(known);
      if (ids.length !== layout.options.length || new Set(ids).size !== ids.length) fail(`order must list each of the ${layout.options.length} items exactly once`);
      return { kind: "order", order: ids };
    }
    case "matching": {
      if (!("pairs" in input)) return fail(`question ${question.id} is answered with pairs`);
      const matchOf = new Map((layout.matches ?? []).map((id, i) => [matchPublicId(i), id]));
      const entries = Object.entries(input.pairs);
      if (entries.length !== layout.options.length) fail(`pair each of the ${layout.options.length} items with one match`);
      const pairs: Record<string, string> = {};
      const used = new Set<string>();
      for (const [optionId, matchId] of entries) {
        const match = matchOf.get(matchId) ?? fail(`match '${matchId}' does not belong to question ${question.id}`);
        if (used.has(match)) fail(`match '${matchId}' is used twice`);
        used.add(match);
        pairs[known(optionId)] = match;
      }
      return { kind: "pairs", pairs };
    }
  }
}

/** The learner's stored answer, back in this attempt's public ids. */
export function toPublicAnswer(layout: OptionLayout, response: AuthoredResponse): AnswerResponse {
  const publicOption = (id: string) => optionPublicId(layout.options.indexOf(id));
  const publicMatch = (id: string) => matchPublicId((layout.matches ?? []).indexOf(id));
  switch (response.kind) {
    case "choice":
      return { optionIds: response.optionIds.map(publicOption) };
    case "order":
      return { order: response.order.map(publicOption) };
    case "pairs":
      return { pairs: Object.fromEntries(Object.entries(response.pairs).map(([o, m]) => [publicOption(o), publicMatch(m)])) };
  }
}

/** The answer key and every explanation, in public ids: only ever sent once the learner may see it. */
export function toFeedback(question: Question, layout: OptionLayout, locale: Locale, correct: boolean): QuestionFeedback {
  const publicOption = (id: string) => optionPublicId(layout.options.indexOf(id));
  const explanations = Object.fromEntries(question.options.map((o) => [publicOption(o.id), o.explanation[locale]]));
  const base = { correct, explanations, source: question.source };
  switch (question.type) {
    case "single":
    case "multiple":
      return { ...base, correctOptionIds: question.options.filter((o) => o.correct).map((o) => publicOption(o.id)) };
    case "ordering":
      return { ...base, correctOrder: question.options.map((o) => publicOption(o.id)) };
    case "matching":
      return {
        ...base,
        correctPairs: Object.fromEntries(question.options.map((o) => [publicOption(o.id), matchPublicId((layout.matches ?? []).indexOf(o.id))])),
      };
  }
}
