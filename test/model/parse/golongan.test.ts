import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareGolongan, golonganOrder, isPppkGrade, pangkatName, parseGolongan, parsePppkGrade, PPPK_GRADES,
} from '../../../src/model/parse/golongan.js';
import { GOLONGANS, type Golongan } from '../../../src/model/types.js';

describe('parseGolongan: accepted', () => {
  it.each<[string, Golongan]>([
    ['III/b', 'III/b'],
    ['III.b', 'III/b'],
    ['III B', 'III/b'],
    ['IIIb', 'III/b'],
    ['III-b', 'III/b'],
    ['III/B', 'III/b'],
    ['iii/b', 'III/b'],
    ['III / b', 'III/b'],
    ['3b', 'III/b'],
    ['3/b', 'III/b'],
    ['3.B', 'III/b'],
    ['IV/e', 'IV/e'],
    ['IVe', 'IV/e'],
    ['I/a', 'I/a'],
    ['II/d', 'II/d'],
    ['Gol. III/b', 'III/b'],
    ['Golongan IV/a', 'IV/a'],
    ['Gol III.c', 'III/c'],
    ['Penata Muda Tk.I / III.b', 'III/b'],
    ['Pembina Tk.I / IV.b', 'IV/b'],
    ['PENATA Tk. I /III. d', 'III/d'],
    ['Penata Muda Tingkat I (III/b)', 'III/b'],
    ['Penata Muda, III/a', 'III/a'],
    ['Pengatur Muda Tk. I - II/b', 'II/b'],
    ['Pembina Utama Muda IV/c', 'IV/c'],
    ['III/b - Penata Muda Tk.I', 'III/b'],
    ['III/b (Penata Muda Tingkat I)', 'III/b'],
    ['IV/a Pembina', 'IV/a'],
    ['Penata Muda Tingkat I', 'III/b'],
    ['Pembina Utama Muda', 'IV/c'],
    ['Pembina Utama Madya', 'IV/d'],
    ['Pembina Utama', 'IV/e'],
    ['PENATA TK.I', 'III/d'],
    ['Juru Muda', 'I/a'],
    ['Juru Tk. 1', 'I/d'],
    ['Pengatur', 'II/c'],
    [' III/b\r\n', 'III/b'],
    ['III\u00A0/\u00A0b', 'III/b'],
  ])('%j → %s', (raw, want) => {
    expect(parseGolongan(raw)).toMatchObject({ ok: true, value: want });
  });

  it.each<[string, Golongan]>([
    ['11', 'I/a'], ['12', 'I/b'], ['13', 'I/c'], ['14', 'I/d'], ['21', 'II/a'], ['24', 'II/d'],
    ['31', 'III/a'], ['32', 'III/b'], ['33', 'III/c'], ['34', 'III/d'], ['41', 'IV/a'], ['45', 'IV/e'],
  ])('BKN id %s → %s', (raw, want) => {
    expect(parseGolongan(raw)).toEqual({ ok: true, value: want, normalised: true });
  });

  it('canonical is not normalised; whitespace does not count', () => {
    for (const g of GOLONGANS) expect(parseGolongan(g)).toEqual({ ok: true, value: g, normalised: false });
    expect(parseGolongan(' III/b ')).toEqual({ ok: true, value: 'III/b', normalised: false });
    expect(parseGolongan('III.b')).toEqual({ ok: true, value: 'III/b', normalised: true });
  });

  it('empty', () => {
    expect(parseGolongan('')).toEqual({ ok: true, value: null, normalised: false });
    expect(parseGolongan(null)).toEqual({ ok: true, value: null, normalised: false });
  });
});

describe('parseGolongan: rejects', () => {
  it.each(['V', 'VII', 'IX', 'XI', 'XVII', 'Golongan IX', 'gol. v', 'Gol 9'])('PPPK grade %j', (raw) => {
    const r = parseGolongan(raw);
    expect(r).toMatchObject({ ok: false, code: 'pppk-grade' });
    if (!r.ok) expect(r.reason.en).toContain('PPPK');
  });
  it('I–IV alone: PPPK grade or missing ruang', () => {
    const r = parseGolongan('III');
    expect(r).toMatchObject({ ok: false, code: 'pppk-grade' });
    if (!r.ok) expect(r.reason.en).toMatch(/ruang/);
  });
  it.each(['15', '25', '35', 'III/e', 'II/e', '3e'])('no such ruang %j', (raw) => {
    expect(parseGolongan(raw)).toMatchObject({ ok: false, code: 'out-of-range' });
  });
  it('arabic level without ruang', () => {
    expect(parseGolongan('3')).toMatchObject({ ok: false, code: 'ambiguous' });
  });
  it.each([
    ['Penata / III.b', 'III/c'],
    ['Pembina Tk.I / IV.a', 'IV/b'],
    ['III/a (Penata Muda Tingkat I)', 'III/b'],
  ])('inconsistent pangkat %j', (raw, pangkatGol) => {
    const r = parseGolongan(raw);
    expect(r).toMatchObject({ ok: false, code: 'inconsistent' });
    if (!r.ok) expect(r.reason.en).toContain(pangkatGol);
  });
  it.each(['XVIII', 'V/a', '51', '10', 'abc', 'Penata Tk II', 'III/b Sarjana', 'III/f', 'IIII/a'])('unknown %j', (raw) => {
    expect(parseGolongan(raw).ok).toBe(false);
  });
});

