import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeNip, isScientificNumber, NIP_AS_NUMBER, nipBirthDateIs, nipProblems, parseNip } from '../../../src/model/parse/nip.js';

describe('parseNip', () => {
  it.each<[string, string, boolean]>([
    ['197211121993021001', '197211121993021001', false],
    [' 197211121993021001 ', '197211121993021001', false],
    ['197211121993021001\r\n', '197211121993021001', false],
    ['19721112 199302 1 001', '197211121993021001', true],
    ['19721112\u00A0199302\u00A01\u00A0001', '197211121993021001', true],
    ['19721112.199302.1.001', '197211121993021001', true],
    ['19721112-199302-1-001', '197211121993021001', true],
    ["'197211121993021001", '197211121993021001', true],
    ['NIP. 19860926 201505 1 001', '198609262015051001', true],
    ['NIP Baru: 198609262015051001', '198609262015051001', true],
    ['1972\u200B11121993021001', '197211121993021001', false],
  ])('%j → %s (normalised %s)', (raw, value, normalised) => {
    expect(parseNip(raw)).toEqual({ ok: true, value, normalised });
  });

  it('empty', () => {
    expect(parseNip('')).toEqual({ ok: true, value: null, normalised: false });
    expect(parseNip(' \r\n')).toEqual({ ok: true, value: null, normalised: false });
  });

  it.each<[string, number]>([
    ['19721112199302100', 17],
    ['1972111219930210011', 19],
    ['19721112 199302 1 00', 17],
    ['123456789', 9],
  ])('%j → wrong length %d', (raw, n) => {
    const r = parseNip(raw);
    expect(r).toMatchObject({ ok: false, code: 'nip-length' });
    if (!r.ok) {
      expect(r.reason.en).toContain(`${n} digits`);
      expect(r.reason.id).toContain(`${n} digit`);
    }
  });

  it('old 9-digit NIP is named in the reason', () => {
    const r = parseNip('010203040');
    if (r.ok) throw new Error('expected failure');
    expect(r.reason.en).toMatch(/old 9-digit/);
  });

  it.each(['19721112199302100A', '1972/1112/1993021001', 'abc', 'NIP', '-'])('%j → non-digit', (raw) => {
    expect(parseNip(raw)).toMatchObject({ ok: false, code: 'nip-non-digit' });
  });

  it.each(['1.97211E+17', '1,97211E+17', '1.97211121993021E17'])('%j → scientific notation', (raw) => {
    expect(parseNip(raw)).toMatchObject({ ok: false, code: 'nip-scientific', reason: NIP_AS_NUMBER });
    expect(NIP_AS_NUMBER.id).toBe('NIP disimpan sebagai angka; digit terakhir hilang — simpan kolom sebagai teks');
  });
});

describe('isScientificNumber', () => {
  it.each<[string, boolean, boolean]>([
    ['1.97601E+17', true, true],
    ['1,97601E+17', true, true],
    ['1.97601102002032E+17', true, true],
    ['1e+21', true, true],
    ['1.97211121993021E17', true, false],
    ['1E5', true, false],
    ['2E30A5', false, false],
    ['197601102002032001', false, false],
    ['A5EB03E23D82F6A0E040640A040252AD', false, false],
    ['12E+', false, false],
  ])('%j: any form %s, signed form %s (what an id column refuses: no hex id has a `+`)', (cell, any, signed) => {
    expect([isScientificNumber(cell, false), isScientificNumber(cell, true)]).toEqual([any, signed]);
  });
});

