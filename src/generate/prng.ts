/** Seeded PRNG (mulberry32) and the few draws the generator needs; no Math.random, no clock. */

export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(arr: readonly T[]): T;
  chance(p: number): boolean;
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T;
  /** `n` distinct items of `arr` in random order. */
  sample<T>(arr: readonly T[], n: number): T[];
}

export function createRng(seed: number): Rng {
  let a = seed | 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (arr) => arr[Math.floor(next() * arr.length)]!,
    chance: (p) => next() < p,
    weighted(pairs) {
      let total = 0;
      for (const [, w] of pairs) total += w;
      let r = next() * total;
      for (const [v, w] of pairs) {
        r -= w;
        if (r < 0) return v;
      }
      return pairs[pairs.length - 1]![0];
    },
    sample(arr, n) {
      const a = arr.slice();
      const k = Math.min(n, a.length);
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(next() * (a.length - i));
        [a[i], a[j]] = [a[j]!, a[i]!];
      }
      return a.slice(0, k);
    },
  };
}

/** A seed from the command line: an integer, or any text hashed (FNV-1a) to 32 bits. */
export function seedFrom(raw: string): number {
  if (/^-?\d+$/.test(raw.trim())) return Number(BigInt.asIntN(32, BigInt(raw.trim())));
  let h = 0x811c9dc5;
  for (let i = 0; i < raw.length; i++) {
    h ^= raw.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
