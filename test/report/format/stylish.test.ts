import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { stylish } from '../../../src/report/format/stylish.js';
import { FINDINGS, colorChalk, makeContext } from './fixtures.js';

const ESC = '\u001b';

describe('stylish', () => {
  it('prints plain text without ANSI codes when color is null', () => {
    const out = stylish(FINDINGS, makeContext());
    expect(out).not.toContain(ESC);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('colours through the given chalk instance', () => {
    const out = stylish(FINDINGS, makeContext({ color: colorChalk }));
    expect(out).toContain(`${ESC}[31m`); // red for errors
    expect(out).toContain(`${ESC}[33m`); // yellow for warnings
    expect(out).toContain(`${ESC}[2m`); // dim citation
  });

  it('groups per file in sorted order with a header line each', () => {
    const lines = stylish(FINDINGS, makeContext()).split('\n');
    const headers = lines.filter((l) => l.startsWith('data/'));
    expect(headers).toEqual(['data/a.csv', 'data/b.csv', 'data/c.csv', 'data/dinas kesehatan.csv']);
  });

  it('shows line, [column], localised severity, message, rule id, then citation and value dimmed below', () => {
    const lines = stylish(FINDINGS, makeContext()).split('\n');
    const i = lines.findIndex((l) => l.includes('eselon.valid'));
    expect(lines[i]).toMatch(
      /^ {2}12 \[eselon\] {2}galat {2}Eselon "IV\.c" tidak dikenal untuk jabatan Kepala Seksi Pemerintahan {2}eselon\.valid$/,
    );
    expect(lines[i + 1]).toMatch(/^\s+PP 11\/2017 Pasal 239 · nilai: "IV\.c"$/);
    const j = lines.findIndex((l) => l.includes('golongan.mismatch'));
    expect(lines[j]).toMatch(/^ {2}7 \[golongan\] {2}peringatan {2}/);
    const en = stylish(FINDINGS, makeContext({ lang: 'en' }));
    expect(en).toMatch(/ {2}7 \[golongan\] {2}warning {2}/);
    expect(en).toContain('value: "II/d"');
  });

  it('never passes raw control characters from data through to the terminal', () => {
    const out = stylish(FINDINGS, makeContext());
    expect(out).not.toMatch(/[\u0000\r]/);
    expect(out).toContain('lihat\\r\\nbaris berikut');
    expect(out).toContain('akhir\\x00!');
  });

  it('ends with a localised summary', () => {
    const id = stylish(FINDINGS, makeContext()).trimEnd().split('\n');
    expect(id.at(-1)).toBe('✖ 7 masalah (3 galat, 2 peringatan, 2 info)');
    const en = stylish(FINDINGS, makeContext({ lang: 'en' })).trimEnd().split('\n');
    expect(en.at(-1)).toBe('✖ 7 problems (3 errors, 2 warnings, 2 infos)');
    const one: Finding[] = [FINDINGS[0]!];
    expect(stylish(one, makeContext({ lang: 'en' })).trimEnd().split('\n').at(-1)).toBe(
      '✖ 1 problem (1 error, 0 warnings, 0 infos)',
    );
  });

  it('says there are no problems when there are none', () => {
    expect(stylish([], makeContext())).toBe('Tidak ada masalah.\n');
    expect(stylish([], makeContext({ lang: 'en' }))).toBe('No problems found.\n');
  });
});
