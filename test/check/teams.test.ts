import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
type F = { ruleId: string; line: number; file: string; severity: string };

describe('work teams (PermenPANRB 7/2022)', () => {
  it('finds each deliberate defect of the sample teams file at its line', async () => {
    const r = await runMain(['validate', 'posts.csv', '--people', 'people.csv', '--teams', 'teams.csv', '--format', 'json', '--as-of', '2026-12-01'], { cwd: SAMPLE });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout).findings as F[]).filter((f) => f.file === 'teams.csv').map((f) => `${f.line} ${f.ruleId}`);
    expect(found).toEqual([
      '5 team/cross-unit',
      '6 team/owner-missing',
      '7 team/owner-level',
      '8 team/member-missing',
      '9 team/member-kind',
      '11 team/duplicate-member',
      '12 team/ketua-jenjang',
      '13 team/ketua-jenjang',
      '13 team/multiple-ketua',
      '14 team/inconsistent',
      '15 schema/invalid-value',
    ]);
  });

  it('flags koordinator/subkoordinator titles in the structure', async () => {
    const r = await runMain(['validate', 'posts.csv', '--format', 'json'], { cwd: SAMPLE });
    expect(r.code).toBe(0); // warnings only
    const k = (JSON.parse(r.stdout).findings as F[]).filter((f) => f.ruleId === 'sk/koordinator-abolished');
    expect(k.map((f) => f.line)).toEqual([427, 517]);
  });

  it('team/owner-level is a warning that says its level mapping is an unconfirmed interpretation', async () => {
    const r = await runMain(['validate', 'posts.csv', '--people', 'people.csv', '--teams', 'teams.csv', '--format', 'json', '--as-of', '2026-12-01'], { cwd: SAMPLE });
    const f = (JSON.parse(r.stdout).findings as Array<F & { message: string; citation: { confidence: string } }>).filter((x) => x.ruleId === 'team/owner-level');
    expect(f.map((x) => [x.line, x.severity, x.citation.confidence])).toEqual([[7, 'warning', 'unconfirmed']]);
    expect(f[0]!.message).toMatch(/level 1 = JPT, level 2 = administrator: tafsiran yang belum terkonfirmasi/);
  });

  it('migrate without a teams file proposes teams, ends koordinator roles, and the proposal validates clean but for the JF left to the decree', async () => {
    const out = mkdtempSync(join(tmpdir(), 'setara-teams-'));
    const m = await runMain(['migrate', 'posts.csv', '--people', 'people.csv', '--ruleset', 'rules.yaml', '--out', out, '--as-of', '2026-12-01'], { cwd: SAMPLE });
    expect(m.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    const bySource = (s: string) => plan.teams.filter((t: { source: string }) => t.source === s);
    expect(bySource('dissolved-unit').length).toBeGreaterThan(50);
    const koord = bySource('koordinator') as Array<{ teamName: string; members: Array<{ role: string }> }>;
    expect(koord.map((t) => t.teamName).sort()).toEqual(['Tim Pengelolaan Data', 'Tim Perencanaan']);
    for (const t of koord) expect(t.members[0]!.role).toBe('ketua');
    const mapping = parse(readFileSync(join(out, 'mapping.csv')), { columns: true, bom: true }) as Array<Record<string, string>>;
    // The sample's two role titles name no JF: kept as JF posts whose role ends, their JF left to the appointment decree.
    for (const id of ['DLH.01.03', 'DISKOMINFO.04.05'])
      expect(mapping.find((r) => r.post_id === id)).toMatchObject({
        decision: 'keep', criterion: 'peran koordinator berakhir → ketua tim', jf: '', jenjang: '', change: 'unchanged',
        rule_ids: 'sk/koordinator-to-team sk/koordinator-jf-unknown',
      });
    const v = await runMain(
      ['validate', 'posts.csv', '--people', 'people.csv', '--teams', 'teams.csv', '--stage', 'after', '--ruleset', join(SAMPLE, 'rules.yaml'), '--as-of', '2026-12-01', '--format', 'json'],
      { cwd: out },
    );
    // Until the analyst writes their JF in, those two titles still carry the role and show no ketua's jenjang.
    expect((JSON.parse(v.stdout).findings as Array<F & { postId: string }>).filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.postId}`)).toEqual([
      'sk/koordinator-abolished DLH.01.03', 'sk/koordinator-abolished DISKOMINFO.04.05',
      'team/ketua-jenjang DLH.01.03', 'team/ketua-jenjang DISKOMINFO.04.05',
    ]);
    expect(v.code).toBe(0);
  });

  it('the pre-migration structure breaks the two-level rule; the chain is named', async () => {
    const r = await runMain(['validate', 'posts.csv', '--stage', 'after', '--format', 'json', '--lang', 'en'], { cwd: SAMPLE });
    expect(r.code).toBe(1);
    const f = (JSON.parse(r.stdout).findings as Array<F & { postId: string; message: string }>).find((x) => x.ruleId === 'sk/max-structural-levels' && x.postId === 'BAPPEDA.02.01')!;
    expect(f.message).toBe('a third structural level kept by no criterion: Kepala Badan Perencanaan Pembangunan Daerah › Kepala Bidang Perencanaan Pemerintahan dan Pembangunan Manusia › Kepala Subbidang Pemerintahan dan Aparatur');
  });
});
