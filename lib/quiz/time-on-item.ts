/**
 * Time on item, for item analysis (lib/instructor/item-analysis.ts). The server sees when an attempt
 * started and when each answer arrives, not what is on the learner's screen, so an item's time is the
 * gap between the learner's previous answer in the same attempt (or the attempt's start) and their
 * first answer to this item. Gaps longer than MAX_TIME_ON_ITEM_MS are a break, not work on the item,
 * and are left out (null). Later changes to an answer do not change its time.
 */
export const MAX_TIME_ON_ITEM_MS = 10 * 60 * 1000;

export function measureTimeOnItem(timing: { startedAt: Date; lastAnsweredAt: Date | null }, answeredAt: Date): number | null {
  const from = Math.max(timing.startedAt.getTime(), timing.lastAnsweredAt?.getTime() ?? 0);
  const gap = answeredAt.getTime() - from;
  if (!Number.isFinite(gap) || gap < 0 || gap > MAX_TIME_ON_ITEM_MS) return null;
  return Math.round(gap);
}
