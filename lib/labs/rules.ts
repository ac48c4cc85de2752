/** Failed checks after which the reference solution may be shown without asking for it early. */
export const REVEAL_AFTER_FAILURES = 3;