describe('decodeNip', () => {
  it('decodes the regulation example', () => {
    expect(decodeNip('198609262015051001')).toEqual({
      birthDate: '1986-09-26', tmtCpns: '2015-05', sex: 1, sequence: '001', problems: [],
    });
    expect(decodeNip('197211121993022003')).toEqual({
      birthDate: '1972-11-12', tmtCpns: '1993-02', sex: 2, sequence: '003', problems: [],
    });
  });

  it('leap years', () => {
    expect(decodeNip('200002292020011001').birthDate).toBe('2000-02-29');
    expect(decodeNip('198802292010011001').birthDate).toBe('1988-02-29');
    expect(decodeNip('199002292010011001')).toMatchObject({ birthDate: null, problems: ['birth-date-invalid'] });
    expect(decodeNip('190002292010011001')).toMatchObject({ birthDate: null, problems: ['birth-date-invalid'] });
  });

  it.each<[string, string[]]>([
    ['197213121993021001', ['birth-date-invalid']],
    ['197211311993021001', ['birth-date-invalid']],
    ['197204311993021001', ['birth-date-invalid']],
    ['197211001993021001', ['birth-date-invalid']],
    ['185011121993021001', ['birth-date-invalid']],
    ['197211121993131001', ['tmt-invalid']],
    ['197211121993001001', ['tmt-invalid']],
    ['197211121993021003', []],
    ['197211121993023001', ['sex-invalid']],
    ['197211121993020001', ['sex-invalid']],
    ['197211121970011001', ['tmt-before-birth']],
    ['197211121972111001', ['tmt-before-birth']],
    ['197211121972121001', []],
    ['000000000000000000', ['birth-date-invalid', 'tmt-invalid', 'sex-invalid']],
  ])('%s → %j', (nip, problems) => {
    expect(decodeNip(nip).problems).toEqual(problems);
  });

  it('invalid parts are null, the rest decodes', () => {
    expect(decodeNip('197213121993023007')).toEqual({
      birthDate: null, tmtCpns: '1993-02', sex: null, sequence: '007', problems: ['birth-date-invalid', 'sex-invalid'],
    });
    expect(decodeNip('197211121993131001')).toMatchObject({ birthDate: '1972-11-12', tmtCpns: null });
  });

  it('not 18 digits: everything null', () => {
    for (const bad of ['', '12345', '19721112 199302 1 001', '19721112199302100x']) {
      expect(decodeNip(bad)).toEqual({
        birthDate: null, tmtCpns: null, sex: null, sequence: '', problems: ['birth-date-invalid', 'tmt-invalid', 'sex-invalid'],
      });
    }
  });
});

describe('NIP: property', () => {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  /** A valid NIP: a real birth date, a CPNS month at least 18 years later, sex 1/2, sequence 001–999. */
  const validNip = fc
    .record({
      birth: fc.date({ min: new Date(Date.UTC(1940, 0, 1)), max: new Date(Date.UTC(2005, 11, 31)), noInvalidDate: true }),
      yearsLater: fc.integer({ min: 18, max: 40 }),
      tmtMonth: fc.integer({ min: 1, max: 12 }),
      sex: fc.constantFrom(1, 2),
      seq: fc.integer({ min: 1, max: 999 }),
    })
    .map(({ birth, yearsLater, tmtMonth, sex, seq }) => {
      const birthIso = birth.toISOString().slice(0, 10);
      const tmtYear = Math.min(birth.getUTCFullYear() + yearsLater, 2099);
      const nip = `${birthIso.replace(/-/g, '')}${tmtYear}${pad(tmtMonth, 2)}${sex}${pad(seq, 3)}`;
      return { nip, birthIso, tmt: `${tmtYear}-${pad(tmtMonth, 2)}`, sex, seq: pad(seq, 3) };
    });

  it('any valid NIP decodes to its birth date, TMT, sex and sequence, with no problems', () => {
    fc.assert(
      fc.property(validNip, ({ nip, birthIso, tmt, sex, seq }) => {
        expect(decodeNip(nip)).toEqual({ birthDate: birthIso, tmtCpns: tmt, sex, sequence: seq, problems: [] });
      }),
    );
  });

  it('spaced, dotted or padded spellings parse back to the same 18 digits', () => {
    fc.assert(
      fc.property(validNip, fc.constantFrom(' ', '.', '-', '\u00A0', ''), fc.constantFrom('', ' ', '\r\n'), ({ nip }, sep, tail) => {
        const spaced = `${nip.slice(0, 8)}${sep}${nip.slice(8, 14)}${sep}${nip.slice(14, 15)}${sep}${nip.slice(15)}${tail}`;
        const r = parseNip(spaced);
        expect(r).toMatchObject({ ok: true, value: nip });
      }),
    );
  });
});

describe('nipProblems and nipBirthDateIs agree with decodeNip', () => {
  it('on random 18-digit strings and ISO dates', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{18}$/), fc.date({ min: new Date('1890-01-01'), max: new Date('2110-12-31'), noInvalidDate: true }), (nip, date) => {
        const d = decodeNip(nip);
        expect(nipProblems(nip)).toEqual(d.problems);
        const iso = date.toISOString().slice(0, 10);
        // A date outside 1900–2099 matches the digits but is no NIP birth date (reported as a problem instead).
        expect(nipBirthDateIs(nip, iso) && !d.problems.includes('birth-date-invalid')).toBe(d.birthDate === iso);
        if (d.birthDate) expect(nipBirthDateIs(nip, d.birthDate)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
