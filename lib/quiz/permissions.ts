/** Who may do what with an attempt. One place, so handlers never repeat the rule inline. */
export function canAccessAttempt(attempt: { learnerId: string }, learnerId: string | null): boolean {
  return learnerId !== null && attempt.learnerId === learnerId;
}
