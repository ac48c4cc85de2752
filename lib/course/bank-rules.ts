/**
 * Fairness and balance rules for the question banks: a test-taker who knows nothing should not
 * score above chance by picking the longest option, the odd-one-out wording or a favourite letter,
 * and the bank should mirror the exam's module weights. Pure: takes parsed banks, returns issues.
 */
import { locales, type Locale } from "../i18n/locales";
import type { Question } from "../quiz/schema";
import type { ContentIssue } from "./load";

export type BankRules = {
  /** Highest share of a module's single-answer questions, per language, whose key is the uniquely longest option. */
  maxLongestKeyShare: number;
  /** Highest share of all single-answer questions whose key sits at any one position (a, b, c, d). */
  maxPositionShare: number;
  minQuestions: number;
  minQuestionsPerModule: number;
  /** Largest allowed gap, in percentage points, between a module's share of the bank and its exam weight. */
  maxWeightGap: number;
  minOrderingOrMatching: number;
};

export const bankRules: BankRules = {
  maxLongestKeyShare: 0.3,
  maxPositionShare: 0.35,
  minQuestions: 240,
  minQuestionsPerModule: 25,
  maxWeightGap: 5,
  minOrderingOrMatching: 20,
};

export type LocatedQuestion = { question: Question; line: number };
/** One module's valid questions, each with the line of its `id:`. */
export type Bank = { module: string; file: string; questions: LocatedQuestion[] };
export type BankModule = { slug: string; file: string; weight: number };

/** The position rule needs a few questions before a share means anything. */
const MIN_POSITION_SAMPLE = 8;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** True when the correct option's trimmed text is strictly longer than every other option's (single-answer questions). */
function hasUniquelyLongestKey(question: Question, locale: Locale): boolean {
  const key = question.options.find((o) => o.correct);
  if (!key) return false;
  const length = key.text[locale].trim().length;
  return question.options.every((o) => o === key || o.text[locale].trim().length < length);
}

/** Per module and language: the key may be the uniquely longest option in at most `maxLongestKeyShare` of single-answer questions. */
export function checkLongestKeys(bank: Bank, rules: BankRules = bankRules): ContentIssue[] {
  const singles = bank.questions.filter((q) => q.question.type === "single");
  if (!singles.length) return [];
  const issues: ContentIssue[] = [];
  for (const locale of locales) {
    const longest = singles.filter((q) => hasUniquelyLongestKey(q.question, locale));
    const share = longest.length / singles.length;
    if (share <= rules.maxLongestKeyShare) continue;
    issues.push({
      file: bank.file,
      line: 1,
      message:
        `module '${bank.module}' (${locale}): the correct option is the uniquely longest in ${percent(share)} of single-answer questions ` +
        `(${longest.length} of ${singles.length}); keep it at or under ${percent(rules.maxLongestKeyShare)}. ` +
        `Tighten the key or lengthen a distractor in: ${longest.map((q) => q.question.id).join(", ")}`,
    });
  }
  return issues;
}

const ARTICLES = new Set(["a", "an", "the"]);

/**
 * How an option begins, for comparing options: in English the first word other than an article,
 * lower-cased ("An extended cluster" and "A local cluster" begin differently); in Chinese the first
 * two characters, ignoring spaces ("从 AWS" and "从Amazon" both begin with "从A").
 */
function openingOf(text: string, locale: Locale): string {
  if (locale === "zh") return [...text.replace(/\s+/g, "")].slice(0, 2).join("");
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  return words.find((w) => !ARTICLES.has(w)) ?? "";
}

/**
 * The odd-one-out cue: every wrong option (at least two) begins the same way and no correct option
 * does, so the key is the option that reads differently.
 */
export function checkGiveAways(bank: Bank): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { question, line } of bank.questions) {
    if (question.type !== "single" && question.type !== "multiple") continue;
    const wrong = question.options.filter((o) => !o.correct);
    const right = question.options.filter((o) => o.correct);
    if (wrong.length < 2) continue;
    for (const locale of locales) {
      const opening = openingOf(wrong[0]!.text[locale], locale);
      if (!opening || !wrong.every((o) => openingOf(o.text[locale], locale) === opening)) continue;
      if (right.some((o) => openingOf(o.text[locale], locale) === opening)) continue;
      const theKey = right.length === 1 ? "the correct option does not" : "no correct option does";
      issues.push({
        file: bank.file,
        line,
        message: `${question.id}: give-away (${locale}): all ${wrong.length} wrong options begin with '${opening}' and ${theKey}; vary how the options begin`,
      });
    }
  }
  return issues;
}

