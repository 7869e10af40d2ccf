import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { stylish as stylishPieces, stylishByRule } from '../../../src/report/format/stylish.js';
import { FINDINGS, colorChalk, makeContext, shuffled, asText } from './fixtures.js';

const stylish = asText(stylishPieces);

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

describe('stylishByRule (migrate\'s stderr)', () => {
  it('one row per rule: count, severity, rule, first file:line, its message; most severe, then most frequent first', () => {
    expect(stylishByRule(FINDINGS, makeContext()).split('\n')).toEqual([
      '  2× galat       jabatan.duplicate  data/a.csv:5                 ID jabatan P-007 muncul lebih dari sekali',
      '  1× galat       eselon.valid       data/dinas kesehatan.csv:12  Eselon "IV.c" tidak dikenal untuk jabatan Kepala Seksi Pemerintahan',
      '  1× peringatan  golongan.mismatch  data/a.csv:7                 Golongan 50% di bawah: III/a, lihat\\r\\nbaris berikut',
      '  1× peringatan  kolom.unknown      data/b.csv:1                 Kolom tidak dikenal: a | b',
      '  1× info        header.extra       data/a.csv                   Kolom <nama> & "gelar" \'x\' ]]> akhir\\x00!',
      '  1× info        nama.spasi         data/c.csv                   Nama jabatan diawali spasi',
      '',
    ]);
  });

  it('is the same whatever the input order, in English with --lang en, and empty without findings', () => {
    const en = stylishByRule(FINDINGS, makeContext({ lang: 'en' }));
    for (const seed of [1, 2, 3]) expect(stylishByRule(shuffled(FINDINGS, seed), makeContext({ lang: 'en' }))).toBe(en);
    expect(en.split('\n').map((l) => l.slice(0, 22))).toEqual([
      '  2× error    jabatan.', '  1× error    eselon.v', '  1× warning  golongan', '  1× warning  kolom.un', '  1× info     header.e', '  1× info     nama.spa', '',
    ]);
    expect(stylishByRule([], makeContext())).toBe('');
  });

  it('a big run stays one row per rule, counted, with the first place it occurs', () => {
    const many: Finding[] = Array.from({ length: 10_000 }, (_, i) => ({ ...FINDINGS[1]!, line: 10_001 - i }));
    expect(stylishByRule(many, makeContext())).toBe('  10000× galat  jabatan.duplicate  data/a.csv:2  ID jabatan P-007 muncul lebih dari sekali\n');
  });

  it('colours the severity and dims the place only through the given chalk', () => {
    const out = stylishByRule(FINDINGS, makeContext({ color: colorChalk }));
    expect(out).toContain(`${ESC}[31mgalat     ${ESC}[39m`);
    expect(out).toContain(`${ESC}[33mperingatan${ESC}[39m`);
    expect(out).toContain(`${ESC}[2m${'data/a.csv:5'.padEnd('data/dinas kesehatan.csv:12'.length)}${ESC}[22m`);
    expect(stylishByRule(FINDINGS, makeContext())).not.toContain(ESC);
  });
});
