/** Exam timing. The server keeps the deadline; every check takes `now` so tests can move the clock. */
export const SECONDS_PER_QUESTION = 120; // the AWS pace: 2 minutes a question

export function computeDeadline(startedAt: Date, timeLimitSeconds: number): Date {
  return new Date(startedAt.getTime() + timeLimitSeconds * 1000);
}

export function isPastDeadline(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() >= deadline.getTime();
}

export function remainingMs(deadline: Date | null, now: Date): number | null {
  return deadline === null ? null : Math.max(0, deadline.getTime() - now.getTime());
}
