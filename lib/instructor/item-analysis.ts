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
 * Everything is summed by the database (three aggregate queries over the same CTEs, portable between
 * SQLite 3.25+ and PostgreSQL: window functions, no JSON functions); only per-version sums and the
 * counts of each distinct response come back.
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

function buildBase(filter: ItemFilter, p: (n: number) => string, now: Date) {
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
  if (filter.version === "current") where.push(`AND qv."version" = (SELECT MAX(v2."version") FROM "QuestionVersion" v2 WHERE v2."questionId" = qv."questionId")`);
  else if (filter.version !== "all") {
    params.push(Number(filter.version));
    where.push(`AND qv."version" = ${p(params.length)}`);
  }
  const sql = `
  WITH counted AS (
    SELECT aq."questionVersionId" AS vid, aq."attemptId" AS aid, aq."flagged" AS flagged,
           ans."response" AS response, ans."timeMs" AS tms,
           CASE WHEN ans."correct" THEN 1 ELSE 0 END AS x,
           ROW_NUMBER() OVER (PARTITION BY aq."questionVersionId", ans."learnerId" ORDER BY ans."answeredAt", ans."id") AS rn
    FROM "Answer" ans
    JOIN "AttemptQuestion" aq ON aq."id" = ans."attemptQuestionId"
    JOIN "Attempt" a ON a."id" = aq."attemptId"
    JOIN "QuestionVersion" qv ON qv."id" = aq."questionVersionId"
    JOIN "Question" q ON q."id" = qv."questionId"
    WHERE a."mode" IN (${countedModes.map((m) => `'${m}'`).join(", ")})
      AND (a."mode" <> 'exam' OR a."submittedAt" IS NOT NULL OR a."deadline" <= ${p(1)})
      ${where.join("\n      ")}
  ),
  firsts AS (SELECT vid, aid, flagged, response, tms, x FROM counted WHERE rn = 1),
  totals AS (
    SELECT aq."attemptId" AS aid, COUNT(*) AS n, SUM(CASE WHEN ans."correct" THEN 1 ELSE 0 END) AS k
    FROM "Answer" ans JOIN "AttemptQuestion" aq ON aq."id" = ans."attemptQuestionId"
    WHERE aq."attemptId" IN (SELECT aid FROM firsts)
    GROUP BY aq."attemptId"
  ),
  scored AS (
    SELECT f.vid, f.flagged, f.response, f.tms, f.x,
           CASE WHEN t.n > 1 THEN CAST(t.k - f.x AS DOUBLE PRECISION) / (t.n - 1) END AS rest
    FROM firsts f JOIN totals t ON t.aid = f.aid
  )`;
  return { sql, params };
}

type StatsRow = { vid: string; responses: unknown; correct: unknown; flagged: unknown; n: unknown; sx: unknown; sy: unknown; sxy: unknown; syy: unknown; timed: unknown };
type MedianRow = { vid: string; median: unknown };
type ResponseRow = { vid: string; response: string; count: unknown; strong: unknown };

// Raw aggregates differ by engine (bigint, Decimal, number): one conversion for all.
const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

export async function analyseItems(db: Db, filter: ItemFilter, now: Date): Promise<ItemAnalysisRow[]> {
  const p = getDbEngine(db) === "sqlite" ? () => "?" : (n: number) => `$${n}`;
  const { sql, params } = buildBase(filter, p, now);
  // SQLite binds "?" in order of appearance; the base only ever uses each parameter once, in order.
  const stats = await db.$queryRawUnsafe<StatsRow[]>(
    `${sql}
  SELECT vid, COUNT(*) AS responses, SUM(x) AS correct, SUM(CASE WHEN flagged THEN 1 ELSE 0 END) AS flagged,
         COUNT(rest) AS n, SUM(CASE WHEN rest IS NOT NULL THEN x ELSE 0 END) AS sx, SUM(rest) AS sy, SUM(rest * x) AS sxy, SUM(rest * rest) AS syy,
         COUNT(tms) AS timed
  FROM scored GROUP BY vid`,
    ...params,
  );
  const medians = await db.$queryRawUnsafe<MedianRow[]>(
    `${sql},
  timed AS (SELECT vid, tms, ROW_NUMBER() OVER (PARTITION BY vid ORDER BY tms) AS rk, COUNT(*) OVER (PARTITION BY vid) AS cnt FROM firsts WHERE tms IS NOT NULL)
  SELECT vid, AVG(CAST(tms AS DOUBLE PRECISION)) AS median FROM timed WHERE rk = (cnt + 1) / 2 OR rk = (cnt + 2) / 2 GROUP BY vid`,
    ...params,
  );
  const responses = await db.$queryRawUnsafe<ResponseRow[]>(
    `${sql},
  ranked AS (SELECT vid, response, rest, PERCENT_RANK() OVER (PARTITION BY vid ORDER BY COALESCE(rest, -1) DESC) AS pr FROM scored)
  SELECT vid, response, COUNT(*) AS count, SUM(CASE WHEN rest IS NOT NULL AND pr <= ${STRONG_SHARE} THEN 1 ELSE 0 END) AS strong
  FROM ranked GROUP BY vid, response`,
    ...params,
  );

  const ids = stats.map((s) => s.vid);
  const versions = ids.length
    ? await db.questionVersion.findMany({
        where: { id: { in: ids } },
        select: { id: true, version: true, body: true, questionId: true, question: { select: { module: true, versions: { select: { version: true }, orderBy: { version: "desc" }, take: 1 } } } },
      })
    : [];
  const versionOf = new Map(versions.map((v) => [v.id, v]));
  const medianOf = new Map(medians.map((m) => [m.vid, num(m.median)]));
  const responsesOf = new Map<string, ResponseCount[]>();
  for (const r of responses) {
    const list = responsesOf.get(r.vid) ?? [];
    list.push({ response: r.response, count: num(r.count), strong: num(r.strong) });
    responsesOf.set(r.vid, list);
  }

  return stats
    .flatMap((s): ItemAnalysisRow[] => {
      const v = versionOf.get(s.vid);
      if (!v) return [];
      const question = readVersion(v, v.question.module);
      const count = num(s.responses);
      const correct = num(s.correct);
      const facility = count ? correct / count : null;
      const discriminationN = num(s.n);
      const discrimination = pointBiserial({ n: discriminationN, sx: num(s.sx), sy: num(s.sy), sxy: num(s.sxy), syy: num(s.syy) });
      const choices = countChoices(question, responsesOf.get(s.vid) ?? []);
      const timed = num(s.timed);
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
          flagged: num(s.flagged),
          flagRate: count ? num(s.flagged) / count : null,
          medianTimeMs: timed ? (medianOf.get(s.vid) ?? null) : null,
          timed,
          choices,
          reasons: judgeItem({ responses: count, facility, discrimination, options: choices.kind === "options" ? choices.options : null }),
        },
      ];
    })
    .sort((a, b) => a.questionId.localeCompare(b.questionId) || a.version - b.version);
}
