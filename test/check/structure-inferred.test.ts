/**
 * Guesses stay guesses (issue 15 §6): an eselon inferred from a title is never an error against another inferred
 * eselon, a finding on an inferred value says so, and of several heads of one OPD the one least likely to head it is
 * blamed, not the one listed second.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectHandled, runMain } from '../helpers/run-main.js';

interface Finding {
  ruleId: string;
  line?: number;
  postId?: string;
  message: string;
}

async function validate(csv: string): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'setara-guess-'));
  writeFileSync(join(dir, 'posts.csv'), csv);
  const r = await runMain(['validate', 'posts.csv', '--format', 'json', '--as-of', '2026-12-01', '--lang', 'en'], { cwd: dir });
  expectHandled(r);
  expect(r.code, r.stderr).not.toBe(2);
  return JSON.parse(r.stdout).findings;
}

const rule = (fs: Finding[], id: string) => fs.filter((f) => f.ruleId === id);

describe('an inferred eselon against another', () => {
  it('"Sekretaris" under a Camat, neither with an eselon: the typical values, no error between the two guesses', async () => {
    const fs = await validate(`id,parent_id,name,opd
1,,Camat Kota,Kecamatan Kota
2,1,Sekretaris,Kecamatan Kota
3,2,Kepala Subbagian Umum,Kecamatan Kota
4,1,Kepala Seksi Pemerintahan,Kecamatan Kota
`);
    expect(rule(fs, 'post/eselon-not-below-parent')).toEqual([]);
    expect(rule(fs, 'post/eselon-typical').map((f) => [f.postId, f.message])).toEqual([
      ['1', "eselon III.a inferred: the typical value of 'Camat' (unconfirmed; rules/data/eselon-typical.yaml:26)"],
      ['2', "eselon III.b inferred: the typical value of 'Sekretaris Kecamatan' (unconfirmed; rules/data/eselon-typical.yaml:35)"],
      ['3', "eselon IV.b inferred: the typical value of 'Kepala Subbagian di kecamatan' (unconfirmed; rules/data/eselon-typical.yaml:37)"],
      ['4', "eselon IV.a inferred: the typical value of 'Kepala Seksi di kecamatan' (unconfirmed; rules/data/eselon-typical.yaml:36)"],
    ]);
  });

  it('two guesses of one level (no typical value): no error', async () => {
    const fs = await validate(`id,parent_id,name,kind,opd
1,,Kepala Kantor Contoh,administrator,Kantor Contoh
2,1,Wakil Kepala Kantor,administrator,Kantor Contoh
`);
    expect(rule(fs, 'post/eselon-inferred')).toHaveLength(2);
    expect(rule(fs, 'post/eselon-not-below-parent')).toEqual([]);
  });

  it('a guess of the same level as a given eselon is no error (the a/b grade is not known)', async () => {
    const fs = await validate(`id,parent_id,name,kind,eselon,opd
1,,Kepala Kantor Contoh,administrator,III.a,Kantor Contoh
2,1,Wakil Kepala Kantor,administrator,,Kantor Contoh
`);
    expect(rule(fs, 'post/eselon-not-below-parent')).toEqual([]);
  });

  it('a guess plainly above a given eselon is an error that says which value was inferred', async () => {
    const fs = await validate(`id,parent_id,name,eselon,opd
1,,Kepala Dinas Contoh,II.b,Dinas Contoh
2,1,Kepala Seksi Program,IV.a,Dinas Contoh
3,2,Kepala Bidang Program,,Dinas Contoh
`);
    expect(rule(fs, 'post/eselon-not-below-parent').map((f) => [f.postId, f.message])).toEqual([
      ['3', "eselon III.b (inferred) is not below the parent 'Kepala Seksi Program' (IV.a)"],
    ]);
  });
});

describe('a finding on an inferred eselon says so', () => {
  it('a golongan outside the range of a guessed eselon names the eselon as inferred', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-guess-rank-'));
    writeFileSync(join(dir, 'posts.csv'), 'id,parent_id,name,opd\n1,,Camat Kota,Kecamatan Kota\n2,1,Kepala Seksi Pemerintahan,Kecamatan Kota\n');
    writeFileSync(join(dir, 'people.csv'), 'nip,name,post_id,golongan\n198001012005011001,Contoh,2,II/a\n');
    const r = await runMain(['validate', 'posts.csv', '--people', 'people.csv', '--format', 'json', '--as-of', '2026-12-01', '--lang', 'en'], { cwd: dir });
    const fs = JSON.parse(r.stdout).findings as Finding[];
    expect(rule(fs, 'person/golongan-outside-eselon').map((f) => f.message)).toEqual([expect.stringMatching(/^golongan II\/a is outside the range of eselon IV\.a \(eselon inferred\)/)]);
  });
});

describe('several heads of one OPD: the least likely is blamed', () => {
  it('a Kasi listed before its OPD head with an empty parent is placed under its Kabid: the head is not blamed', async () => {
    const fs = await validate(`id,parent_id,name,kind,eselon,opd
D1.2.1,,Kepala Seksi Program,pengawas,IV.a,Dinas Contoh
D1,,Kepala Dinas Contoh,jpt_pratama,II.b,Dinas Contoh
D1.1,D1,Sekretaris,administrator,III.a,Dinas Contoh
D1.2,D1,Kepala Bidang Program,administrator,III.b,Dinas Contoh
`);
    expect(rule(fs, 'post/multiple-roots')).toEqual([]);
    expect(rule(fs, 'post/parent-inferred').map((f) => f.postId)).toEqual(['D1']);
  });

  it('of two posts titled as the head, the one of the lower eselon is blamed, though listed first', async () => {
    const fs = await validate(`id,parent_id,name,kind,eselon,opd
D2,,Kepala Dinas Contoh,administrator,III.a,Dinas Contoh
D1,,Kepala Dinas Contoh,jpt_pratama,II.b,Dinas Contoh
D1.1,D1,Sekretaris,administrator,III.a,Dinas Contoh
`);
    expect(rule(fs, 'post/multiple-roots').map((f) => [f.postId, f.line, f.message])).toEqual([
      ['D2', 2, "OPD 'Dinas Contoh' already has a head post 'Kepala Dinas Contoh' (line 3); parent_id is empty"],
    ]);
  });

  it('of two heads alike, the one listed second is blamed (as before)', async () => {
    const fs = await validate(`id,parent_id,name,kind,eselon,opd
D1,,Kepala Dinas Contoh,jpt_pratama,II.b,Dinas Contoh
D2,,Kepala Dinas Contoh,jpt_pratama,II.b,Dinas Contoh
`);
    expect(rule(fs, 'post/multiple-roots').map((f) => f.postId)).toEqual(['D2']);
  });
});
