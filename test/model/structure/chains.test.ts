/**
 * The chain queries against a naive reference that walks up each post's chain (a seen set stops a cycle): on random
 * deep trees (long chains), wide trees (stars), and random tables with missing parents, cycles and duplicate ids.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestors, depths, foldAncestors, nearestAbove } from '../../../src/model/structure/chains.js';
import { buildStructure, NONE } from '../../../src/model/structure.js';
import type { Post } from '../../../src/model/types.js';

const post = (id: string, parentId: string | null, line: number, flag: boolean): Post => ({
  id, parentId, name: `Jabatan ${id}`, kind: flag ? 'administrator' : 'pelaksana', eselon: null, unit: '', opd: '', unitType: null,
  file: 'p.csv', line, row: line - 1,
});

/** Each row's parent is `back` rows before it: 1 mostly, so chains run deep. */
const deepArb = fc.array(fc.record({ back: fc.oneof(fc.constant(1), fc.nat(3)), flag: fc.boolean() }), { minLength: 1, maxLength: 300 }).map((rows) =>
  rows.map((r, i) => ({ id: i, parent: i === 0 || r.back === 0 ? null : Math.max(0, i - r.back), flag: r.flag })),
);
/** A few hubs with many children each, listed in any order. */
const wideArb = fc.array(fc.record({ hub: fc.nat(3), flag: fc.boolean() }), { minLength: 1, maxLength: 300 }).map((rows) => [
  ...[0, 1, 2, 3].map((h) => ({ id: h, parent: h === 0 ? null : 0, flag: h % 2 === 0 })),
  ...rows.map((r, i) => ({ id: 4 + i, parent: r.hub, flag: r.flag })),
]);
/** Ids from a small set: duplicates, missing parents and cycles. */
const randomArb = fc.array(fc.record({ id: fc.nat(40), parent: fc.option(fc.nat(45), { nil: null }), flag: fc.boolean() }), { minLength: 1, maxLength: 80 });

const build = (rows: Array<{ id: number; parent: number | null; flag: boolean }>) =>
  buildStructure(rows.map((r, i) => post(`P${r.id}`, r.parent === null ? null : `P${r.parent}`, i + 2, r.flag)));

/** Ancestors as the rule facts walked them before: parent ids looked up one by one, stopping at a repeat. */
function naiveAncestors(byId: ReadonlyMap<string, Post>, p: Post): Post[] {
  const out: Post[] = [];
  const seen = new Set<string>([p.id]);
  for (let cur = p.parentId === null ? undefined : byId.get(p.parentId); cur && !seen.has(cur.id); cur = cur.parentId === null ? undefined : byId.get(cur.parentId)) {
    seen.add(cur.id);
    out.push(cur);
  }
  return out;
}

/** A map of {0, 1, 2} as three base-3 digits (the images of 0, 1, 2); composing them is associative, not commutative. */
const image = (f: number, x: number) => Math.floor(f / 3 ** x) % 3;
const compose = (f: number, g: number) => [0, 1, 2].reduce((h, x) => h + image(f, image(g, x)) * 3 ** x, 0);
const IDENTITY = 0 + 1 * 3 + 2 * 9;

describe('chain queries (property)', () => {
  it.each([['deep', deepArb], ['wide', wideArb], ['random', randomArb]] as const)('equal a walk up each chain on %s tables', (_, arb) => {
    fc.assert(
      fc.property(arb, (rows) => {
        const s = build(rows);
        const byId = new Map(s.indexed.map((p) => [p.id, p]));
        const official = (p: Post) => p.kind === 'administrator';
        const nearest = nearestAbove(s, official);
        const depth = depths(s);
        // An order-sensitive fold: maps of {0, 1, 2} composed along the chain, nearest first.
        const composed = foldAncestors(s, (_, i) => i % 27, compose, IDENTITY);
        s.indexed.forEach((p, i) => {
          const chain = naiveAncestors(byId, p);
          expect(ancestors(s, p)).toEqual(chain);
          expect(ancestors(s, p, 2)).toEqual(chain.slice(0, 2));
          expect(depth[i]).toBe(chain.length);
          const hit = chain.find(official);
          expect(nearest[i]).toBe(hit ? s.indexOf(hit) : NONE);
          expect(composed[i]).toBe(chain.reduceRight((far, a) => compose(s.indexOf(a)! % 27, far), IDENTITY));
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('chain queries on one long chain', () => {
  it('a chain 200,000 posts deep: depth, nearest and a cut list, without a stack', () => {
    const n = 200_000;
    const rows = Array.from({ length: n }, (_, i) => ({ id: i, parent: i === 0 ? null : i - 1, flag: i === 10 }));
    const s = build(rows);
    const depth = depths(s);
    const nearest = nearestAbove(s, (p) => p.kind === 'administrator');
    expect([depth[0], depth[n - 1]]).toEqual([0, n - 1]);
    expect([nearest[10], nearest[11], nearest[n - 1]]).toEqual([NONE, 10, 10]);
    expect(ancestors(s, s.indexed[n - 1]!, 3).map((p) => p.id)).toEqual([`P${n - 2}`, `P${n - 3}`, `P${n - 4}`]);
  });
});
