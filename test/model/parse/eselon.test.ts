import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareEselon, eselonLevel, eselonOrder, eselonRangeForKind, kindForEselon, NON_ESELON,
  parseEselon, parseEselonLevel,
} from '../../../src/model/parse/eselon.js';
import { ESELONS, KINDS, type Eselon } from '../../../src/model/types.js';

describe('parseEselon: accepted spellings', () => {
  it.each<[string, Eselon]>([
    ['III.a', 'III.a'],
    ['III a', 'III.a'],
    ['IIIa', 'III.a'],
    ['iii/a', 'III.a'],
    ['III-A', 'III.a'],
    ['III/B', 'III.b'],
    ['3a', 'III.a'],
    ['3.a', 'III.a'],
    ['3 b', 'III.b'],
    ['4-B', 'IV.b'],
    ['II.a', 'II.a'],
    ['IIb', 'II.b'],
    ['Ia', 'I.a'],
    ['I.b', 'I.b'],
    ['IV.a', 'IV.a'],
    ['iv.b', 'IV.b'],
    ['Va', 'V.a'],
    ['V.b', 'V.b'],
    ['5b', 'V.b'],
    ['Eselon IV.a', 'IV.a'],
    ['ESELON III.B', 'III.b'],
    ['Eselon II/a', 'II.a'],
    ['Es. IV/b', 'IV.b'],
    ['Es.IV.a', 'IV.a'],
    ['Enselon IV.a', 'IV.a'],
    ['ESELON IV.A / Pengawas', 'IV.a'],
    ['III.a (Administrator)', 'III.a'],
    ['II.b - JPT Pratama', 'II.b'],
    ['I.a / JPT Utama', 'I.a'],
    ['JPT Utama', 'I.a'],
    ['Jabatan Pimpinan Tinggi Utama', 'I.a'],
    [' III.a\r\n', 'III.a'],
    ['\u00A0IV.b\u00A0', 'IV.b'],
    ['IV.a.', 'IV.a'],
  ])('%j → %s', (raw, want) => {
    const r = parseEselon(raw);
    expect(r).toMatchObject({ ok: true, value: want });
  });

  it.each<[string, Eselon]>([
    ['10', 'I.a'], ['11', 'I.a'], ['12', 'I.b'], ['21', 'II.a'], ['22', 'II.b'], ['31', 'III.a'],
    ['32', 'III.b'], ['41', 'IV.a'], ['42', 'IV.b'], ['51', 'V.a'], ['52', 'V.b'],
  ])('BKN id %s → %s', (raw, want) => {
    expect(parseEselon(raw)).toEqual({ ok: true, value: want, normalised: true });
  });

  it('canonical spelling is not normalised, others are', () => {
    for (const e of ESELONS) {
      expect(parseEselon(e)).toEqual({ ok: true, value: e, normalised: false });
      expect(parseEselon(` ${e} `)).toEqual({ ok: true, value: e, normalised: false });
    }
    expect(parseEselon('III/a')).toEqual({ ok: true, value: 'III.a', normalised: true });
  });
});

describe('parseEselon: non-eselon and empty', () => {
  it.each(['99', 'NON', 'non', 'Non Eselon', 'NON-ESELON', 'noneselon', '-', '--', '–', 'JFT', 'JFU', 'Fungsional', 'fungsional umum'])(
    '%j is non-eselon',
    (raw) => {
      const r = parseEselon(raw);
      expect(r).toBe(NON_ESELON);
      expect(r).toMatchObject({ ok: true, value: null, normalised: true, nonEselon: true });
    },
  );

  it.each(['', '  ', '\u00A0', '\r\n', null, undefined])('%j is empty', (raw) => {
    expect(parseEselon(raw)).toEqual({ ok: true, value: null, normalised: false });
  });
});

describe('parseEselon: rejects', () => {
  it.each(['IV', 'Eselon III', 'ESELON IV / Pengawas', '4', 'II', 'JPT Pratama', 'JPT Madya', 'Administrator', 'Pengawas'])(
    'bare level %j → level-only',
    (raw) => {
      const r = parseEselon(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('level-only');
        expect(r.reason.id).toMatch(/a\/b/);
        expect(r.reason.en).toMatch(/without a\/b/);
      }
    },
  );

  it('pelaksana is ambiguous (eselon V or none)', () => {
    expect(parseEselon('Pelaksana')).toMatchObject({ ok: false, code: 'ambiguous' });
  });

  it.each(['II.a / Pengawas', 'IV.a (Administrator)', 'I.b / JPT Utama', 'III.a - JPT Pratama'])('inconsistent %j', (raw) => {
    expect(parseEselon(raw)).toMatchObject({ ok: false, code: 'inconsistent' });
  });

  it.each(['VI.a', 'III.c', '6a', '13', '20', '30', '50', '00', 'x', 'eselon', 'IIII.a', 'Kepala Seksi', '3.1'])('unknown %j', (raw) => {
    const r = parseEselon(raw);
    expect(r.ok).toBe(false);
  });

  it('reasons are bilingual', () => {
    const r = parseEselon('zzz');
    expect(r).toMatchObject({ ok: false, code: 'unknown' });
    if (!r.ok) {
      expect(r.reason.id).toBeTruthy();
      expect(r.reason.en).toBeTruthy();
      expect(r.reason.id).not.toBe(r.reason.en);
    }
  });
});

