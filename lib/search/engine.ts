/**
 * Site search for English and Chinese alike, on MiniSearch (BM25, prefix and fuzzy matching).
 * Latin text is split into words by Intl.Segmenter; Chinese has no spaces, so runs of CJK
 * characters are indexed as overlapping character bigrams, which matches any Chinese query however
 * a word segmenter would cut it. Latin words tolerate typos ("karpentr" → Karpenter) and match as
 * prefixes; bigrams match exactly. Runs in the browser on the documents the server lists; the
 * search dialog imports this module only when it opens.
 */
import MiniSearch, { type SearchResult } from "minisearch";

export type SearchKind = "lesson" | "glossary" | "question";

export type SearchDocument = {
  kind: SearchKind;
  /** Where the result leads: a lesson (with #section), a glossary entry, or a module's practice */
  href: string;
  /** Lesson title, glossary term, or the module a question belongs to */
  lesson: string;
  module: string;
  heading: string | null;
  text: string;
};

export type Segment = { text: string; match: boolean };
export type SearchHit = { doc: SearchDocument; score: number; title: Segment[]; heading: Segment[] | null; snippet: Segment[] };

const CJK_CLASS = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3040-\\u30ff\\uac00-\\ud7af";
const CJK = new RegExp(`[${CJK_CLASS}]`, "u");
const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, "gu");
const segmenter = new Intl.Segmenter("en", { granularity: "word" });

function normalise(text: string) {
  return text.normalize("NFKC").toLowerCase();
}

/** Index terms of a text: latin words plus CJK bigrams (a lone CJK character stands for itself). */
export function tokenize(text: string): string[] {
  const input = normalise(text);
  const terms: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(input.replace(CJK_RUN, " "))) {
    if (isWordLike) terms.push(segment);
  }
  for (const [run] of input.matchAll(CJK_RUN)) {
    if (run.length === 1) terms.push(run);
    for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
  }
  return terms;
}

const isLatin = (term: string) => !CJK.test(term);

export type SearchIndex = { mini: MiniSearch<SearchDocument & { id: number }>; docs: SearchDocument[] };

export function buildIndex(docs: SearchDocument[]): SearchIndex {
  const mini = new MiniSearch<SearchDocument & { id: number }>({
    fields: ["lesson", "heading", "module", "text"],
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      boost: { lesson: 6, heading: 4, module: 1, text: 1 },
      combineWith: "AND",
      // Typos are forgiven in Latin words of 4+ letters (1 edit; 2 from 7 letters, so a swapped pair
      // like "contorl" still finds "control"); never in Chinese bigrams, where a character is a word.
      fuzzy: (term) => (isLatin(term) && term.length >= 4 ? (term.length >= 7 ? 2 : 1) : false),
      // Every Latin word of 2+ letters also matches as a prefix ("avail" → availability).
      prefix: (term) => isLatin(term) && term.length >= 2,
      weights: { fuzzy: 0.3, prefix: 0.6 },
    },
  });
  mini.addAll(docs.map((doc, id) => ({ ...doc, heading: doc.heading ?? "", id })));
  return { mini, docs };
}

/** Every query term must occur (exactly, as a prefix, or within a typo); best first. */
export function search(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  if (!tokenize(query).length) return [];
  const results = index.mini.search(query);
  return results.slice(0, limit).map((result) => toHit(index.docs[result.id as number]!, result));
}

function toHit(doc: SearchDocument, result: SearchResult): SearchHit {
  const terms = result.terms;
  return {
    doc,
    score: result.score,
    title: highlight(doc.lesson, terms),
    heading: doc.heading ? highlight(doc.heading, terms) : null,
    snippet: makeSnippet(doc.text, terms),
  };
}

/** Ranges [start, end) of `text` that are occurrences of the matched index terms. */
export function findMatches(text: string, terms: readonly string[]): [number, number][] {
  const haystack = normalise(text);
  // NFKC can change lengths (e.g. ligatures); then offsets would drift, so fall back to the raw text.
  const source = haystack.length === text.length ? haystack : text.toLowerCase();
  const latin = new Set(terms.filter(isLatin));
  const cjk = terms.filter((t) => !isLatin(t));
  const ranges: [number, number][] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(source.replace(CJK_RUN, (run) => " ".repeat(run.length)))) {
    if (isWordLike && latin.has(segment)) ranges.push([index, index + segment.length]);
  }
  for (const term of cjk) {
    for (let at = source.indexOf(term); at !== -1; at = source.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
  }
  // Merge overlaps (bigrams of one Chinese word overlap by a character).
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function toSegments(text: string, ranges: [number, number][], from = 0, to = text.length): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s > at) segments.push({ text: text.slice(at, s), match: false });
    segments.push({ text: text.slice(s, e), match: true });
    at = e;
  }
  if (at < to) segments.push({ text: text.slice(at, to), match: false });
  return segments;
}

export function highlight(text: string, terms: readonly string[]): Segment[] {
  return toSegments(text, findMatches(text, terms));
}

/** About 2 × radius characters of `text` around its first match, with the matches marked. */
export function makeSnippet(text: string, terms: readonly string[], radius = 80): Segment[] {
  const ranges = findMatches(text, terms);
  const first = ranges[0];
  if (!first) {
    const end = Math.min(text.length, radius * 2);
    return [{ text: text.slice(0, end) + (end < text.length ? "…" : ""), match: false }];
  }
  let start = Math.max(0, first[0] - radius);
  let end = Math.min(text.length, first[0] + radius);
  // Cut at a space when one is near, so the snippet does not start or end mid-word.
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space - start < 15 && space < first[0]) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space !== -1 && end - space < 15 && space > first[1]) end = space;
  }
  const segments = toSegments(text, ranges, start, end);
  if (start > 0) segments.unshift({ text: "…", match: false });
  if (end < text.length) segments.push({ text: "…", match: false });
  return segments;
}
