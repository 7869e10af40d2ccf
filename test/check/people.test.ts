/** Duplicate NIPs: every repeat is reported at its own line and names the line of the first listing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPeople } from '../../src/check/people.js';
import type { Place } from '../../src/check/reporter.js';
import { buildStructure } from '../../src/model/structure.js';
import type { Person } from '../../src/model/types.js';

const person = (nip: string, line: number): Person => ({
  nip, name: `Pegawai ${line}`, postId: null, golongan: null, education: null, birthDate: null, status: 'pppk', role: null,
  file: 'pegawai.csv', line, row: line - 1,
});

const NIP_A = '198001012005011001';
const NIP_B = '198502022010012002';

describe('checkPeople: duplicate NIP', () => {
  it('reports the second and third listing of a NIP with the line of the first, in table order', () => {
    const people = [person(NIP_B, 2), person(NIP_A, 3), person(NIP_A, 4), person('12345', 5), person(NIP_B, 6), person(NIP_A, 7), person('12345', 8)];
    const found: Array<{ ruleId: string; at: Place; en: string }> = [];
    checkPeople(buildStructure([], people), { eselonGolongan: () => undefined, bupOf: () => ({ age: 58 }) }, '2026-12-01', (ruleId, at, m) => found.push({ ruleId, at, en: m.en }));
    const dups = found.filter((f) => f.ruleId === 'person/duplicate-nip');
    expect(dups.map((f) => [f.at.line, f.en])).toEqual([
      [4, `NIP ${NIP_A} is already listed on line 3`],
      [6, `NIP ${NIP_B} is already listed on line 2`],
      [7, `NIP ${NIP_A} is already listed on line 3`],
    ]);
    // A malformed NIP is the format check's finding, not a duplicate.
    expect(dups.some((f) => f.at.value === '12345')).toBe(false);
  });
});

describe('checkPeople: duplicate NIP (property)', () => {
  it('reports exactly the repeats a Set of strings finds, NIPs sharing their first or last nine digits included', () => {
    // Few distinct halves, so that many NIPs share one half and the table's probing is exercised.
    const half = fc.constantFrom('198001012', '198502022', '199912312', '200001010', '010120051', '201001200', '000000000');
    fc.assert(
      fc.property(fc.array(fc.tuple(half, half), { maxLength: 200 }), (pairs) => {
        const people = pairs.map(([a, b], i) => person(a + b, i + 2));
        const lines: number[] = [];
        checkPeople(buildStructure([], people), { eselonGolongan: () => undefined, bupOf: () => ({ age: 58 }) }, '2026-12-01', (ruleId, at) => {
          if (ruleId === 'person/duplicate-nip') lines.push(at.line!);
        });
        const seen = new Set<string>();
        const expected = people.filter((p) => seen.size === seen.add(p.nip).size).map((p) => p.line);
        expect(lines).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
