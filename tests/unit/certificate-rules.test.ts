import { describe, expect, it } from "vitest";
import { decideEligibility, isFullExam, pickBestExam, type ExamRecord } from "@/lib/certificates/rules";
import { issueCertificateSchema } from "@/lib/certificates/schema";

const now = new Date("2026-12-01T12:00:00Z");
const started = new Date("2026-12-01T10:00:00Z");
const exam = (over: Partial<ExamRecord> = {}): ExamRecord => ({
  id: "a", mode: "exam", total: 30, startedAt: started, deadline: new Date(started.getTime() + 30 * 120_000), submittedAt: new Date("2026-12-01T10:40:00Z"), correct: 30, ...over,
});

describe("certificate eligibility", () => {
  it("calls an exam full at the default length or more, at no more than 2 minutes a question", () => {
    expect(isFullExam(exam(), 30)).toBe(true);
    expect(isFullExam(exam({ total: 65, deadline: new Date(started.getTime() + 65 * 120_000) }), 30)).toBe(true);
    expect(isFullExam(exam({ total: 29 }), 30)).toBe(false);
    expect(isFullExam(exam({ deadline: new Date(started.getTime() + 30 * 120_000 + 1000) }), 30)).toBe(false);
    expect(isFullExam(exam({ mode: "practice" }), 30)).toBe(false);
    expect(isFullExam(exam({ deadline: null }), 30)).toBe(false);
  });

  it("counts finished exams only: an open exam reveals nothing", () => {
    const open = exam({ id: "open", submittedAt: null, deadline: new Date(now.getTime() + 60_000), startedAt: new Date(now.getTime() + 60_000 - 30 * 120_000) });
    expect(pickBestExam([open], 30, now)).toBeNull();
    const expired = exam({ id: "expired", submittedAt: null });
    expect(pickBestExam([expired], 30, now)).toMatchObject({ attemptId: "expired", finishedAt: expired.deadline });
  });

  it("picks the best scaled score and needs every lesson and the pass line", () => {
    const low = exam({ id: "low", correct: 20 });
    const pass = exam({ id: "pass", correct: 21 }); // 70% → exactly 720
    expect(pickBestExam([low, pass], 30, now)).toMatchObject({ attemptId: "pass", scaledScore: 720 });
    expect(decideEligibility({ lessonsCompleted: 10, lessonsTotal: 10, exams: [low, pass], minQuestions: 30, now }).eligible).toBe(true);
    expect(decideEligibility({ lessonsCompleted: 9, lessonsTotal: 10, exams: [pass], minQuestions: 30, now }).eligible).toBe(false);
    expect(decideEligibility({ lessonsCompleted: 10, lessonsTotal: 10, exams: [low], minQuestions: 30, now }).eligible).toBe(false);
    expect(decideEligibility({ lessonsCompleted: 0, lessonsTotal: 0, exams: [pass], minQuestions: 30, now }).eligible).toBe(false);
  });

  it("accepts a printable name and refuses emails, control characters and empties", () => {
    expect(issueCertificateSchema.parse({ name: "  李雷  " })).toEqual({ name: "李雷" });
    for (const name of ["", "  ", "a@b.c", "x".repeat(101), "tab\there", "\u0000"]) expect(issueCertificateSchema.safeParse({ name }).success, JSON.stringify(name)).toBe(false);
    expect(issueCertificateSchema.safeParse({ name: "Ada", extra: 1 }).success).toBe(false);
  });
});
