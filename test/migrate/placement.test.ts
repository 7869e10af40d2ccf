/**
 * Where a post sits, read from titles when an export has no unit (or OPD) columns: the decisions stay those of the
 * full table, and every inference is a finding (issue: decisions right on real exports).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionOf, migrateRun, readCsv, writeTable, type MigrateRun, type Row } from '../helpers/migrate-run.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
type Run = MigrateRun;
const migrate = migrateRun;
const table = writeTable;

describe('the sample regency without unit columns, and without OPD columns too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'setara-sample-'));
  const rows = readCsv(join(SAMPLE, 'posts.csv'));
  let full: Run;
  let noUnit: Run;
  let noOpd: Run;
  beforeAll(async () => {
    writeFileSync(join(dir, 'rules.yaml'), readFileSync(join(SAMPLE, 'rules.yaml')));
    full = await migrate(join(SAMPLE, 'posts.csv'), dir, ['--ruleset', 'rules.yaml']);
    noUnit = await migrate(table(dir, 'no-unit.csv', ['id', 'parent_id', 'name', 'kind', 'eselon', 'opd'], rows), dir, ['--ruleset', 'rules.yaml']);
    noOpd = await migrate(table(dir, 'no-opd.csv', ['id', 'parent_id', 'name', 'kind', 'eselon'], rows), dir, ['--ruleset', 'rules.yaml']);
  });

  const differing = (run: Run) => [...full.mapping.values()].filter((m) => decisionOf(m) !== decisionOf(run.mapping.get(m.post_id!)!));

  it('decides at least 98% of posts as the full table does without unit, unit_type', () => {
    expect(noUnit.code).toBeLessThan(2);
    expect(differing(noUnit).length / full.mapping.size).toBeLessThanOrEqual(0.02);
    // (on the sample: every decision the same)
    expect(differing(noUnit).map((m) => m.post_id)).toEqual([]);
  });

  it('decides at least 95% of posts as the full table does without opd as well', () => {
    expect(noOpd.code).toBeLessThan(2);
    expect(differing(noOpd).length / full.mapping.size).toBeLessThanOrEqual(0.05);
    expect(differing(noOpd).map((m) => m.post_id)).toEqual([]);
  });

  it('explains each remaining difference by an inference the mapping row names', () => {
    for (const run of [noUnit, noOpd]) {
      for (const m of differing(run)) expect(run.mapping.get(m.post_id!)!.basis, m.post_id).not.toBe('data');
    }
  });

  it('reports every unit read from a title, and every OPD read from its head', () => {
    const unitFindings = noUnit.findings.filter((f) => f.ruleId === 'post/unit-inferred');
    // every structural post heads a unit its title names
    const heads = rows.filter((r) => ['administrator', 'pengawas', 'jpt_pratama'].includes(r.kind!) && r.parent_id);
    expect(unitFindings.length).toBeGreaterThanOrEqual(heads.length * 0.95);
    expect(unitFindings.find((f) => f.postId === 'DINKES.06')?.message).toMatch(/UPT Puskesmas Kota Contoh' \(upt\).*Kepala UPT Puskesmas Kota Contoh/);
    // With the columns, only a unit column that names no unit type leaves the type to the title.
    expect(full.findings.filter((f) => f.ruleId === 'post/unit-inferred').map((f) => f.message)).toEqual([
      "unit 'Inspektur Pembantu Wilayah I' (inspektorat) dibaca dari nama jabatan 'Inspektur Pembantu Wilayah I'",
    ]);
    expect(full.findings.some((f) => f.ruleId === 'post/opd-inferred')).toBe(false);
    const opdFindings = noOpd.findings.filter((f) => f.ruleId === 'post/opd-inferred');
    expect(opdFindings.map((f) => f.value).sort()).toContain('Dinas Kesehatan');
    expect(opdFindings.length).toBe(new Set(rows.map((r) => r.opd)).size);
    expect(noOpd.findings.filter((f) => f.ruleId === 'post/opd-inferred').every((f) => f.severity === 'info')).toBe(true);
  });

  it('marks the decisions that rest on a unit read from titles', () => {
    const m = noUnit.mapping.get('DINKES.01.01')!;
    expect([m.decision, m.criterion, m.basis]).toEqual(['keep', 'b: sekretariat', 'unit-from-title']);
    expect(full.mapping.get('DINKES.01.01')!.basis).toBe('data');
  });

  it('says in the summary how many posts were placed from titles', () => {
    expect(noUnit.stderr).toMatch(/; 600 jabatan ditempatkan dari nama jabatan;/);
    expect(noOpd.stderr).toMatch(/; 600 jabatan ditempatkan dari nama jabatan, 16 perangkat daerah dari nama kepalanya;/);
    expect(full.stderr).toMatch(/; 1 jabatan ditempatkan dari nama jabatan;/);
  });
});

describe('posts with only title, eselon, parent and OPD', () => {
  const dir = mkdtempSync(join(tmpdir(), 'setara-titles-'));
  let run: Run;
  const posts: Row[] = [
    { id: 'D', parent_id: '', name: 'Kepala Dinas Pekerjaan Umum', eselon: 'II.b', opd: 'Dinas Pekerjaan Umum' },
    { id: 'D.1', parent_id: 'D', name: 'Sekretaris', eselon: 'III.a', opd: 'Dinas Pekerjaan Umum' },
    { id: 'D.1.1', parent_id: 'D.1', name: 'Kepala Subbagian Keuangan', eselon: 'IV.a', opd: 'Dinas Pekerjaan Umum' },
    { id: 'D.2', parent_id: 'D', name: 'Kepala Bidang Bina Marga', eselon: 'III.b', opd: 'Dinas Pekerjaan Umum' },
    { id: 'D.2.1', parent_id: 'D.2', name: 'Kepala Seksi Pembangunan Jalan dan Jembatan', eselon: 'IV.a', opd: 'Dinas Pekerjaan Umum' },
    { id: 'D.3', parent_id: 'D', name: 'Kepala UPT Laboratorium', eselon: 'IV.a', opd: 'Dinas Pekerjaan Umum' },
    { id: 'D.3.1', parent_id: 'D.3', name: 'Kepala Urusan Tata Usaha', eselon: 'V.a', opd: 'Dinas Pekerjaan Umum' },
    { id: 'R', parent_id: '', name: 'Direktur', eselon: 'III.a', opd: 'RSUD Sehat Selalu' },
    { id: 'R.1', parent_id: 'R', name: 'Kepala Seksi Pelayanan', eselon: 'IV.a', opd: 'RSUD Sehat Selalu' },
    { id: 'U', parent_id: '', name: 'Kepala UPTD', eselon: 'IV.a', opd: 'UPTD Pengelolaan Air Limbah' },
    { id: 'U.1', parent_id: 'U', name: 'Kepala Subbagian Tata Usaha', eselon: 'IV.b', opd: 'UPTD Pengelolaan Air Limbah' },
    { id: 'L', parent_id: '', name: 'Lurah', eselon: 'IV.a', opd: 'Kelurahan Sukamaju' },
    { id: 'L.1', parent_id: 'L', name: 'Kepala Seksi Pemerintahan', eselon: 'IV.b', opd: 'Kelurahan Sukamaju' },
    { id: 'P', parent_id: '', name: 'Kepala Satuan Polisi Pamong Praja', eselon: 'II.b', opd: '' },
    { id: 'P.1', parent_id: 'P', name: 'Sekretaris', eselon: 'III.a', opd: '' },
    { id: 'P.1.1', parent_id: 'P.1', name: 'Kepala Subbagian Umum dan Kepegawaian', eselon: 'IV.a', opd: '' },
  ];
  beforeAll(async () => {
    run = await migrate(table(dir, 'posts.csv', ['id', 'parent_id', 'name', 'eselon', 'opd'], posts), dir);
  });
  const decided = (id: string) => {
    const m = run.mapping.get(id)!;
    return [m.decision, m.criterion, m.jenjang];
  };

  it('keeps a Kasubbag under the Sekretaris of a Dinas (criterion b)', () => {
    expect(decided('D.1.1')).toEqual(['keep', 'b: sekretariat', '']);
    expect(run.mapping.get('D.1.1')!.basis).toBe('unit-from-title');
  });
  it('equalises a Kasi under a Kabid of a Dinas to Ahli Muda', () => {
    expect(decided('D.2.1')).toEqual(['equalise', '', 'ahli_muda']);
  });
  it('keeps an eselon V head in a UPT (criterion e)', () => {
    expect(decided('D.3.1')).toEqual(['keep', 'e: upt', '']);
  });
  it('keeps a pengawas in an OPD named RSUD…, UPTD…, Kelurahan… (criteria d, e, f)', () => {
    expect(decided('R.1')).toEqual(['keep', 'd: rsud', '']);
    expect(decided('U.1')).toEqual(['keep', 'e: upt', '']);
    expect(decided('L.1')).toEqual(['keep', 'f: kewilayahan', '']);
    // the OPD column named it: a fact from the data, not an inference
    expect(run.mapping.get('R.1')!.basis).toBe('data');
  });
  it('reads Satpol PP, named only by its head, as a dinas-type OPD with a secretariat', () => {
    expect(decided('P.1.1')).toEqual(['keep', 'b: sekretariat', '']);
    expect(run.mapping.get('P.1.1')!.basis).toBe('unit-from-title+opd-from-title');
    expect(run.findings.find((f) => f.ruleId === 'post/opd-inferred')?.message).toMatch(/Satuan Polisi Pamong Praja' \(dinas\).*3 jabatan/);
  });
});

describe('an analyst may overrule what was read from titles, not what the columns say', () => {
  const dir = mkdtempSync(join(tmpdir(), 'setara-overrule-'));
  const posts: Row[] = [
    { id: 'D', parent_id: '', name: 'Kepala Dinas Sosial', eselon: 'II.b', opd: 'Dinas Sosial', unit: 'Dinas Sosial' },
    { id: 'D.1', parent_id: 'D', name: 'Sekretaris', eselon: 'III.a', opd: 'Dinas Sosial', unit: '' },
    { id: 'D.1.1', parent_id: 'D.1', name: 'Kepala Subbagian Program', eselon: 'IV.a', opd: 'Dinas Sosial', unit: '' },
    { id: 'D.1.2', parent_id: 'D.1', name: 'Kepala Subbagian Keuangan', eselon: 'IV.a', opd: 'Dinas Sosial', unit: 'Subbagian Keuangan' },
  ];
  const columns = ['id', 'parent_id', 'name', 'eselon', 'opd', 'unit'];
  // D.1.2's unit is a column, but its secretariat is read from its parent's title: overrulable too.
  const withUnits = posts.map((p) => (p.id === 'D.1' ? { ...p, unit: 'Sekretariat' } : p));

  async function run(rows: readonly Row[], decisions: string): Promise<Run> {
    const sub = mkdtempSync(join(dir, 'case-'));
    table(sub, 'posts.csv', columns, rows);
    writeFileSync(join(sub, 'decisions.csv'), `post_id,decision,jf,jenjang,note\n${decisions}\n`);
    return migrate('posts.csv', sub, ['--decisions', 'decisions.csv']);
  }

  it('a decision with a note overrules a locked rule resting on a unit read from titles: a warning, and the review list', async () => {
    const r = await run(posts, 'D.1.1,equalise,perencana,ahli_muda,subbagian program sudah dibubarkan (SOTK 2021)');
    const m = r.mapping.get('D.1.1')!;
    expect([m.decision, m.jf, m.source]).toEqual(['equalise', 'perencana', 'analyst']);
    expect(m.rule_ids).toContain('decisions/overrules-inference');
    expect(r.findings.filter((f) => f.ruleId === 'decisions/overrules-inference').map((f) => [f.severity, f.postId])).toEqual([['warning', 'D.1.1']]);
    expect(r.findings.some((f) => f.ruleId === 'decisions/contradicts-locked')).toBe(false);
  });

  it('without a note it stays an error and the rule stands', async () => {
    const r = await run(posts, 'D.1.1,equalise,perencana,ahli_muda,');
    expect(r.mapping.get('D.1.1')!.decision).toBe('keep');
    expect(r.findings.find((f) => f.ruleId === 'decisions/contradicts-locked')?.message).toMatch(/hanya dengan catatan/);
  });

  it('contradicting a locked rule on facts given in columns stays an error, note or not', async () => {
    const r = await run(withUnits.map((p) => (p.id === 'D.1.1' ? { ...p, unit: 'Subbagian Program' } : p)), 'D.1.1,equalise,perencana,ahli_muda,tidak setuju');
    expect(r.mapping.get('D.1.1')!.basis).toBe('data');
    expect(r.mapping.get('D.1.1')!.decision).toBe('keep');
    expect(r.findings.filter((f) => f.ruleId === 'decisions/contradicts-locked').map((f) => [f.severity, f.postId])).toEqual([['error', 'D.1.1']]);
  });
});
