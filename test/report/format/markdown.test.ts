import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { MARKDOWN_BYTE_BUDGET, markdown as markdownPieces } from '../../../src/report/format/markdown.js';
import { FINDINGS, makeContext, asText } from './fixtures.js';

const markdown = asText(markdownPieces);

/** Cells of a table row, split on unescaped pipes. */
const cellsOf = (row: string): string[] =>
  row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());

describe('markdown', () => {
  const out = markdown(FINDINGS, makeContext());
  const lines = out.split('\n');
  const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| Berkas'));

  it('has a heading, the counts and a localised table header', () => {
    expect(lines[0]).toBe('## Hasil pemeriksaan setara');
    expect(out).toContain('**7 masalah**: 3 galat, 2 peringatan, 2 info');
    expect(out).toContain('| Berkas | Baris | Tingkat | Aturan | Pesan | Dasar hukum |');
    const en = markdown(FINDINGS, makeContext({ lang: 'en' }));
    expect(en).toContain('| File | Line | Severity | Rule | Message | Citation |');
    expect(en).toContain('**7 problems**: 3 errors, 2 warnings, 2 infos');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('has one six-cell row per finding, most severe first', () => {
    expect(rows).toHaveLength(FINDINGS.length);
    for (const r of rows) expect(cellsOf(r)).toHaveLength(6);
    expect(rows.map((r) => cellsOf(r)[2])).toEqual([
      'galat', 'galat', 'galat', 'peringatan', 'peringatan', 'info', 'info',
    ]);
    expect(cellsOf(rows[2]!)).toEqual([
      'data/dinas kesehatan.csv',
      '12',
      'galat',
      'eselon.valid',
      'Eselon "IV.c" tidak dikenal untuk jabatan Kepala Seksi Pemerintahan<br>kolom: eselon · nilai: "IV.c"',
      'PP 11/2017 Pasal 239',
    ]);
  });

  it('escapes pipes, line breaks and markup inside cells', () => {
    const unknown = rows.find((r) => r.includes('kolom.unknown'))!;
    expect(unknown).toContain('Kolom tidak dikenal: a \\| b');
    expect(unknown).toContain('nama\\|x');
    const mismatch = rows.find((r) => r.includes('golongan.mismatch'))!;
    expect(mismatch).toContain('lihat<br>baris berikut');
    const extra = rows.find((r) => r.includes('header.extra'))!;
    expect(extra).toContain('Kolom \\<nama\\> \\& "gelar"');
    expect(out).not.toContain('\u0000');
    expect(out).not.toContain('\r');
  });

  it('says there are no problems when empty', () => {
    expect(markdown([], makeContext())).toBe('## Hasil pemeriksaan setara\n\nTidak ada masalah.\n');
    expect(markdown([], makeContext({ lang: 'en' }))).toBe('## setara check results\n\nNo problems found.\n');
  });

  it('stays under the step-summary size limit and says how many rows it left out', () => {
    const big: Finding[] = Array.from({ length: 5000 }, (_, i) => ({
      ruleId: 'r',
      severity: 'error',
      message: 'x'.repeat(300),
      file: 'big.csv',
      line: i + 2,
    }));
    const md = markdown(big, makeContext({ lang: 'en' }));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MARKDOWN_BYTE_BUDGET);
    const shown = md.split('\n').filter((l) => l.startsWith('| big.csv')).length;
    expect(shown).toBeGreaterThan(100);
    expect(md).toContain(`${5000 - shown} more findings are not shown`);
    expect(md).toContain('**5000 problems**');
  });
});
