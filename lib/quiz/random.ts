import { randomInt } from "node:crypto";

/**
 * Where every random choice that hides an answer comes from: which questions an attempt draws, their
 * order, and the order of options and matches. In the app it is the operating system's CSPRNG, one
 * `crypto.randomInt` per choice — no seed an observer could recover from the orders they see and so
 * learn the authored (correct) order. Tests pass their own, reproducible source.
 */
export type Random = {
  /** A uniformly distributed integer in [0, bound). */
  int(bound: number): number;
};

export const secureRandom: Random = { int: (bound) => randomInt(bound) };

/** Fisher–Yates with one draw per position: every permutation equally likely. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
