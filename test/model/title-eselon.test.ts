/**
 * post/title-eselon-mismatch (check/structure.ts): a head of a bidang or bagian with a pengawas eselon, or of a seksi,
 * subbagian or subbidang with an administrator's, is a warning at its eselon cell; an eselon the data does not give is
 * not compared.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

it('warns at each head whose title and eselon give different levels, both ways, and nowhere else', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'setara-title-eselon-'));
  writeFileSync(join(dir, 'posts.csv'), `id,parent_id,name,eselon
1,,Kepala Dinas Contoh,II.b
2,1,Kepala Bidang Sarana,IV.b
3,2,Kepala Seksi Prasarana,III.a
4,1,Kepala Bagian Umum,III.b
5,1,Kepala Subbidang Data,
6,1,Kepala Sub Bagian Keuangan,IV.a
`);
  const r = await runMain(['validate', 'posts.csv', '--format', 'json', '--lang', 'en', '--as-of', '2026-12-01'], { cwd: dir });
  const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string; line: number; message: string; citation: { confidence: string } }> }).findings;
  const mismatch = findings.filter((f) => f.ruleId === 'post/title-eselon-mismatch');
  expect(mismatch.map((f) => [f.severity, f.line, f.message, f.citation.confidence])).toEqual([
    ['warning', 3, "the title 'Kepala Bidang Sarana' heads a bidang (administrator), but its eselon IV.b makes it pengawas: check the eselon or the title; the post goes to review, not decided automatically", 'unconfirmed'],
    ['warning', 4, "the title 'Kepala Seksi Prasarana' heads a seksi (pengawas), but its eselon III.a makes it administrator: check the eselon or the title; the post goes to review, not decided automatically", 'unconfirmed'],
  ]);
});
