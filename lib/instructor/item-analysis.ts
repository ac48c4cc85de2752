import "server-only";
import { getDbEngine, type Db } from "../db";
import { readVersion } from "../quiz/catalogue";
import type { QuestionType } from "../quiz/schema";
import { countChoices, judgeItem, pointBiserial, type AttentionReason, type ChoiceCounts, type ResponseCount } from "./item-stats";
import type { ItemFilter } from "./schema";

/**
 * Item analysis: how each question version performs. Which responses count (shown on the page):
 * - attempts of practice, "retake what I missed" and exams; not review sessions (a review shows a
 *   question the learner already missed, on purpose);
 * - never an exam still open (lib/quiz/counted.ts): its answers count once it is submitted or its
 *   deadline has passed;
 * - per learner, only their first counted answer to a question version (later ones measure memory of
 *   the feedback, not the question).
 * Discrimination is the point-biserial correlation of "right" with the learner's score on the other
 * answered questions of the same attempt (attempts with one answer have no "rest" and are left out
 * of it). "Strong learners" for distractor checks are the top 27% by that rest score.
 *
 * Everything is summed by the database in one query (portable between SQLite 3.25+ and PostgreSQL:
 * window functions, no JSON functions); what comes back is one row of sums per question version and
 * distinct response (a few dozen per version at most), never the answers themselves.
 */
export type ItemAnalysisRow = {
  versionId: string;
  questionId: string;
  version: number;
  isCurrent: boolean;
  module: string;
  type: QuestionType;
  responses: number;
  correct: number;
  facility: number | null;
  discrimination: number | null;
  /** how many responses had a rest-of-attempt score */
  discriminationN: number;
  flagged: number;
  flagRate: number | null;
  medianTimeMs: number | null;
  timed: number;
  choices: ChoiceCounts;
  reasons: AttentionReason[];
};

const STRONG_SHARE = 0.27;
const countedModes = ["practice", "exam", "missed"];

export function buildQuery(filter: ItemFilter, p: (n: number) => string, now: Date) {
  const params: unknown[] = [now];
  const where: string[] = [];
  if (filter.module) {
    params.push(filter.module);
    where.push(`AND q."module" = ${p(params.length)}`);
  }
  if (filter.type) {
    params.push(filter.type);
    where.push(`AND qv."type" = ${p(params.length)}`);
  }
  // A correlated MAX on the (questionId, version) index: one index probe per row. (A join to a
  // grouped CTE instead let SQLite pick a plan quadratic in the number of answers.)
  if (filter.version === "current") where.push(`AND qv."version" = (SELECT MAX(v2."version") FROM "QuestionVersion" v2 WHERE v2."questionId" = qv."questionId")`);
  else if (filter.version !== "all") {
    params.push(Number(filter.version));
    where.push(`AND qv."version" = ${p(params.length)}`);
  }
  // counted: every answer that counts, with its attempt's totals (n answered, k right) and its rank
  //   among this learner's answers to this version (rn = 1: the first). Filters come after the
  //   windows, so an attempt's "rest" always covers all of its answers.
  // ranked: per version, the top-27% mark by rest score (pr) and the middle rank(s) of the timed answers.
  // The result is one row per version and distinct response; the caller adds them up per version.
  const sql = `
  WITH counted AS (
    SELECT aq."questionVersionId" AS vid, aq."flagged" AS flagged, ans."response" AS response, ans."timeMs" AS tms,
           CASE WHEN ans."correct" THEN 1 ELSE 0 END AS x,
           COUNT(*) OVER (PARTITION BY aq."attemptId") AS n,
           SUM(CASE WHEN ans."correct" THEN 1 ELSE 0 END) OVER (PARTITION BY aq."attemptId") AS k,
           ROW_NUMBER() OVER (PARTITION BY aq."questionVersionId", ans."learnerId" ORDER BY ans."answeredAt", ans."id") AS rn
    FROM "Answer" ans
    JOIN "AttemptQuestion" aq ON aq."id" = ans."attemptQuestionId"
    JOIN "Attempt" a ON a."id" = aq."attemptId"
    WHERE a."mode" IN (${countedModes.map((m) => `'${m}'`).join(", ")})
      AND (a."mode" <> 'exam' OR a."submittedAt" IS NOT NULL OR a."deadline" <= ${p(1)})
  ),
  scored AS (
    SELECT c.vid, c.flagged, c.response, c.tms, c.x,
           CASE WHEN c.n > 1 THEN CAST(c.k - c.x AS DOUBLE PRECISION) / (c.n - 1) END AS rest
    FROM counted c
    JOIN "QuestionVersion" qv ON qv."id" = c.vid
    JOIN "Question" q ON q."id" = qv."questionId"
    WHERE c.rn = 1
      ${where.join("\n      ")}
  ),
  ranked AS (
    SELECT s.*,
           PERCENT_RANK() OVER (PARTITION BY s.vid ORDER BY COALESCE(s.rest, -1) DESC) AS pr,
           ROW_NUMBER() OVER (PARTITION BY s.vid, CASE WHEN s.tms IS NULL THEN 0 ELSE 1 END ORDER BY s.tms) AS rk,
           -- the same partition and order as rk, so both come from one sort
           COUNT(s.tms) OVER (PARTITION BY s.vid, CASE WHEN s.tms IS NULL THEN 0 ELSE 1 END ORDER BY s.tms ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS cnt
    FROM scored s
  )
  SELECT vid, response, COUNT(*) AS responses, SUM(x) AS correct, SUM(CASE WHEN flagged THEN 1 ELSE 0 END) AS flagged,
         COUNT(rest) AS n, SUM(CASE WHEN rest IS NOT NULL THEN x ELSE 0 END) AS sx, SUM(rest) AS sy, SUM(rest * x) AS sxy, SUM(rest * rest) AS syy,
         SUM(CASE WHEN rest IS NOT NULL AND pr <= ${STRONG_SHARE} THEN 1 ELSE 0 END) AS strong,
         COUNT(tms) AS timed,
         SUM(CASE WHEN tms IS NOT NULL AND (rk = (cnt + 1) / 2 OR rk = (cnt + 2) / 2) THEN tms ELSE 0 END) AS msum,
         SUM(CASE WHEN tms IS NOT NULL AND (rk = (cnt + 1) / 2 OR rk = (cnt + 2) / 2) THEN 1 ELSE 0 END) AS mcount
  FROM ranked GROUP BY vid, response`;
  return { sql, params };
}

