/**
 * The review list holds every post the analyst must look at: an equalised post whose JF proposal is not a clear match
 * (weak, tie, none: the decision stays equalise), and every review decision; a matched proposal is not on it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const SCENARIO = join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios', 'jf-tie');

describe('the review list follows jf_status', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'setara-review-'));
    const r = await runMain(['migrate', 'posts.csv', '--ruleset', 'rules.yaml', '--out', out, '--as-of', '2026-12-01'], { cwd: SCENARIO });
    expect(r.code, r.stderr).toBe(0);
  });

  it('Markdown: the tie and the post without a candidate, each with why; not the matched post', async () => {
    const r = await runMain(['report', out, '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    const review = r.stdout.slice(r.stdout.indexOf('Jabatan yang perlu ditelaah'));
    const rows = review.split('\n').filter((l) => /^\| \d/.test(l)).slice(0, 10);
    expect(rows.map((l) => l.split('|')[2]!.trim())).toEqual(['DX.1.1', 'DX.1.2']);
    expect(rows[0]).toContain('beberapa JF sama kuat; pilih JF');
    expect(rows[1]).toContain('tidak ada JF yang cocok; pilih JF');
    expect(review).not.toContain('DX.1.3');
  });

  it('XLSX: the Telaah sheet lists the same posts for the analyst to decide', async () => {
    const file = join(out, 'laporan.xlsx');
    const r = await runMain(['report', out, '--format', 'xlsx', '--output', file]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Telaah')!;
    const ids = [];
    for (let row = 2; row <= ws.rowCount; row++) ids.push(String(ws.getCell(row, 1).value));
    expect(ids).toEqual(['DX.1.1', 'DX.1.2']);
  });
});
