import { shuffle, type Random } from "./random";

export type PoolQuestion = { id: string; module: string };

/**
 * Splits `count` across modules in proportion to their weights (largest remainder), never asking a
 * module for more questions than it has; what a small module cannot give goes to the others.
 */
export function allocateByWeight(count: number, modules: { module: string; weight: number; available: number }[]): Map<string, number> {
  const result = new Map(modules.map((m) => [m.module, 0]));
  let remaining = Math.min(count, modules.reduce((n, m) => n + m.available, 0));
  let open = modules.filter((m) => m.available > 0 && m.weight > 0);
  if (!open.length) open = modules.filter((m) => m.available > 0);
  while (remaining > 0 && open.length) {
    const totalWeight = open.reduce((n, m) => n + (m.weight || 1), 0);
    const shares = open.map((m) => {
      const exact = (remaining * (m.weight || 1)) / totalWeight;
      return { m, floor: Math.floor(exact), rest: exact - Math.floor(exact) };
    });
    let given = 0;
    for (const s of shares) {
      const room = s.m.available - result.get(s.m.module)!;
      const take = Math.min(s.floor, room);
      result.set(s.m.module, result.get(s.m.module)! + take);
      given += take;
    }
    let left = remaining - given;
    for (const s of [...shares].sort((a, b) => b.rest - a.rest || a.m.module.localeCompare(b.m.module))) {
      if (left <= 0) break;
      if (result.get(s.m.module)! < s.m.available) {
        result.set(s.m.module, result.get(s.m.module)! + 1);
        left--;
        given++;
      }
    }
    remaining -= given;
    open = open.filter((m) => result.get(m.module)! < m.available);
    if (given === 0) break;
  }
  return result;
}

/** Unseen questions first (in random order), then seen ones; no question twice. */
export function pickFrom<T extends PoolQuestion>(pool: readonly T[], count: number, seen: ReadonlySet<string>, random: Random): T[] {
  const unseen = shuffle(pool.filter((q) => !seen.has(q.id)), random);
  const already = shuffle(pool.filter((q) => seen.has(q.id)), random);
  return [...unseen, ...already].slice(0, count);
}

/** An exam draw: across modules by weight, unseen first within each, then shuffled together. */
export function drawExam<T extends PoolQuestion>(
  pool: readonly T[],
  count: number,
  weights: Record<string, number>,
  seen: ReadonlySet<string>,
  random: Random,
): T[] {
  const modules = [...new Set(pool.map((q) => q.module))].sort();
  const allocation = allocateByWeight(
    count,
    modules.map((module) => ({ module, weight: weights[module] ?? 0, available: pool.filter((q) => q.module === module).length })),
  );
  const picked = modules.flatMap((module) => pickFrom(pool.filter((q) => q.module === module), allocation.get(module) ?? 0, seen, random));
  return shuffle(picked, random);
}