const CJK = "[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]";
const SPACE_BETWEEN_CJK = new RegExp(`${CJK} ${CJK}`);

/**
 * Chinese text has no spaces between characters. One usually comes from a folded YAML line (`>-`)
 * broken between two Chinese characters, and shows up as a gap in the middle of a sentence.
 */
export function checkChineseSpacing(bank: Bank): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { question, line } of bank.questions) {
    const texts = [question.stem.zh, ...question.options.flatMap((o) => [o.text.zh, o.explanation.zh, ...(o.match ? [o.match.zh] : [])])];
    const bad = texts.find((t) => SPACE_BETWEEN_CJK.test(t));
    if (!bad) continue;
    const at = bad.search(SPACE_BETWEEN_CJK);
    issues.push({ file: bank.file, line, message: `${question.id}: a space between two Chinese characters ("…${bad.slice(Math.max(0, at - 6), at + 7)}…"); in a folded line (>-) do not break between Chinese characters` });
  }
  return issues;
}

/** Across all banks, no answer position may hold more than `maxPositionShare` of the single-answer keys. */
export function checkKeyPositions(banks: Bank[], rules: BankRules = bankRules): ContentIssue[] {
  const keys = banks.flatMap((b) => b.questions).filter((q) => q.question.type === "single").map((q) => q.question.options.findIndex((o) => o.correct));
  if (keys.length < MIN_POSITION_SAMPLE) return [];
  const tally = new Map<number, number>();
  for (const index of keys) tally.set(index, (tally.get(index) ?? 0) + 1);
  const issues: ContentIssue[] = [];
  for (const [index, n] of [...tally].sort((a, b) => a[0] - b[0])) {
    const share = n / keys.length;
    if (share <= rules.maxPositionShare) continue;
    issues.push({
      file: "content/questions",
      line: 1,
      message: `option '${String.fromCharCode(97 + index)}' is the correct answer in ${percent(share)} of single-answer questions (${n} of ${keys.length}); keep every position at or under ${percent(rules.maxPositionShare)}`,
    });
  }
  return issues;
}

/**
 * Size and balance: enough questions overall and per module, each module's share of the bank close
 * to its exam weight, and enough ordering/matching questions. A module without a bank is reported
 * at its module.yaml.
 */
export function checkBankBalance(banks: Bank[], modules: BankModule[], rules: BankRules = bankRules): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const all = banks.flatMap((b) => b.questions);
  const total = all.length;
  if (total < rules.minQuestions) {
    issues.push({ file: "content/questions", line: 1, message: `the banks hold ${total} questions; the course needs at least ${rules.minQuestions}` });
  }
  const arranged = all.filter((q) => q.question.type === "ordering" || q.question.type === "matching").length;
  if (arranged < rules.minOrderingOrMatching) {
    issues.push({ file: "content/questions", line: 1, message: `the banks hold ${arranged} ordering or matching questions; the course needs at least ${rules.minOrderingOrMatching}` });
  }
  for (const m of modules) {
    const bank = banks.find((b) => b.module === m.slug);
    const file = bank?.file ?? m.file;
    const count = bank?.questions.length ?? 0;
    if (count < rules.minQuestionsPerModule) {
      const has = bank ? `has ${count} questions` : `has no question bank (content/questions/${m.slug}.yaml)`;
      issues.push({ file, line: 1, message: `module '${m.slug}' ${has}; each module needs at least ${rules.minQuestionsPerModule} questions` });
    }
    // Integer comparison of |count/total − weight/100| > gap/100, so 65.0% against a weight of 60 passes.
    if (total && Math.abs(count * 100 - m.weight * total) > rules.maxWeightGap * total) {
      const share = ((100 * count) / total).toFixed(1);
      issues.push({
        file,
        line: 1,
        message: `module '${m.slug}' holds ${share}% of the questions (${count} of ${total}) but its exam weight is ${m.weight}%; keep the share within ${rules.maxWeightGap} points (${Math.max(0, m.weight - rules.maxWeightGap)}–${m.weight + rules.maxWeightGap}%)`,
      });
    }
  }
  return issues;
}