describe('parseEselon: value map', () => {
  const map = { 'Es. 4A': 'IV.a', 'ESL-3': '3b', 'Tidak Ada': '99', 'kosong': '', 'rusak': 'XX' };
  it('is applied first, case-insensitively, after clean', () => {
    expect(parseEselon(' es. 4a ', map)).toEqual({ ok: true, value: 'IV.a', normalised: true });
    expect(parseEselon('esl-3', map)).toEqual({ ok: true, value: 'III.b', normalised: true });
    expect(parseEselon('tidak ada', map)).toBe(NON_ESELON);
    expect(parseEselon('KOSONG', map)).toEqual({ ok: true, value: null, normalised: false });
  });
  it('reports a bad target', () => {
    const r = parseEselon('rusak', map);
    expect(r).toMatchObject({ ok: false, code: 'value-map' });
    if (!r.ok) expect(r.reason.en).toContain("'XX'");
  });
  it('unmapped cells parse as usual', () => {
    expect(parseEselon('III.a', map)).toEqual({ ok: true, value: 'III.a', normalised: false });
  });
});

describe('parseEselonLevel', () => {
  it.each<[string, number | null]>([
    ['IV', 4], ['Eselon III', 3], ['ESELON IV / Pengawas', 4], ['4', 4], ['2', 2], ['V', 5], ['I', 1],
    ['III.a', 3], ['IV.b', 4], ['31', 3], ['10', 1], ['52', 5], ['JPT Pratama', 2], ['JPT Madya', 1],
    ['JPT Utama', 1], ['Administrator', 3], ['Pengawas', 4], ['eselon ii', 2],
    ['99', null], ['NON', null], ['-', null], ['', null], ['Pelaksana', null], ['zzz', null], ['II.a / Pengawas', null],
  ])('%j → %s', (raw, want) => {
    expect(parseEselonLevel(raw)).toBe(want);
  });
  it('applies the value map', () => {
    expect(parseEselonLevel('Es. Empat', { 'es. empat': 'IV' })).toBe(4);
  });
});

describe('eselon facts', () => {
  it('eselonLevel', () => {
    expect(ESELONS.map(eselonLevel)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });
  it('eselonOrder: I.a = 1 … V.b = 10, smaller is higher', () => {
    expect(ESELONS.map(eselonOrder)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(compareEselon('II.a', 'IV.b')).toBeLessThan(0);
    expect(compareEselon('IV.b', 'IV.b')).toBe(0);
  });
  it('kindForEselon', () => {
    expect(kindForEselon('I.a')).toBe('jpt_madya');
    expect(kindForEselon('I.b')).toBe('jpt_madya');
    expect(kindForEselon('II.a')).toBe('jpt_pratama');
    expect(kindForEselon('II.b')).toBe('jpt_pratama');
    expect(kindForEselon('III.a')).toBe('administrator');
    expect(kindForEselon('III.b')).toBe('administrator');
    expect(kindForEselon('IV.a')).toBe('pengawas');
    expect(kindForEselon('IV.b')).toBe('pengawas');
    expect(kindForEselon('V.a')).toBe('pelaksana');
    expect(kindForEselon('V.b')).toBe('pelaksana');
  });
  it('eselonRangeForKind', () => {
    expect(eselonRangeForKind('jpt_utama')).toEqual(['I.a']);
    expect(eselonRangeForKind('jpt_madya')).toEqual(['I.a', 'I.b']);
    expect(eselonRangeForKind('jpt_pratama')).toEqual(['II.a', 'II.b']);
    expect(eselonRangeForKind('administrator')).toEqual(['III.a', 'III.b']);
    expect(eselonRangeForKind('pengawas')).toEqual(['IV.a', 'IV.b']);
    expect(eselonRangeForKind('pelaksana')).toEqual(['V.a', 'V.b']);
    expect(eselonRangeForKind('fungsional')).toEqual([]);
  });
  it('kindForEselon(e) has e in its range, for every eselon', () => {
    for (const e of ESELONS) expect(eselonRangeForKind(kindForEselon(e))).toContain(e);
    for (const k of KINDS) for (const e of eselonRangeForKind(k)) expect(kindForEselon(e) === k || k === 'jpt_utama').toBe(true);
  });
});

describe('parseEselon: property', () => {
  const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
  it('any spelling of a canonical eselon parses back to it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ESELONS),
        fc.boolean(),
        fc.constantFrom('.', '/', '-', ' ', '', ' / ', '. '),
        fc.constantFrom('', 'Eselon ', 'ESELON ', 'Es. ', 'eselon'),
        fc.boolean(),
        fc.constantFrom('', ' ', '\u00A0', '\r\n'),
        (e, arabic, sep, prefix, upper, pad) => {
          const [roman, letter] = e.split('.') as [string, string];
          const level = arabic ? String(ROMAN.indexOf(roman) + 1) : roman;
          let s = `${prefix}${level}${sep}${letter}`;
          s = upper ? s.toUpperCase() : s.toLowerCase();
          const r = parseEselon(`${pad}${s}${pad}`);
          expect(r).toMatchObject({ ok: true, value: e });
          expect(parseEselonLevel(s)).toBe(eselonLevel(e));
        },
      ),
    );
  });
});
