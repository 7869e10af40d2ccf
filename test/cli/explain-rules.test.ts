import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');

describe('setara explain', () => {
  it('shows every rule tried, the one that fired, and the JF evidence', async () => {
    const r = await runMain(['explain', 'posts.csv', 'DISKOMINFO.03.02', '--lang', 'en'], { cwd: SAMPLE });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^DISKOMINFO\.03\.02 {2}Kepala Seksi Pengembangan Aplikasi Informatika {2}\(pengawas, IV\.a\) — posts\.csv:\d+$/);
    expect(lines[1]).toBe('Unit: Seksi Pengembangan Aplikasi Informatika (seksi; from the columns); OPD: Dinas Komunikasi dan Informatika (dinas)');
    expect(lines).toContain('  · kabkota/keep-jpt: kind pengawas ∉ [jpt_utama, jpt_madya, jpt_pratama]');
    expect(lines.find((l) => l.startsWith('  ✔ '))).toMatch(/^ {2}✔ kabkota\/equalise-pengawas: kind pengawas, eselon IV\.a, not the head of the OPD$/);
    expect(lines).toContain('JF proposal: matched');
    expect(lines).toContain('Decision: equalise → Pranata Komputer ahli_muda');
    expect(r.stdout).toMatch(/Pranata Komputer {2}← 'pengembangan aplikasi' \(title, \+3\)/);
  });

  it('json output carries the trace, rule ids and citations', async () => {
    const r = await runMain(['explain', 'posts.csv', 'BAPPEDA.02', '--format', 'json'], { cwd: SAMPLE });
    const d = JSON.parse(r.stdout);
    expect(d.decision).toBe('keep');
    expect(d.ruleIds).toEqual(['kabkota/keep-administrator']);
    expect(d.citations[0]).toMatchObject({ regulation: 'Surat Mendagri 800/2603/OTDA', confidence: 'confirmed' });
    expect(d.trace.at(-1)).toMatchObject({ ruleId: 'kabkota/keep-administrator', matched: true });
  });

  it('says what a decision read from titles: the unit, the OPD and the basis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-explain-'));
    writeFileSync(join(dir, 'posts.csv'), 'id,parent_id,name,eselon\nD,,Kepala Dinas Sosial,II.b\nD.1,D,Sekretaris,III.a\nD.1.1,D.1,Kepala Subbagian Keuangan,IV.a\n');
    const r = await runMain(['explain', 'posts.csv', 'D.1.1', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe("Unit: Subbagian Keuangan (subbagian; read from the title); OPD: Dinas Sosial (dinas, read from its head's title)");
    expect(lines).toContain('  ✔ kabkota/keep-pengawas-sekretariat: kind pengawas, eselon IV.a, within sekretariat (read from titles), OPD dinas (read from titles)');
    expect(lines).toContain("Rests on an inference: unit read from titles; OPD read from its head's title");
    const json = JSON.parse((await runMain(['explain', 'posts.csv', 'D.1.1', '--format', 'json'], { cwd: dir })).stdout);
    expect(json).toMatchObject({ basis: 'unit-from-title+opd-from-title', placement: { unit: 'Subbagian Keuangan', unitType: 'subbagian', unitFrom: 'title', opd: 'Dinas Sosial', opdFromTitle: true } });
  });

  it('an unknown post id is a usage error', async () => {
    const r = await runMain(['explain', 'posts.csv', 'NOPE'], { cwd: SAMPLE });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("setara: jabatan 'NOPE' tidak ada di posts.csv\n");
  });
});

describe('setara rules', () => {
  it('show prints one rule with where it is defined', async () => {
    const r = await runMain(['rules', 'show', 'person/past-retirement-age']);
    const rule = JSON.parse(r.stdout);
    expect(rule).toMatchObject({ id: 'person/past-retirement-age', type: 'check', severity: 'error' });
    expect(rule.citation).toEqual({ regulation: 'PP 11/2017', article: 'Pasal 239 ayat (2)', confidence: 'confirmed', source: '[S37]' });
    expect(rule.defined_in).toMatch(/^rules\/rulesets\/base\.yaml:\d+$/);
  });

  it('list covers every shipped ruleset; unconfirmed facts are flagged, never given an article', async () => {
    for (const ruleset of ['kabupaten-kota', 'provinsi', 'pusat']) {
      const r = await runMain(['rules', 'list', '--ruleset', ruleset, '--format', 'json']);
      expect(r.code).toBe(0);
      const rules = JSON.parse(r.stdout).rules as Array<{ citation: { confidence: string; article?: string } }>;
      for (const rule of rules) if (rule.citation && rule.citation.confidence !== 'confirmed') expect(rule.citation.article).toBeUndefined();
    }
  });
});

describe('docs/rules.md', () => {
  it('is what `rules list --all --format markdown --lang en` prints (regenerate it when rules change)', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    const r = await runMain(['rules', 'list', '--all', '--format', 'markdown', '--lang', 'en']);
    expect(r.stdout).toBe(doc);
    // every rule id has the anchor the SARIF helpUri points to
    for (const id of ['post/duplicate-id', 'kabkota/equalise-pengawas', 'national/equalise-administrator', 'provinsi/keep-administrator', 'team/owner-level'])
      expect(doc).toContain(`<a id="${id.replace('/', '-')}"></a>\n## ${id}\n`);
  });
});
