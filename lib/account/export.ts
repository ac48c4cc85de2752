import "server-only";
import type { Db } from "../db";
import { isOpenExam } from "../quiz/counted";

/**
 * Everything the course keeps about an account, as plain JSON (no password hash, no session tokens).
 * An exam still open is exported without grades: nothing may tell its right answers before submission.
 */
export async function exportAccountData(db: Db, userId: string, now: Date = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, emailVerified: true, role: true, createdAt: true, updatedAt: true },
  });
  const [sessions, credentials, learner, certificate, memberships, classesTaught] = await Promise.all([
    db.session.findMany({ where: { userId }, select: { createdAt: true, expiresAt: true, ipAddress: true, userAgent: true }, orderBy: { createdAt: "asc" } }),
    db.account.findMany({ where: { userId }, select: { providerId: true, createdAt: true, updatedAt: true } }),
    db.learner.findUnique({ where: { userId }, select: { id: true, createdAt: true } }),
    db.certificate.findUnique({ where: { userId }, select: { id: true, name: true, course: true, scaledScore: true, attemptId: true, issuedAt: true } }),
    db.classMember.findMany({ where: { userId }, select: { joinedAt: true, class: { select: { id: true, name: true, owner: { select: { name: true } } } } }, orderBy: { joinedAt: "asc" } }),
    db.class.findMany({ where: { ownerId: userId }, select: { id: true, name: true, createdAt: true, _count: { select: { members: true } } }, orderBy: { createdAt: "asc" } }),
  ]);
  const learnerId = learner?.id ?? "";
  const [attempts, completions, reviewCards, bookmarks] = await Promise.all([
    db.attempt.findMany({
      where: { learnerId },
      orderBy: { startedAt: "asc" },
      select: {
        id: true, mode: true, module: true, locale: true, feedback: true, startedAt: true, deadline: true, submittedAt: true, score: true, total: true,
        items: {
          orderBy: { position: "asc" },
          select: {
            position: true, flagged: true,
            questionVersion: { select: { questionId: true, version: true } },
            answer: { select: { response: true, correct: true, answeredAt: true } },
          },
        },
      },
    }),
    db.lessonCompletion.findMany({ where: { learnerId }, select: { module: true, lesson: true, completedAt: true }, orderBy: { completedAt: "asc" } }),
    db.reviewCard.findMany({ where: { learnerId }, orderBy: { due: "asc" } }),
    db.bookmark.findMany({ where: { learnerId }, select: { kind: true, target: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
  ]);
  return {
    format: "eks-course-export/1",
    exportedAt: new Date().toISOString(),
    user,
    sessions,
    credentials,
    learner: learner ? { id: learner.id, createdAt: learner.createdAt } : null,
    attempts: attempts.map(({ items, ...attempt }) => {
      const open = isOpenExam(attempt, now);
      return {
      ...attempt,
      questions: items.map((item) => ({
        position: item.position,
        questionId: item.questionVersion.questionId,
        questionVersion: item.questionVersion.version,
        flagged: item.flagged,
        answer: item.answer ? { response: JSON.parse(item.answer.response) as unknown, correct: open ? null : item.answer.correct, answeredAt: item.answer.answeredAt } : null,
      })),
      };
    }),
    completedLessons: completions,
    reviewSchedule: reviewCards.map(({ learnerId: _l, ...card }) => card),
    bookmarks,
    classMemberships: memberships.map((m) => ({ classId: m.class.id, name: m.class.name, instructor: m.class.owner.name, joinedAt: m.joinedAt })),
    classesTaught: classesTaught.map(({ _count, ...c }) => ({ ...c, members: _count.members })),
    certificate: certificate ? { ...certificate, verifyPath: `/verify/${certificate.id}` } : null,
  };
}
