/** officialOf against a walk up each chain: the post itself when it owns teams, else the nearest level-1/2 official above. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStructure, NONE } from '../../../src/model/structure.js';
import { officialOf } from '../../../src/model/structure/officials.js';
import { KINDS, type Kind, type Post } from '../../../src/model/types.js';
import { ownsTeams } from '../../../src/model/work-system.js';

const post = (id: string, parentId: string | null, kind: Kind | null, line: number): Post => ({
  id, parentId, name: `Jabatan ${id}`, kind, eselon: null, unit: '', opd: '', unitType: null, file: 'p.csv', line, row: line - 1,
});

/** Ids from a small set: duplicates, missing parents and cycles; every kind, and none. */
const tableArb = fc.array(
  fc.record({ id: fc.nat(30), parent: fc.option(fc.nat(33), { nil: null }), kind: fc.option(fc.constantFrom(...KINDS), { nil: null }) }),
  { minLength: 1, maxLength: 60 },
);

describe('officialOf (property)', () => {
  it('is the post or its nearest ancestor that owns teams (JPT or administrator), else NONE', () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const s = buildStructure(rows.map((r, i) => post(`P${r.id}`, r.parent === null ? null : `P${r.parent}`, r.kind, i + 2)));
        s.indexed.forEach((p, i) => {
          let expected = NONE;
          const seen = new Set<number>();
          for (let q = i; q !== NONE && !seen.has(q); q = s.parentAt(q)) {
            seen.add(q);
            if (ownsTeams(s.indexed[q]!.kind)) {
              expected = q;
              break;
            }
          }
          expect(officialOf(s, i), p.id).toBe(expected);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('level 1 (JPT) and level 2 (administrator) own teams; pengawas and the rest do not', () => {
    expect(KINDS.filter(ownsTeams)).toEqual(['jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator']);
    expect(ownsTeams(null)).toBe(false);
  });
});
