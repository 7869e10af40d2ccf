/**
 * A local list's entry for a post (the first entry, in list order, naming the post or an ancestor by id or unit), one
 * pass per structure and list, against the walk up each chain it replaced: random tables with cycles and missing parents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placementOf } from '../../src/model/placement.js';
import { buildStructure } from '../../src/model/structure.js';
import { ancestors } from '../../src/model/structure/chains.js';
import type { Post } from '../../src/model/types.js';
import { factsFor, localListHit } from '../../src/rules/facts.js';
import type { LocalUnit } from '../../src/rules/types.js';

const UNITS = ['', 'Bidang A', 'bidang a', 'Seksi B', 'Bagian C'];
const post = (id: string, parentId: string | null, unit: string, line: number): Post => ({
  id, parentId, name: `Jabatan ${id}`, kind: 'pelaksana', eselon: null, unit, opd: '', unitType: null, file: 'p.csv', line, row: line - 1,
});

const tableArb = fc.record({
  posts: fc.array(fc.record({ id: fc.nat(30), parent: fc.option(fc.nat(33), { nil: null }), unit: fc.constantFrom(...UNITS) }), { minLength: 1, maxLength: 60 }),
  list: fc.array(fc.oneof(fc.nat(33).map((k) => `p${k}`), fc.constantFrom(...UNITS.filter(Boolean), 'BIDANG A')), { maxLength: 6 }),
});

describe('localListHit (property)', () => {
  it('equals list.find over the keys of the post and its ancestors', () => {
    fc.assert(
      fc.property(tableArb, ({ posts, list }) => {
        const s = buildStructure(posts.map((p, i) => post(`P${p.id}`, p.parent === null ? null : `P${p.parent}`, p.unit, i + 2)));
        const entries: LocalUnit[] = list.map((match) => ({ match, reason: 'r' }));
        const pl = placementOf(s);
        s.indexed.forEach((p, i) => {
          const keys = [p, ...ancestors(s, p)].flatMap((q) => [q.id.toLowerCase(), pl.unitName(s.indexOf(q)!).toLowerCase()].filter(Boolean));
          expect(localListHit(factsFor(s, i), entries)).toBe(entries.find((u) => keys.includes(u.match.toLowerCase())));
        });
      }),
      { numRuns: 300 },
    );
  });
});
