import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
const EXPORT = join(import.meta.dirname, '..', '..', 'fixtures', 'ekspor-simpeg');
type Row = Record<string, string>;

const readCsv = (path: string): Row[] => parse(readFileSync(path), { columns: true, bom: true }) as Row[];

async function migrate(args: string[], cwd = SAMPLE): Promise<{ out: string; code: number; stderr: string }> {
  const out = mkdtempSync(join(tmpdir(), 'setara-'));
  const r = await runMain(['migrate', ...args, '--out', out, '--force', '--as-of', '2026-12-01'], { cwd });
  return { out, code: r.code, stderr: r.stderr };
}

describe('sample regency under kabupaten-kota (with the region rules file)', () => {
  let out: string;
  let mapping: Row[];
  let posts: Row[];
  beforeAll(async () => {
    const r = await migrate(['posts.csv', '--people', 'people.csv', '--ruleset', 'rules.yaml']);
    expect(r.code).toBe(0);
    out = r.out;
    mapping = readCsv(join(out, 'mapping.csv'));
    posts = readCsv(join(SAMPLE, 'posts.csv'));
  });

  const typesAbove = (id: string): string[] => {
    const byId = new Map(posts.map((p) => [p.id!, p]));
    const types: string[] = [];
    for (let p = byId.get(id); p; p = byId.get(p.parent_id!)) types.push(`${p.unit_type}|${p.unit}`);
    return types;
  };

  it('keeps every administrator', () => {
    const admins = mapping.filter((m) => m.kind === 'administrator');
    expect(admins.length).toBeGreaterThan(50);
    for (const m of admins) expect([m.post_id, m.decision, m.criterion]).toEqual([m.post_id, 'keep', 'administrator']);
  });

  it('equalises every pengawas of a Bidang in a Dinas or Badan to Ahli Muda with a JF', () => {
    const inBidang = mapping.filter((m) => m.kind === 'pengawas' && /^(Dinas|Badan)/.test(m.opd!) && typesAbove(m.post_id!).some((t) => /^(bidang)?\|Bidang /.test(t) || t.startsWith('bidang|')));
    expect(inBidang.length).toBeGreaterThan(40);
    for (const m of inBidang) {
      expect(m.decision, m.post_id).toBe('equalise');
      expect(m.jenjang).toBe('ahli_muda');
      // The JF is proposed unless the proposal is a tie (the analyst chooses); the decision is equalise either way.
      if (m.jf_status === 'tie') expect([m.jf, m.new_name]).toEqual(['', 'JF Ahli Muda (JF belum ditetapkan)']);
      else {
        expect(['matched', 'weak']).toContain(m.jf_status);
        expect(m.jf).not.toBe('');
        expect(m.new_name).toMatch(/ Ahli Muda$/);
      }
      expect(m.rule_ids).toContain('kabkota/equalise-pengawas');
    }
  });

  it('keeps every pengawas of a secretariat, RSUD, UPT, kecamatan or kelurahan with its criterion', () => {
    const expectations: Array<[RegExp, string]> = [
      [/^Sekretariat$|^Sekretariat Dinas|^Sekretariat Badan|^Sekretariat Inspektorat/, 'b: sekretariat'],
      [/RSUD|Rumah Sakit/, 'd: rsud'],
      [/^UPT|Puskesmas/, 'e: upt'],
    ];
    let checked = 0;
    for (const m of mapping.filter((x) => x.kind === 'pengawas')) {
      if (/^Kecamatan/.test(m.opd!)) {
        expect(m.criterion, m.post_id).toBe('f: kewilayahan');
        checked++;
        continue;
      }
      if (m.opd === 'Sekretariat DPRD' || m.opd === 'Inspektorat') {
        expect(m.criterion, m.post_id).toBe('b: sekretariat');
        checked++;
        continue;
      }
      const units = typesAbove(m.post_id!).map((t) => t.split('|')[1]!);
      for (const [re, criterion] of expectations) {
        if (units.some((u) => re.test(u))) {
          expect(m.decision, m.post_id).toBe('keep');
          expect(m.criterion, m.post_id).toBe(criterion);
          checked++;
          break;
        }
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('writes plan.json with counts and provenance only, reconciled per OPD with mapping.csv and people.csv', () => {
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    expect(plan.version).toBe(2);
    expect(Object.keys(plan)).toEqual(['version', 'tool', 'ruleset', 'asOf', 'inputs', 'summary', 'opds', 'teams', 'files']);
    const people = readCsv(join(out, 'people.csv'));
    const opdOf = new Map(mapping.map((m) => [m.post_id!, m.opd!]));
    // A person who is not equalised is affected (their post becomes a JF post) but counted apart from the equalised.
    const affected = people.filter((p) => p.change === 'equalised' || p.change === 'not-equalised' || p.change === 'replaced');
    const of = (change: string) => people.filter((p) => p.change === change);
    expect(of('not-equalised').length).toBeGreaterThan(0);
    for (const o of plan.opds) {
      const rows = mapping.filter((m) => m.opd === o.opd);
      expect(o.postsBefore).toBe(rows.length);
      expect(o.equalised).toBe(rows.filter((m) => m.decision === 'equalise').length);
      expect(o.kept).toBe(rows.filter((m) => m.decision === 'keep').length);
      expect(o.review).toBe(rows.filter((m) => m.decision === 'review').length);
      const inOpd = (list: Row[]) => list.filter((p) => opdOf.get(p.old_post_id!) === o.opd).length;
      expect([o.peopleAffected, o.peopleEqualised, o.peopleNotEqualised], o.opd).toEqual([inOpd(affected), inOpd(of('equalised')), inOpd(of('not-equalised'))]);
    }
    expect(plan.summary.postsBefore).toBe(mapping.length);
    expect(mapping.length).toBe(posts.length);
    expect([plan.summary.people, plan.summary.peopleAffected, plan.summary.peopleNotEqualised]).toEqual([people.length, affected.length, of('not-equalised').length]);
    for (const p of of('not-equalised')) expect([p.education, p.new_post_id, p.old_bup, p.new_bup], p.nip).toEqual([expect.stringMatching(/^(SD|SMP|SMA|D1|D2|D3)$/), '', '', '']);
  });

  it('writes mapping.csv with the old post as in posts.csv, then the decision; a BOM and every post once', () => {
    const raw = readFileSync(join(out, 'mapping.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = raw.toString('utf8').slice(1).split('\r\n')[0]!;
    expect(header.startsWith('post_id,parent_id,name,kind,eselon,unit,opd,unit_type,decision,criterion,jf,jenjang,new_post_id,new_parent_id,rule_ids,citations,candidates')).toBe(true);
    expect(new Set(mapping.map((m) => m.post_id)).size).toBe(posts.length);
    for (const m of mapping) expect(m.citations, m.post_id).not.toBe('');
    // The old post's columns are the input's (a unit type left empty there is inferred from the unit's name).
    const input = new Map(posts.map((p) => [p.id!, p]));
    for (const m of mapping) {
      const p = input.get(m.post_id!)!;
      expect([m.parent_id, m.name, m.unit], m.post_id).toEqual([p.parent_id, p.name, p.unit]);
      if (p.unit_type) expect(m.unit_type, m.post_id).toBe(p.unit_type);
    }
  });

  it('flags proposals made on weak evidence, and keeps them', async () => {
    const findings = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')).findings as Array<{ ruleId: string; postId: string; severity: string }>;
    const weak = findings.filter((f) => f.ruleId === 'jf/weak-match');
    expect(weak.map((f) => f.postId)).toContain('SETDA.03.02.03');
    expect(weak.every((f) => f.severity === 'warning')).toBe(true);
    expect(mapping.find((m) => m.post_id === 'SETDA.03.02.03')).toMatchObject({ decision: 'equalise', jf: 'analis-kebijakan' });
  });

  it('is deterministic and idempotent', async () => {
    const again = await migrate(['posts.csv', '--people', 'people.csv', '--ruleset', 'rules.yaml']);
    for (const f of ['posts.csv', 'mapping.csv', 'people.csv', 'plan.json', 'findings.json'])
      expect(readFileSync(join(again.out, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    const twice = await migrate([join(out, 'posts.csv'), '--ruleset', join(SAMPLE, 'rules.yaml')]);
    const second = readCsv(join(twice.out, 'mapping.csv'));
    expect(second.filter((m) => m.decision !== 'keep')).toEqual([]);
    const first = readCsv(join(out, 'posts.csv')).map(({ id, parent_id, name, kind, eselon, unit }) => ({ id, parent_id, name, kind, eselon, unit }));
    const redo = readCsv(join(twice.out, 'posts.csv')).map(({ id, parent_id, name, kind, eselon, unit }) => ({ id, parent_id, name, kind, eselon, unit }));
    expect(redo).toEqual(first);
  });
});

describe('other rulesets and inputs', () => {
  it('under pusat equalises administrators to Ahli Madya unless an exception keeps them', async () => {
    const r = await migrate(['posts.csv', '--ruleset', 'pusat']);
    const admins = readCsv(join(r.out, 'mapping.csv')).filter((m) => m.kind === 'administrator');
    const equalised = admins.filter((m) => m.decision !== 'keep');
    expect(equalised.length).toBeGreaterThan(40);
    for (const m of equalised) expect(m.jenjang).toBe('ahli_madya');
    for (const m of admins.filter((x) => x.decision === 'keep')) expect(m.rule_ids).toMatch(/national\/keep-/);
  });

  it('under provinsi keeps at least 90% of the administrators below an OPD head, and decides pengawas as a regency does', async () => {
    const prov = readCsv(join((await migrate(['posts.csv', '--ruleset', 'provinsi'])).out, 'mapping.csv'));
    const kab = new Map(readCsv(join((await migrate(['posts.csv'])).out, 'mapping.csv')).map((m) => [m.post_id!, m]));
    const admins = prov.filter((m) => m.kind === 'administrator' && m.parent_id !== '');
    expect(admins.length).toBeGreaterThan(60);
    expect(admins.filter((m) => m.decision === 'keep').length / admins.length).toBeGreaterThanOrEqual(0.9);
    for (const m of admins) expect(m.rule_ids, m.post_id).toBe('provinsi/keep-administrator');
    for (const m of prov.filter((x) => x.kind === 'pengawas')) expect([m.decision, m.criterion, m.jenjang], m.post_id).toEqual([kab.get(m.post_id!)!.decision, kab.get(m.post_id!)!.criterion, kab.get(m.post_id!)!.jenjang]);
  });

  it('migrates a SIASN-style export (semicolons, GUIDs, upper-case titles, no kind column) without clean-up', async () => {
    const r = await migrate(['unor.csv', '--people', 'pegawai.csv'], EXPORT);
    expect(r.code).toBe(0);
    const m = readCsv(join(r.out, 'mapping.csv'));
    expect(m).toHaveLength(82);
    expect(m.filter((x) => x.kind === '')).toEqual([]);
    expect(m.some((x) => x.decision === 'equalise' && x.jf !== '')).toBe(true);
  });

  it('round-trips analyst decisions: proposals → edited CSV → rerun applies them', async () => {
    const first = await migrate(['posts.csv']);
    const rows = readCsv(join(first.out, 'mapping.csv'));
    // An equalised post whose JF the rules leave to the analyst (a tie), and one with a clear proposal.
    const review = rows.find((m) => m.decision === 'equalise' && m.jf_status === 'tie')!;
    const equalised = rows.find((m) => m.decision === 'equalise' && m.jf_status === 'matched')!;
    const locked = rows.find((m) => m.kind === 'administrator')!;
    const decisions = join(first.out, 'keputusan.csv');
    writeFileSync(decisions, [
      'post_id,decision,jf,jenjang,note',
      `${review.post_id},equalise,Analis Kebijakan,,dipilih analis`,
      `${equalised.post_id},keep,,,unit dipertahankan`,
      `${locked.post_id},equalise,Perencana,ahli_madya,`,
    ].join('\n'));
    const out = mkdtempSync(join(tmpdir(), 'setara-'));
    const r = await runMain(['migrate', 'posts.csv', '--decisions', decisions, '--out', out, '--as-of', '2026-12-01'], { cwd: SAMPLE });
    expect(r.code).toBe(1); // the locked contradiction is an error
    const after = new Map(readCsv(join(out, 'mapping.csv')).map((m) => [m.post_id, m]));
    expect(after.get(review.post_id!)).toMatchObject({ decision: 'equalise', jf: 'analis-kebijakan', source: 'analyst' });
    expect(after.get(equalised.post_id!)).toMatchObject({ decision: 'keep', source: 'analyst' });
    expect(after.get(locked.post_id!)).toMatchObject({ decision: 'keep', source: 'rules' });
    const findings = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')).findings as Array<{ ruleId: string; line: number }>;
    expect(findings.find((f) => f.ruleId === 'decisions/contradicts-locked')?.line).toBe(4);
  });

  it('refuses to overwrite outputs without --force and never writes over an input', async () => {
    const r = await migrate(['posts.csv']);
    const again = await runMain(['migrate', 'posts.csv', '--out', r.out, '--as-of', '2026-12-01'], { cwd: SAMPLE });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/sudah ada/);
    const overInput = await runMain(['migrate', 'posts.csv', '--out', '.', '--force'], { cwd: SAMPLE });
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toBe('setara: posts.csv: menolak menimpa berkas masukan posts.csv\n');
    const dry = await runMain(['migrate', 'posts.csv', '--dry-run'], { cwd: SAMPLE });
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(/uji coba/);
  });
});
