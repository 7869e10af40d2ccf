/**
 * People on an equalised post whose education is below S-1/D-IV are not equalised (PermenPANRB 17/2021 [S1][S22]):
 * people.csv says `not-equalised` with the reason, without BUP, golongan or income notes, and plan.json counts
 * them apart from the equalised.
 */
import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/check/reporter.js';
import { PEOPLE_CSV } from '../../src/migrate/output-columns.js';
import { peopleRows } from '../../src/migrate/outputs.js';
import { buildPlan } from '../../src/migrate/plan.js';
import { runMigration } from '../../src/migrate/run.js';
import { buildStructure } from '../../src/model/structure.js';
import type { Education, Golongan, Kind, Person, Post, UnitType } from '../../src/model/types.js';
import { loadReferenceData } from '../../src/rules/reference.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { rowsOf } from '../helpers/csv-rows.js';

const ruleset = loadRuleset('kabupaten-kota', process.cwd());
const ref = loadReferenceData();

let line = 1;
const post = (id: string, parentId: string | null, name: string, kind: Kind, eselon: Post['eselon'], unit: string, unitType: UnitType): Post => ({
  id, parentId, name, kind, eselon, unit, opd: 'Dinas Kesehatan', unitType, file: 'posts.csv', line: ++line, row: line - 1,
});
const person = (nip: string, postId: string, education: Education, golongan: Golongan, birthDate: string): Person => ({
  nip, name: `Pegawai ${nip.slice(-3)}`, postId, golongan, education, birthDate, status: 'pns', role: null, file: 'people.csv', line: ++line, row: line - 1,
});

const POSTS = [
  post('D', null, 'Kepala Dinas Kesehatan', 'jpt_pratama', 'II.b', 'Dinas Kesehatan', 'dinas'),
  post('D.1', 'D', 'Kepala Bidang Pencegahan Penyakit', 'administrator', 'III.b', 'Bidang Pencegahan Penyakit', 'bidang'),
  post('D.1.1', 'D.1', 'Kepala Seksi Perencanaan Program', 'pengawas', 'IV.a', 'Seksi Perencanaan Program', 'seksi'),
  post('D.1.2', 'D.1', 'Kepala Seksi Evaluasi Perencanaan', 'pengawas', 'IV.a', 'Seksi Evaluasi Perencanaan', 'seksi'),
  post('D.1.3', 'D.1', 'Kepala Seksi Data Perencanaan', 'pengawas', 'IV.a', 'Seksi Data Perencanaan', 'seksi'),
];
const PEOPLE = [
  // Golongan II/d is outside the Ahli Muda range and the person reaches 58 within a year: neither is noted, they stay pelaksana.
  person('196801012000011001', 'D.1.1', 'SMA', 'II/d', '1968-01-01'),
  person('197501012000011002', 'D.1.2', 'S1', 'III/c', '1975-01-01'),
  person('197501012000011003', 'D.1.3', 'D3', 'III/c', '1975-01-01'),
];

function migrate() {
  const structure = buildStructure(POSTS, PEOPLE);
  const reporter = createReporter(ruleset, 'en');
  const result = runMigration({ structure, ruleset, ref, analyst: new Map(), asOf: '2026-12-01', lang: 'en', reporter });
  const rows = rowsOf(peopleRows(result), PEOPLE_CSV.headers.length).map((r) => Object.fromEntries(PEOPLE_CSV.headers.map((c, i) => [c, r[i]])));
  const plan = buildPlan({
    toolVersion: 't', ruleset, asOf: '2026-12-01', inputs: [], structure, decisions: result.decisions, migrated: result.migrated,
    people: result.people, teams: result.teams, findings: reporter.findings,
  });
  return { result, rows, plan, findings: reporter.findings };
}

describe('a person below S-1/D-IV on an equalised post', () => {
  const { result, rows, plan, findings } = migrate();

  it('the posts are equalised to Ahli Muda whoever holds them', () => {
    expect(['D.1.1', 'D.1.2', 'D.1.3'].map((id) => result.decisions[result.structure.byId.indexOf(id)]!)).toMatchObject([
      { decision: 'equalise', jenjang: 'ahli_muda' }, { decision: 'equalise', jenjang: 'ahli_muda' }, { decision: 'equalise', jenjang: 'ahli_muda' },
    ]);
  });

  it('is not-equalised in people.csv, without a new post, BUP, golongan or income note; the reason says why', () => {
    const [sma, s1, d3] = rows;
    expect([sma!.change, sma!.new_post_id, sma!.new_post, sma!.old_bup, sma!.new_bup]).toEqual(['not-equalised', null, '', null, null]);
    expect(sma!.notes).toMatch(/^education SMA is below S-1\/D-IV: the person is not equalised \(school graduates cannot be\); the post becomes .+ Ahli Muda, the person stays pelaksana$/);
    expect(d3!.change).toBe('not-equalised');
    expect(d3!.notes).toContain('competency test');
    expect(d3!.notes).toContain('unconfirmed');
    expect([s1!.change, s1!.new_post_id]).toEqual(['equalised', 'D.1.2']);
    expect(s1!.notes).toContain('income must not fall');
  });

  it('reports the education finding only, on the person, for those not equalised', () => {
    const byPerson = (nip: string) => findings.filter((f) => f.ruleId.startsWith('person/') && f.line === PEOPLE.find((p) => p.nip === nip)!.line).map((f) => f.ruleId);
    expect(byPerson('196801012000011001')).toEqual(['person/education-below-minimum']);
    expect(byPerson('197501012000011003')).toEqual(['person/education-below-minimum']);
    expect(byPerson('197501012000011002')).toEqual(['person/income-protection']);
  });

  it('plan.json counts them apart from the equalised', () => {
    expect(plan.opds).toHaveLength(1);
    expect(plan.opds[0]).toMatchObject({ equalised: 3, peopleAffected: 3, peopleEqualised: 1, peopleNotEqualised: 2 });
    expect(plan.summary).toMatchObject({ peopleEqualised: 1, peopleNotEqualised: 2 });
  });
});
