/**
 * Lesson search that works for English and Chinese alike. Latin text is split into words by
 * Intl.Segmenter; Chinese has no spaces, so runs of CJK characters are indexed as overlapping
 * character bigrams, which matches any Chinese query however a word segmenter would cut it.
 * Pure and dependency-free: runs in the browser on the index the server builds.
 */

export type SearchDocument = {
  /** URL of the lesson, with #anchor for a section */
  href: string;
  lesson: string;
  module: string;
  heading: string | null;
  text: string;
};

export type SearchHit = { doc: SearchDocument; score: number; snippet: string };

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/u;
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+/gu;
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

type Indexed = { doc: SearchDocument; fields: { terms: Map<string, number>; weight: number }[] };

export type SearchIndex = { entries: Indexed[] };

function countTerms(text: string) {
  const map = new Map<string, number>();
  for (const term of tokenize(text)) map.set(term, (map.get(term) ?? 0) + 1);
  return map;
}

export function buildIndex(docs: SearchDocument[]): SearchIndex {
  return {
    entries: docs.map((doc) => ({
      doc,
      fields: [
        { terms: countTerms(doc.lesson), weight: 6 },
        { terms: countTerms(doc.heading ?? ""), weight: 4 },
        { terms: countTerms(doc.module), weight: 1 },
        { terms: countTerms(doc.text), weight: 1 },
      ],
    })),
  };
}

/** Every query term must occur (the last latin word may be a prefix, for search-as-you-type). */
export function search(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const terms = [...new Set(tokenize(query))];
  if (!terms.length) return [];
  const last = terms[terms.length - 1]!;
  const prefixLast = !CJK.test(last) && !/\s$/.test(query);
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    let score = 0;
    let all = true;
    for (const term of terms) {
      let termScore = 0;
      for (const field of entry.fields) {
        let count = field.terms.get(term) ?? 0;
        if (!count && prefixLast && term === last && term.length >= 2) {
          for (const [t, c] of field.terms) if (t.startsWith(term)) count += c * 0.5;
        }
        if (count) termScore += field.weight * (1 + Math.log(count));
      }
      if (!termScore) {
        all = false;
        break;
      }
      score += termScore;
    }
    if (all) hits.push({ doc: entry.doc, score, snippet: makeSnippet(entry.doc.text, query) });
  }
  // One result per lesson section, best first; sections of the same lesson stay apart but ranked.
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

export function makeSnippet(text: string, query: string, radius = 70): string {
  const haystack = normalise(text);
  const needles = normalise(query).split(/\s+/).filter(Boolean);
  let at = -1;
  for (const needle of needles) {
    const probe = CJK.test(needle) ? needle.slice(0, 2) : needle;
    at = haystack.indexOf(probe);
    if (at !== -1) break;
  }
  if (at === -1) return text.slice(0, radius * 2) + (text.length > radius * 2 ? "…" : "");
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + radius);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}
