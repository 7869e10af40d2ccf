/**
 * `setara report` takes posts, decisions and people from mapping.csv and people.csv (plan.json holds only counts,
 * provenance and teams): the model carries the CSVs' cells, and an edit to a CSV shows in the report.
 */
import { resealOutput } from '../helpers/reseal-output.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load.js';
import { equalisationRows } from '../../src/report/tables.js';
import { migrateSample, readCsv, report, SAMPLE, tempFile, type Row } from './helpers.js';

let dir: string;
let mapping: Row[];
let people: Row[];

beforeAll(async () => {
  dir = await migrateSample();
  mapping = readCsv(join(dir, 'mapping.csv'));
  people = readCsv(join(dir, 'people.csv'));
}, 60_000);

function copyOutput(): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-load-'));
  cpSync(dir, d, { recursive: true });
  return d;
}

/** Rewrites one CSV of a migrate output the way migrate writes it (BOM, CRLF, formulas escaped). */
function editCsv(d: string, file: 'mapping.csv' | 'people.csv', edit: (rows: Row[]) => void): void {
  const rows = readCsv(join(d, file));
  edit(rows);
  writeFileSync(join(d, file), stringify(rows, { header: true, bom: true, record_delimiter: 'windows', escape_formulas: true }));
  resealOutput(d);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('report model from the migrate CSVs', () => {
  it('has every mapping.csv row as a post, with the old parent and unit, and null for empty cells', async () => {
    const model = await loadReport(dir, SAMPLE);
    expect(model.posts.map((p) => p.id)).toEqual(mapping.map((m) => m.post_id));
    const byId = new Map(model.posts.map((p) => [p.id, p]));
    const moved = mapping.find((m) => m.change === 'replaced')!;
    expect(moved.parent_id).not.toBe(moved.new_parent_id);
    expect(byId.get(moved.post_id!)).toMatchObject({ parentId: moved.parent_id, newParentId: moved.new_parent_id, unit: moved.unit, name: moved.name });
    const equalised = mapping.find((m) => m.decision === 'equalise')!;
    expect(byId.get(equalised.post_id!)).toMatchObject({
      jf: equalised.jf, jfName: equalised.jf_name, jenjang: equalised.jenjang, newName: equalised.new_name, ruleIds: equalised.rule_ids!.split(' '),
    });
    const head = byId.get(mapping.find((m) => m.parent_id === '')!.post_id!)!;
    expect([head.parentId, head.newParentId, head.jf, head.jenjang, head.note]).toEqual([null, null, null, null, null]);
  });

  it('has every people.csv row as a person: new post, notes split, empty ids as null, pangkat from the golongan', async () => {
    const model = await loadReport(dir, SAMPLE);
    expect(model.hasPeople).toBe(true);
    expect(model.people.map((p) => p.nip)).toEqual(people.map((p) => p.nip));
    const row = people.find((p) => p.notes!.includes(' | '))!;
    const person = model.people.find((p) => p.nip === row.nip)!;
    expect(person).toMatchObject({ newPostId: row.new_post_id, newPost: row.new_post, change: row.change, golongan: row.golongan });
    expect(person.notes).toEqual(row.notes!.split(' | '));
    expect(person.notes.length).toBeGreaterThan(1);
    expect(person.pangkat).not.toBeNull();
    expect(person.opd).toBe(mapping.find((m) => m.post_id === row.old_post_id)!.opd);
    expect(model.people.find((p) => p.notes.length === 0)).toBeDefined();
  });

  it('shows an edited person and an edited post in the report, formula escapes taken off', async () => {
    const eq = mapping.find((m) => m.decision === 'equalise' && m.opd === 'Dinas Kesehatan')!;
    const nip = people.find((p) => p.change === 'equalised' && p.old_post_id === eq.post_id)!.nip!;
    const d = copyOutput();
    editCsv(d, 'people.csv', (rows) => {
      Object.assign(rows.find((r) => r.nip === nip)!, { name: '=Nama Uji', new_post: 'Jabatan Baru Uji', notes: 'catatan uji satu | catatan uji dua' });
    });
    editCsv(d, 'mapping.csv', (rows) => Object.assign(rows.find((r) => r.post_id === eq.post_id)!, { unit: 'Unit Uji Lampiran', parent_id: 'DINKES' }));
    expect(readFileSync(join(d, 'people.csv'), 'utf8')).toContain(",'=Nama Uji,");

    const model = await loadReport(d, SAMPLE);
    expect(model.people.find((p) => p.nip === nip)!.name).toBe('=Nama Uji');
    expect(model.posts.find((p) => p.id === eq.post_id)!.parentId).toBe('DINKES');
    const md = await report([d, '--format', 'md', '--opd', 'Dinas Kesehatan']);
    expect(md.code, md.stderr).toBe(0);
    const name = escapeRe(eq.name!);
    expect(md.stdout).toMatch(new RegExp(`\\| ${nip} \\| =Nama Uji \\| [^|]+ \\| ${name} → Jabatan Baru Uji \\| disetarakan; catatan uji satu; catatan uji dua \\|`));
    expect(md.stdout).toMatch(new RegExp(`\\| ${name} \\| [^|]+ \\| Unit Uji Lampiran \\|`));
  });

  it('shows a jenjang edited to constructor or __proto__ as written, in markdown and xlsx', async () => {
    const [a, b] = mapping.filter((m) => m.decision === 'equalise' && m.opd === 'Dinas Kesehatan');
    const d = copyOutput();
    editCsv(d, 'mapping.csv', (rows) => {
      rows.find((r) => r.post_id === a!.post_id)!.jenjang = 'constructor';
      rows.find((r) => r.post_id === b!.post_id)!.jenjang = '__proto__';
    });
    const model = await loadReport(d, SAMPLE);
    const rows = equalisationRows(model.posts.filter((p) => p.opd === 'Dinas Kesehatan'), model, 'en');
    expect([a, b].map((m) => rows.find((r) => r.postId === m!.post_id)!.jenjang)).toEqual(['constructor', '__proto__']);
    const md = await report([d, '--format', 'md', '--opd', 'Dinas Kesehatan']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).not.toMatch(/native code|\[object Object\]/);
    const xlsx = await report([d, '--output', tempFile('r.xlsx')]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
  });

  it('reports without people when migrate ran without --people (no people.csv)', async () => {
    const d = copyOutput();
    rmSync(join(d, 'people.csv'));
    resealOutput(d);
    const model = await loadReport(d, SAMPLE);
    expect([model.hasPeople, model.people]).toEqual([false, []]);
    expect(model.posts).toHaveLength(mapping.length);
  });

  it('refuses a mapping.csv of an older layout (no parent_id, unit_type): exit 2, one line naming the columns', async () => {
    const d = copyOutput();
    editCsv(d, 'mapping.csv', (rows) => {
      for (const r of rows) {
        delete r.parent_id;
        delete r.unit_type;
      }
    });
    const r = await report([d, '--format', 'md', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/mapping\.csv: no column parent_id, unit_type; run setara migrate again/);
  });

  it.each([
    ['whole', (_d: string) => ['--format', 'md']],
    ['--split', (d: string) => ['--split', join(d, 'split')]],
  ])('refuses a teams.csv without one of its columns (plan.json without teams): exit 2, one line naming the file (%s)', async (_how, args) => {
    const d = copyOutput();
    const plan = JSON.parse(readFileSync(join(d, 'plan.json'), 'utf8'));
    delete plan.teams;
    writeFileSync(join(d, 'plan.json'), JSON.stringify(plan));
    const nip = people.find((p) => p.new_post_id)!;
    writeFileSync(join(d, 'teams.csv'), `\uFEFFteam_id,team_name,owner_post_id,nip\r\nTIM-UJI,Tim Uji,${nip.new_post_id},${nip.nip}\r\n`);
    resealOutput(d);
    const r = await report([d, ...args(d), '--lang', 'en']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`setara: ${join(d, 'teams.csv')}: no column role; run setara migrate again\n`);
    // The same file with the column is read: the team shows.
    writeFileSync(join(d, 'teams.csv'), `\uFEFFteam_id,team_name,owner_post_id,nip,role\r\nTIM-UJI,Tim Uji,${nip.new_post_id},${nip.nip},ketua\r\n`);
    resealOutput(d);
    const md = await report([d, '--format', 'md', '--lang', 'en']);
    expect(md.code, md.stderr).toBeLessThan(2);
    expect(md.stdout).toContain('Tim Uji');
  });

  it('refuses a CSV it cannot parse (exit 2, one line naming the file)', async () => {
    const d = copyOutput();
    writeFileSync(join(d, 'people.csv'), `${readFileSync(join(dir, 'people.csv'), 'utf8')}"unterminated,x\r\n`);
    resealOutput(d);
    const r = await report([d, '--format', 'md', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/people\.csv:\d+: cannot read CSV \(unclosed quote/);
  });

  /** Edits plan.json or findings.json of a copy of the output directory. */
  function editJson(d: string, file: 'plan.json' | 'findings.json', edit: (data: any) => void): void {
    const data = JSON.parse(readFileSync(join(d, file), 'utf8'));
    edit(data);
    writeFileSync(join(d, file), JSON.stringify(data));
    resealOutput(d);
  }

  it.each([
    ['plan.json', 'docx', "'opds.0': missing required key 'opd'", (p: any) => { p.opds[0] = {}; }],
    ['plan.json', 'md', "'opds.1.opd': must be of type string", (p: any) => { p.opds[1].opd = { x: 1 }; }],
    ['plan.json', 'html', "'asOf': must be of type string", (p: any) => { p.asOf = { x: 1 }; }],
    ['plan.json', 'md', "'ruleset.chain.4': missing required key 'file'", (p: any) => { delete p.ruleset.chain[4].file; }],
    ['plan.json', 'xlsx', "'teams.0': must be of type object", (p: any) => { p.teams[0] = null; }],
    ['findings.json', 'html', "'findings.3': must be of type object", (f: any) => { f.findings[3] = null; }],
    ['findings.json', 'md', "'findings.0.citation': must be of type object", (f: any) => { f.findings[0].citation = 'Perpres 50/2022'; }],
  ] as const)('refuses %s with a value of the wrong type (exit 2, one line naming the key), not an internal error: %s %s', async (file, format, message, edit) => {
    const d = copyOutput();
    editJson(d, file, edit);
    const r = await report([d, '--format', format, '--output', tempFile(`r.${format}`), '--lang', 'en']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`setara: ${join(d, file)}: ${message}; run setara migrate again\n`);
  });

  it('writes U+FFFE and U+FFFF of an edited cell as U+FFFD: XML has no such characters, and Word and Excel would refuse the file', async () => {
    const eq = mapping.find((m) => m.decision === 'equalise')!;
    const d = copyOutput();
    editCsv(d, 'mapping.csv', (rows) => Object.assign(rows.find((r) => r.post_id === eq.post_id)!, { name: 'Kepala\uFFFESeksi\uFFFF' }));
    for (const format of ['docx', 'xlsx']) {
      const out = tempFile(`r.${format}`);
      const r = await report([d, '--output', out]);
      expect(r.code, r.stderr).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(out));
      const xml = (await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')))).join('');
      expect(xml).not.toMatch(/[\uFFFE\uFFFF]/);
      expect(xml).toContain('Kepala\uFFFDSeksi\uFFFD');
    }
  });

  it('offers only catalog JF in the review sheet\'s jf list: an edited candidate with a quote or comma would break its formula', async () => {
    const post = mapping.find((m) => m.decision === 'equalise')!;
    const d = copyOutput();
    editCsv(d, 'mapping.csv', (rows) => Object.assign(rows.find((r) => r.post_id === post.post_id)!, { decision: 'review', candidates: 'analis-kebijakan:3 a"b,c:2' }));
    const out = tempFile('r.xlsx');
    const r = await report([d, '--output', out]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    let row = 2;
    while (String(ws.getCell(row, 1).value) !== post.post_id) row++;
    expect(ws.getCell(row, 3).dataValidation.formulae).toEqual(['"analis-kebijakan"']);
  });
});
