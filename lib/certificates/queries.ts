import "server-only";
import { listModules } from "../course/queries";
import type { Db } from "../db";
import { DEFAULT_EXAM } from "../quiz/attempts";
import { decideEligibility, type Eligibility, type ExamRecord } from "./rules";
import { certificateIdSchema, type OwnCertificate, type PublicCertificate } from "./schema";

/** Every lesson of the course as "module/lesson" (the slugs are the same in both languages). */
function listCourseLessonKeys(): Set<string> {
  return new Set(listModules("en").flatMap((m) => m.lessons.map((l) => `${m.slug}/${l.slug}`)));
}

/** Whether this account may have a certificate at `now`, and what is still missing. */
export async function getEligibility(db: Db, userId: string, now: Date): Promise<Eligibility> {
  const lessons = listCourseLessonKeys();
  const learner = await db.learner.findUnique({ where: { userId }, select: { id: true } });
  let completed = 0;
  let exams: ExamRecord[] = [];
  if (learner) {
    const [completions, attempts] = await Promise.all([
      db.lessonCompletion.findMany({ where: { learnerId: learner.id }, select: { module: true, lesson: true } }),
      db.attempt.findMany({
        where: { learnerId: learner.id, mode: "exam", total: { gte: DEFAULT_EXAM } },
        select: {
          id: true, mode: true, total: true, startedAt: true, deadline: true, submittedAt: true, score: true,
          _count: { select: { items: { where: { answer: { is: { correct: true } } } } } },
        },
      }),
    ]);
    completed = completions.filter((c) => lessons.has(`${c.module}/${c.lesson}`)).length;
    exams = attempts.map((a) => ({ ...a, correct: a.score ?? a._count.items }));
  }
  return decideEligibility({ lessonsCompleted: completed, lessonsTotal: lessons.size, exams, minQuestions: DEFAULT_EXAM, now });
}

export async function getOwnCertificate(db: Db, userId: string): Promise<OwnCertificate | null> {
  return db.certificate.findUnique({ where: { userId }, select: { id: true, name: true, course: true, issuedAt: true, scaledScore: true } });
}

/** The public facts of a certificate (name, date, course), or null for an unknown or malformed id. */
export async function findPublicCertificate(db: Db, id: string): Promise<PublicCertificate | null> {
  if (!certificateIdSchema.safeParse(id).success) return null;
  return db.certificate.findUnique({ where: { id }, select: { id: true, name: true, course: true, issuedAt: true } });
}
