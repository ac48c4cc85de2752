import { describe, expect, it } from "vitest";
import { hasLearnerHint, learnerHintCookie, LEARNER_HINT_COOKIE } from "@/lib/auth/learner-hint";

describe("learner hint cookie", () => {
  it("is read only as its exact name and value, wherever it sits in the header", () => {
    expect(hasLearnerHint("learner-hint=1")).toBe(true);
    expect(hasLearnerHint("eks_learner=abc.def; learner-hint=1")).toBe(true);
    expect(hasLearnerHint("learner-hint=1; theme=dark")).toBe(true);
    for (const other of ["", "learner-hint=0", "learner-hint=", "learner-hint=10", "xlearner-hint=1", "my-learner-hint=1; a=b", "learner-hint-x=1"]) {
      expect(hasLearnerHint(other), other).toBe(false);
    }
  });

  it("is set for a year and cleared at once, scripts may read it, Secure only on HTTPS sites", () => {
    expect(learnerHintCookie(true, false)).toBe(`${LEARNER_HINT_COOKIE}=1; Max-Age=31536000; Path=/; SameSite=Lax`);
    expect(learnerHintCookie(true, true)).toBe(`${LEARNER_HINT_COOKIE}=1; Max-Age=31536000; Path=/; SameSite=Lax; Secure`);
    expect(learnerHintCookie(false, true)).toBe(`${LEARNER_HINT_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax; Secure`);
    for (const cookie of [learnerHintCookie(true, true), learnerHintCookie(false, false)]) expect(cookie).not.toMatch(/HttpOnly/i);
  });
});