describe('parseGolongan: value map', () => {
  it('maps then parses', () => {
    const map = { 'Gol 3 ruang B': 'III/b', 'Penata Muda Tk Satu': 'Penata Muda Tingkat I' };
    expect(parseGolongan('gol 3 ruang b', map)).toEqual({ ok: true, value: 'III/b', normalised: true });
    expect(parseGolongan('PENATA MUDA TK SATU', map)).toEqual({ ok: true, value: 'III/b', normalised: true });
    expect(parseGolongan('x', { x: 'IX' })).toMatchObject({ ok: false, code: 'value-map' });
  });
});

describe('PPPK grades', () => {
  it.each(PPPK_GRADES.map((g) => [g] as const))('%s', (g) => {
    expect(parsePppkGrade(g)).toEqual({ ok: true, value: g, normalised: false });
    expect(isPppkGrade(g)).toBe(true);
    expect(isPppkGrade(`Golongan ${g.toLowerCase()}`)).toBe(true);
  });
  it('arabic with prefix', () => {
    expect(parsePppkGrade('Golongan 9')).toEqual({ ok: true, value: 'IX', normalised: true });
    expect(parsePppkGrade('Gol. 17')).toEqual({ ok: true, value: 'XVII', normalised: true });
  });
  it.each(['III/b', '9', 'XVIII', 'Gol 18', 'Penata', ''])('%j is not a PPPK grade', (raw) => {
    expect(isPppkGrade(raw)).toBe(false);
  });
});

describe('golongan facts', () => {
  it('golonganOrder: I/a = 1 … IV/e = 17', () => {
    expect(GOLONGANS.map(golonganOrder)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });
  it('compareGolongan', () => {
    expect(compareGolongan('III/a', 'III/b')).toBeLessThan(0);
    expect(compareGolongan('IV/a', 'III/d')).toBeGreaterThan(0);
    expect(compareGolongan('II/c', 'II/c')).toBe(0);
    expect([...GOLONGANS].reverse().sort(compareGolongan)).toEqual([...GOLONGANS]);
  });
  it('pangkatName', () => {
    expect(pangkatName('III/b')).toBe('Penata Muda Tingkat I');
    expect(pangkatName('IV/c')).toBe('Pembina Utama Muda');
    expect(pangkatName('I/a')).toBe('Juru Muda');
    expect(pangkatName('IV/e')).toBe('Pembina Utama');
  });
  it('every pangkat name parses back', () => {
    for (const g of GOLONGANS) {
      expect(parseGolongan(pangkatName(g))).toEqual({ ok: true, value: g, normalised: true });
      expect(parseGolongan(pangkatName(g).toUpperCase().replace('TINGKAT I', 'TK.I'))).toMatchObject({ ok: true, value: g });
    }
  });
});

describe('parseGolongan: property', () => {
  const ROMAN = ['I', 'II', 'III', 'IV'];
  it('any spelling of a canonical golongan parses back to it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GOLONGANS),
        fc.constantFrom('roman', 'arabic', 'bkn', 'pangkat-first', 'gol-first', 'pangkat-only'),
        fc.constantFrom('/', '.', '-', ' ', '', ' / ', '. '),
        fc.boolean(),
        fc.constantFrom('', 'Gol. ', 'Golongan ', 'gol '),
        fc.constantFrom('', ' ', '\u00A0', '\r\n'),
        (g, style, sep, upper, prefix, pad) => {
          const [roman, ruang] = g.split('/') as [string, string];
          const level = ROMAN.indexOf(roman) + 1;
          const pangkat = pangkatName(g).replace('Tingkat I', upper ? 'TK. I' : 'Tk.I');
          let s: string;
          switch (style) {
            case 'roman': s = `${prefix}${roman}${sep}${ruang}`; break;
            case 'arabic': s = `${prefix}${level}${sep}${ruang}`; break;
            case 'bkn': s = `${level}${'abcde'.indexOf(ruang) + 1}`; break;
            case 'pangkat-first': s = `${pangkat} / ${roman}${sep}${ruang}`; break;
            case 'gol-first': s = `${roman}${sep}${ruang} (${pangkat})`; break;
            default: s = pangkat;
          }
          s = upper ? s.toUpperCase() : s;
          expect(parseGolongan(`${pad}${s}${pad}`)).toMatchObject({ ok: true, value: g });
        },
      ),
    );
  });
});
