/**
 * The review sheet of the XLSX report is the analyst's decisions file: filled in and given to
 * `migrate --decisions` as it is (it is the first sheet, so no --sheet is needed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { migrateSample, readCsv, report, SAMPLE, tempFile } from './helpers.js';

describe('XLSX review sheet → migrate --decisions', () => {
  it('lists every post of the review list and round-trips the analyst decisions of its JF ties', async () => {
    // Without the region's rules file the default ruleset leaves the JF of a few equalised posts to the analyst (ties).
    const dir = await migrateSample([]);
    const before = readCsv(join(dir, 'mapping.csv'));
    const notEqualised = new Set(readCsv(join(dir, 'people.csv')).filter((p) => p.change === 'not-equalised').map((p) => p.old_post_id));
    const reviewIds = before
      .filter((m) => m.decision === 'review' || (m.decision === 'equalise' && m.jf_status !== 'matched') || notEqualised.has(m.post_id)
        || m.rule_ids!.includes('sk/koordinator-jf-unknown'))
      .map((m) => m.post_id!);
    expect(before.filter((m) => m.jf_status === 'tie').length).toBeGreaterThan(1);

    const xlsx = tempFile('laporan.xlsx');
    const r = await report([dir, '--format', 'xlsx', '--output', xlsx]);
    expect(r.code, r.stderr).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Telaah');
    const header = (ws.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['post_id', 'decision', 'jf', 'jenjang', 'note']);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(col('kandidat_jf')).toBeGreaterThan(5);
    // one row per review post, decision/jf/jenjang empty for the analyst
    const rows: number[] = [];
    for (let i = 2; i <= ws.rowCount; i++) rows.push(i);
    expect(rows.map((i) => String(ws.getCell(i, 1).value)).sort()).toEqual(reviewIds.sort());
    for (const i of rows) for (const c of [2, 3, 4]) expect(ws.getCell(i, c).value ?? '').toBe('');

    // On each tie the analyst picks the second candidate (not the first listed) and equalises; one tie stays blank.
    const chosen = new Map<string, string>();
    const ties = rows.filter((i) => before.find((m) => m.post_id === String(ws.getCell(i, 1).value))!.jf_status === 'tie');
    const blank = ties[ties.length - 1]!;
    for (const i of ties) {
      if (i === blank) continue;
      const candidates = String(ws.getCell(i, col('kandidat_jf')).value).split('; ').map((c) => c.split(' ')[0]!);
      expect(candidates.length).toBeGreaterThan(1);
      const jf = candidates[1]!;
      ws.getCell(i, 2).value = i % 2 ? 'equalise' : 'setarakan';
      ws.getCell(i, 3).value = jf;
      ws.getCell(i, 5).value = 'diputuskan dalam rapat telaah';
      chosen.set(String(ws.getCell(i, 1).value), jf);
    }
    const filled = tempFile('keputusan.xlsx');
    await wb.xlsx.writeFile(filled);

    const out = tempFile('hasil');
    const again = await runMain(['migrate', 'posts.csv', '--people', 'people.csv', '--decisions', filled, '--out', out, '--as-of', '2026-12-01'], { cwd: SAMPLE });
    expect(again.code, again.stderr).toBe(0);
    const findings = readFileSync(join(out, 'findings.json'), 'utf8');
    expect(findings).not.toMatch(/"ruleId": "(decisions\/|schema\/|table\/)/);
    const after = new Map(readCsv(join(out, 'mapping.csv')).map((m) => [m.post_id!, m]));
    for (const [postId, jf] of chosen) {
      const m = after.get(postId)!;
      expect([m.decision, m.source, m.jf, m.jenjang, m.change], postId).toEqual(['equalise', 'analyst', jf, 'ahli_muda', 'equalised']);
      expect(m.note).toBe('diputuskan dalam rapat telaah');
    }
    // the row left blank is skipped: still the rules' equalise with its JF left open
    const untouched = after.get(String(ws.getCell(blank, 1).value))!;
    expect([untouched.decision, untouched.source, untouched.jf, untouched.jf_status]).toEqual(['equalise', 'rules', '', 'tie']);
  }, 60_000);
});
