import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { educationOrder, meetsMinimum, parseEducation } from '../../../src/model/parse/education.js';
import { EDUCATIONS, type Education } from '../../../src/model/types.js';

describe('parseEducation: accepted', () => {
  it.each<[string, Education]>([
    ['S1', 'S1'], ['S-1', 'S1'], ['S 1', 'S1'], ['s1', 'S1'], ['S-1/Sarjana', 'S1'], ['Sarjana', 'S1'],
    ['S.1', 'S1'], ['S-I', 'S1'], ['Strata 1', 'S1'], ['S1 (Sarjana)', 'S1'],
    ['D-III', 'D3'], ['D3', 'D3'], ['DIII', 'D3'], ['D III', 'D3'], ['Diploma III', 'D3'],
    ['Diploma III/Sarjana Muda', 'D3'], ['Sarjana Muda', 'D3'],
    ['D-IV', 'D4'], ['DIV', 'D4'], ['D4', 'D4'], ['Diploma IV', 'D4'], ['Sarjana Terapan', 'D4'],
    ['D-I', 'D1'], ['D1', 'D1'], ['Diploma I', 'D1'], ['D-II', 'D2'], ['Diploma II', 'D2'],
    ['SLTA', 'SMA'], ['SMA', 'SMA'], ['SMK', 'SMA'], ['MA', 'SMA'], ['STM', 'SMA'], ['SMU', 'SMA'],
    ['SMEA', 'SMA'], ['SLTA Kejuruan', 'SMA'], ['SLTA/SMK/MA/D-I', 'SMA'],
    ['SLTP', 'SMP'], ['SMP', 'SMP'], ['MTs', 'SMP'], ['SLTP/MTs', 'SMP'], ['SLTP Kejuruan', 'SMP'],
    ['SD', 'SD'], ['MI', 'SD'], ['Sekolah Dasar', 'SD'], ['SD/MI', 'SD'],
    ['S2', 'S2'], ['S-2', 'S2'], ['Magister', 'S2'], ['Pascasarjana', 'S2'],
    ['S3', 'S3'], ['S-3', 'S3'], ['Doktor', 'S3'], ['S-3/Doktor', 'S3'],
    ['S1 Ekonomi Manajemen', 'S1'], ['S-1 Ilmu Hukum', 'S1'], ['D-III Keperawatan', 'D3'],
    ['DIPLOMA III KEBIDANAN', 'D3'], ['SMA IPA', 'SMA'], ['Sarjana Hukum', 'S1'], ['Magister Manajemen', 'S2'],
    [' S-1\r\n', 'S1'], ['S\u00A01', 'S1'],
  ])('%j → %s', (raw, want) => {
    expect(parseEducation(raw)).toMatchObject({ ok: true, value: want });
  });

  it.each<[string, Education]>([
    ['05', 'SD'], ['5', 'SD'], ['10', 'SMP'], ['12', 'SMP'], ['15', 'SMA'], ['17', 'SMA'], ['18', 'SMA'],
    ['20', 'D1'], ['25', 'D2'], ['30', 'D3'], ['35', 'D4'], ['40', 'S1'], ['45', 'S2'], ['50', 'S3'],
  ])('BKN tingkat_pendidikan_id %s → %s', (raw, want) => {
    expect(parseEducation(raw)).toEqual({ ok: true, value: want, normalised: true });
  });

  it('canonical is not normalised', () => {
    for (const e of EDUCATIONS) expect(parseEducation(e)).toEqual({ ok: true, value: e, normalised: false });
    expect(parseEducation('S-1')).toEqual({ ok: true, value: 'S1', normalised: true });
  });

  it('empty', () => {
    expect(parseEducation('  ')).toEqual({ ok: true, value: null, normalised: false });
  });
});

describe('parseEducation: rejects', () => {
  it.each(['S4', 'D5', '00', '99', 'Dokter', 'Profesi', 'Lainnya', 'xyz', 'S', 'D'])('%j', (raw) => {
    const r = parseEducation(raw);
    expect(r).toMatchObject({ ok: false, code: 'unknown' });
    if (!r.ok) expect(r.reason.en).toBe('education level not recognised');
  });
});

describe('parseEducation: value map', () => {
  it('maps then parses', () => {
    const map = { 'Ners': 'S1', 'Dokter Spesialis': 'S2', 'Paket C': 'SLTA' };
    expect(parseEducation('ners', map)).toEqual({ ok: true, value: 'S1', normalised: true });
    expect(parseEducation('PAKET C', map)).toEqual({ ok: true, value: 'SMA', normalised: true });
    expect(parseEducation('S1', map)).toEqual({ ok: true, value: 'S1', normalised: false });
  });
});

describe('education facts', () => {
  it('educationOrder strictly increases SD … S3', () => {
    expect(EDUCATIONS.map(educationOrder)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it.each<[Education, Education, boolean]>([
    ['S1', 'S1', true], ['S2', 'S1', true], ['S3', 'S1', true], ['D3', 'S1', false], ['SMA', 'S1', false],
    ['D4', 'S1', true], ['S1', 'D4', true], ['D3', 'D4', false], ['SMA', 'SMA', true], ['SD', 'SMP', false],
    ['D1', 'SMA', true],
  ])('meetsMinimum(%s, %s) = %s', (e, min, want) => {
    expect(meetsMinimum(e, min)).toBe(want);
  });
  it('meetsMinimum agrees with educationOrder except D4 ≡ S1', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EDUCATIONS), fc.constantFrom(...EDUCATIONS), (a, b) => {
        const sameLevel = (a === 'D4' && b === 'S1') || (a === 'S1' && b === 'D4');
        expect(meetsMinimum(a, b)).toBe(sameLevel || educationOrder(a) >= educationOrder(b));
      }),
    );
  });
});