type Row = { vid: string; response: string } & Record<"responses" | "correct" | "flagged" | "n" | "sx" | "sy" | "sxy" | "syy" | "strong" | "timed" | "msum" | "mcount", unknown>;
type Sums = { responses: number; correct: number; flagged: number; n: number; sx: number; sy: number; sxy: number; syy: number; timed: number; msum: number; mcount: number };
const sumKeys = ["responses", "correct", "flagged", "n", "sx", "sy", "sxy", "syy", "timed", "msum", "mcount"] as const;

// Raw aggregates differ by engine (bigint, Decimal, number): one conversion for all.
const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

export async function analyseItems(db: Db, filter: ItemFilter, now: Date): Promise<ItemAnalysisRow[]> {
  const p = getDbEngine(db) === "sqlite" ? () => "?" : (n: number) => `$${n}`;
  const { sql, params } = buildQuery(filter, p, now);
  // SQLite binds "?" in order of appearance; the query uses each parameter once, in order.
  const rows = await db.$queryRawUnsafe<Row[]>(sql, ...params);
  const sums = new Map<string, Sums>();
  const responsesOf = new Map<string, ResponseCount[]>();
  for (const row of rows) {
    const entry = sums.get(row.vid) ?? (Object.fromEntries(sumKeys.map((k) => [k, 0])) as Sums);
    for (const key of sumKeys) entry[key] += num(row[key]);
    sums.set(row.vid, entry);
    const list = responsesOf.get(row.vid) ?? [];
    list.push({ response: row.response, count: num(row.responses), strong: num(row.strong) });
    responsesOf.set(row.vid, list);
  }

  const ids = [...sums.keys()];
  const versions = ids.length
    ? await db.questionVersion.findMany({
        where: { id: { in: ids } },
        select: { id: true, version: true, body: true, questionId: true, question: { select: { module: true, versions: { select: { version: true }, orderBy: { version: "desc" }, take: 1 } } } },
      })
    : [];
  const versionOf = new Map(versions.map((v) => [v.id, v]));

  return [...sums]
    .flatMap(([vid, s]): ItemAnalysisRow[] => {
      const v = versionOf.get(vid);
      if (!v) return [];
      const question = readVersion(v, v.question.module);
      const count = s.responses;
      const correct = s.correct;
      const facility = count ? correct / count : null;
      const discriminationN = s.n;
      const discrimination = pointBiserial(s);
      const choices = countChoices(question, responsesOf.get(vid) ?? []);
      const timed = s.timed;
      return [
        {
          versionId: v.id,
          questionId: v.questionId,
          version: v.version,
          isCurrent: v.question.versions[0]?.version === v.version,
          module: v.question.module,
          type: question.type,
          responses: count,
          correct,
          facility,
          discrimination,
          discriminationN,
          flagged: s.flagged,
          flagRate: count ? s.flagged / count : null,
          medianTimeMs: s.mcount ? s.msum / s.mcount : null,
          timed,
          choices,
          reasons: judgeItem({ responses: count, facility, discrimination, options: choices.kind === "options" ? choices.options : null }),
        },
      ];
    })
    .sort((a, b) => a.questionId.localeCompare(b.questionId) || a.version - b.version);
}
