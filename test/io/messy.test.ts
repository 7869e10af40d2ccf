/**
 * Exports as they arrive (issue 15): title rows and comments above the header, UTF-16 without a BOM, a wrong
 * --delimiter, NIPs and ids that a spreadsheet stored as numbers, and a `level` column that is a depth, not the
 * eselon. Fixtures in fixtures/messy/ (see its README); workbooks are built here.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../src/io/open-table.js';
import type { RawRecord, Table } from '../../src/io/table.js';
import { runMain } from '../helpers/run-main.js';

const MESSY = join(import.meta.dirname, '..', '..', 'fixtures', 'messy');
const CLEAN_POSTS = readFileSync(join(MESSY, 'posts.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));

function dir(files: Record<string, string | Buffer> = {}, fromMessy: string[] = []): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-messy-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  for (const name of fromMessy) copyFileSync(join(MESSY, name), join(d, name));
  return d;
}

async function records(t: Table): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of t.records) out.push(r);
  return out;
}

const run = (cwd: string, ...args: string[]) => runMain([...args, '--as-of', '2026-12-01', '--lang', 'en'], { cwd });

interface Finding { ruleId: string; severity: string; line: number; column?: string; value?: string; message: string; location?: { file: string } }
const findings = (stdout: string) => (JSON.parse(stdout) as { findings: Finding[] }).findings;
const notInfo = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.line]);

async function writeWorkbook(path: string, rows: unknown[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
}

describe('the header among the first rows', () => {
  it('title rows and a row of empty cells above the header: skipped, not records; findings on physical lines', async () => {
    const d = dir({}, ['title-rows.csv']);
    const t = await openTable('title-rows.csv', d);
    expect([t.headerLine, t.dialect.headerHow, t.dialect.skipped]).toEqual([5, 'names', 3]);
    expect(t.header[0]).toBe('KODE_JABATAN');
    const recs = await records(t);
    expect(recs.map((r) => [r.line, r.row, r.cells[0]])).toEqual([[6, 1, 'D1'], [7, 2, 'D1.1'], [8, 3, 'D1.1.1'], [9, 4, 'D1.2'], [10, 5, 'D1.2.1'], [11, 6, 'D1.2.2']]);
    const r = await run(d, 'validate', 'title-rows.csv', '--format', 'json');
    expect(r.code).toBe(1);
    expect(notInfo(findings(r.stdout))).toEqual([['post/parent-missing', 11]]);
  });

  it('the same title rows in an XLSX sheet: the header on sheet row 5, findings on sheet rows', async () => {
    const d = dir();
    const text = readFileSync(join(MESSY, 'title-rows.csv'), 'utf8').trim().split('\n');
    const rows = text.map((l) => (l.startsWith('"') ? [l.split('"')[1]] : l.split(',')).map((c) => (c === '' ? null : c)));
    await writeWorkbook(join(d, 'posts.xlsx'), rows);
    const t = await openTable('posts.xlsx', d);
    expect([t.headerLine, t.dialect.headerHow, t.dialect.skipped]).toEqual([5, 'names', 3]);
    expect((await records(t)).map((x) => [x.line, x.row])[0]).toEqual([6, 1]);
    const r = await run(d, 'validate', 'posts.xlsx', '--format', 'json');
    expect(notInfo(findings(r.stdout))).toEqual([['post/parent-missing', 11]]);
  });

  it('`#` comment lines (one with a stray quote and commas) and a blank line above a semicolon header, CRLF', async () => {
    const d = dir({}, ['comments.csv']);
    const t = await openTable('comments.csv', d);
    expect([t.headerLine, t.dialect.delimiter, t.dialect.skipped]).toEqual([4, ';', 2]);
    const r = await run(d, 'validate', 'comments.csv', '--format', 'json');
    expect(r.code).toBe(1);
    expect(notInfo(findings(r.stdout))).toEqual([['post/parent-missing', 10]]);
  });

  it('a title line without delimiters does not hide the semicolons from the sniffer', async () => {
    const d = dir({ 'posts.csv': `DAFTAR JABATAN DINAS CONTOH\n\n${CLEAN_POSTS.map((r) => r.join(';')).join('\n')}\n` });
    const t = await openTable('posts.csv', d);
    expect([t.dialect.delimiter, t.headerLine]).toEqual([';', 3]);
    expect((await run(d, 'validate', 'posts.csv')).code).toBe(0);
  });

  it.each([
    ['utf16le-nobom.txt', 'utf-16le'],
    ['utf16be-nobom.txt', 'utf-16be'],
  ])('%s: UTF-16 without a BOM found by its NUL bytes (tab-delimited, as Excel writes Unicode text)', async (name, encoding) => {
    const d = dir({}, [name]);
    const t = await openTable(name, d);
    expect(t.dialect).toMatchObject({ encoding, encodingHow: 'nul-pattern', delimiter: '\t' });
    expect(t.header).toEqual(CLEAN_POSTS[0]);
    expect((await records(t)).map((r) => r.cells)).toEqual(CLEAN_POSTS.slice(1));
    expect((await run(d, 'validate', name)).code).toBe(0);
  });

  it.each([
    ['UTF-8', (t: string) => Buffer.from(t, 'utf8')],
    ['Windows-1252', (t: string) => Buffer.from(t, 'latin1')],
    ['UTF-16LE without a BOM', (t: string) => Buffer.from(t, 'utf16le')],
    ['UTF-16BE with a BOM', (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
  ])('%s: reading starts at the header found below accented title rows (byte offsets per encoding)', async (_, encode) => {
    const titled = readFileSync(join(MESSY, 'title-rows.csv'), 'utf8').replace('Keadaan per', 'Keadaan per (é, ü)');
    const t = await openTable('posts.csv', dir({ 'posts.csv': encode(titled) }));
    expect([t.headerLine, t.header[2]]).toEqual([5, 'NAMA_JABATAN']);
    expect((await records(t)).map((r) => [r.line, r.cells[2]])[5]).toEqual([11, 'Kepala Seksi Evaluasi']);
  });

  it('a file of NULs is not UTF-16 (no side without them)', async () => {
    const t = await openTable('z.csv', dir({ 'z.csv': Buffer.alloc(64) }));
    expect(t.dialect.encodingHow).toBe('valid-utf8');
  });

  it('--header-row N forces the header (the physical line); an empty or missing row is exit 2', async () => {
    const d = dir({}, ['title-rows.csv']);
    const t = await openTable('title-rows.csv', d, { headerRow: 5 });
    expect([t.headerLine, t.dialect.headerHow]).toEqual([5, 'option']);
    expect((await run(d, 'validate', 'title-rows.csv', '--header-row', '5')).code).toBe(1);
    const title = await run(d, 'validate', 'title-rows.csv', '--header-row', '1');
    expect(title.code).toBe(2);
    expect(title.stderr).toMatch(/^setara: title-rows\.csv:1: required column 'id' not found in the header \(line 1: PEMERINTAH KABUPATEN CONTOH, "", /);
    const empty = await run(d, 'validate', 'title-rows.csv', '--header-row', '50');
    expect([empty.code, empty.stderr]).toEqual([2, 'setara: title-rows.csv:50: --header-row 50: that row is empty or not near the start of the file\n']);
    const bad = await run(d, 'validate', 'title-rows.csv', '--header-row', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--header-row.*expected a row number from 1/);
  });

  it('--header-row in an XLSX sheet is the sheet row', async () => {
    const d = dir();
    await writeWorkbook(join(d, 'posts.xlsx'), [['Catatan', 'id'], ...CLEAN_POSTS]);
    // Row 1 names a known column too, but the search takes row 2 (more known names); forced row 1 fails.
    expect((await openTable('posts.xlsx', d)).headerLine).toBe(2);
    const r = await run(d, 'validate', 'posts.xlsx', '--header-row', '1');
    expect(r.stderr).toMatch(/^setara: posts\.xlsx:1: required column 'name' not found in the header \(line 1: Catatan, id\)/);
  });

  it('header_row in setara.config.yaml', async () => {
    const d = dir({ 'setara.config.yaml': 'version: 1\nheader_row: 5\n' }, ['title-rows.csv']);
    const r = await run(d, 'validate', 'title-rows.csv', '--verbose', '--format', 'json');
    expect(r.code).toBe(1);
  });

  it('a failed read names the header row it took, the columns found and the closest known names, on one line', async () => {
    const text = 'PEMERINTAH KABUPATEN CONTOH\nNO,KD_JABATAN,NAMA JABATAN,ESELON\n1,D1,Kepala Dinas,II.b\n';
    const r = await run(dir({ 'posts.csv': text }), 'validate', 'posts.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "setara: posts.csv:2: required column 'id' not found in the header (line 2: NO, KD_JABATAN, NAMA JABATAN, ESELON); closest: 'KD_JABATAN' ≈ id_jabatan; "
      + 'known names: id, id_jabatan, kode_jabatan, jabatan_id, uno_id, id_unor, unor_id, kode; map it in setara.config.yaml (columns.posts.id) or choose the header row with --header-row N\n',
    );
  });
});

describe('a --delimiter the file does not use', () => {
  it("';' on a comma file (the example sample): the header row is refused naming ',', not a quote error at line 139", async () => {
    const d = dir();
    copyFileSync(join(MESSY, '..', 'kabupaten-contoh', 'posts.csv'), join(d, 'posts.csv'));
    const r = await run(d, 'validate', 'posts.csv', '--delimiter', ';');
    expect([r.code, r.stderr]).toEqual([2,
      "setara: posts.csv:1: --delimiter ';': the header row does not split into columns; the file appears to use ',' (8 columns) — drop --delimiter or use --delimiter ','\n"]);
  });

  it('the header below title rows is the one checked: the error names its line', async () => {
    const r = await run(dir({}, ['title-rows.csv']), 'validate', 'title-rows.csv', '--delimiter', 'tab');
    expect([r.code, r.stderr]).toEqual([2,
      "setara: title-rows.csv:5: --delimiter 'tab': the header row does not split into columns; the file appears to use ',' (7 columns) — drop --delimiter or use --delimiter ','\n"]);
  });

  it('a CSV error further down under a --delimiter other than the sniffed one names the sniffed one', async () => {
    const text = 'id;name,title;kind\nD1;"Kepala";jpt_pratama\nD2;Sekretaris;administrator\n';
    const r = await run(dir({ 'posts.csv': text }), 'validate', 'posts.csv', '--delimiter', ',');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("setara: posts.csv:2: malformed quotes in the record starting at line 2 (the file appears to use ';', not --delimiter ',')\n");
  });
});

describe('numbers that lost digits', () => {
  const NIPS = ['197501012000031001', '197803152003122002', '198206102008011003', '197911202005012001', '198504052010121002', '199001012015031004'];

  it('an XLSX with 18-digit NIPs stored as numbers: an error at each cell; no output carries a rounded NIP', async () => {
    const d = dir();
    // Exact small numbers as post ids (1, 11, 111 …) read as their digits.
    const ids = ['1', '11', '111', '12', '121', '1211'];
    const posts = CLEAN_POSTS.slice(1).map((r, i) => [Number(ids[i]), r[1] ? Number(ids[CLEAN_POSTS.slice(1).findIndex((x) => x[0] === r[1])]) : null, ...r.slice(2)]);
    await writeWorkbook(join(d, 'posts.xlsx'), [CLEAN_POSTS[0]!, ...posts.map((r) => r.map((c) => (c === '' ? null : c)))]);
    const people = NIPS.map((nip, i) => [i % 2 === 0 ? Number(nip) : nip, `Pegawai Contoh ${i + 1}`, Number(ids[i]), 'III/c', 'S1', nip.replace(/^(\d{4})(\d\d)(\d\d).*/, '$1-$2-$3'), 'pns']);
    await writeWorkbook(join(d, 'people.xlsx'), [['nip', 'name', 'post_id', 'golongan', 'education', 'birth_date', 'status'], ...people]);

    const t = await openTable('posts.xlsx', d);
    expect((await records(t)).map((r) => [r.cells[0], r.cells[1]])).toEqual(ids.map((id, i) => [id, posts[i]![1] === null ? '' : String(posts[i]![1])]));

    const r = await run(d, 'migrate', 'posts.xlsx', '--people', 'people.xlsx', '--out', 'out');
    expect(r.code).toBe(1);
    const all = JSON.parse(readFileSync(join(d, 'out', 'findings.json'), 'utf8')) as { findings: Finding[] };
    const lost = all.findings.filter((f) => f.message.includes('last digits are lost'));
    expect(lost.map((f) => [f.ruleId, f.location?.file ?? (f as unknown as { file: string }).file, f.line, f.column, f.value])).toEqual(
      [0, 2, 4].map((i) => ['person/nip-format', 'people.xlsx', i + 2, 'nip', `${NIPS[i]!.slice(0, 1)}.${NIPS[i]!.slice(1, 15).replace(/0+$/, '')}E+17`]),
    );
    for (const file of readdirSync(join(d, 'out'))) {
      const content = readFileSync(join(d, 'out', file), 'utf8');
      for (const i of [0, 2, 4]) {
        expect(content, file).not.toContain(String(Number(NIPS[i])));
        expect(content, file).not.toContain(NIPS[i]);
      }
    }
    // The NIPs stored as text pass.
    expect(readFileSync(join(d, 'out', 'people.csv'), 'utf8')).toContain(NIPS[1]);
  });

  it('NIPs and ids written in scientific notation by Excel in a CSV: errors at the cells, the rows kept out of people.csv', async () => {
    const d = dir({}, ['posts.csv', 'people-scientific.csv']);
    const r = await run(d, 'migrate', 'posts.csv', '--people', 'people-scientific.csv', '--out', 'out');
    expect(r.code).toBe(1);
    const f = (JSON.parse(readFileSync(join(d, 'out', 'findings.json'), 'utf8')) as { findings: Finding[] }).findings
      .filter((x) => x.severity === 'error').map((x) => [x.ruleId, x.line, x.column, x.message]);
    expect(f).toEqual([2, 4].map((line) => ['person/nip-format', line, 'nip', 'NIP stored as a number; its last digits are lost — save the column as text']));
    const out = readFileSync(join(d, 'out', 'people.csv'), 'utf8');
    expect(out).not.toMatch(/E\+17|197501000000000000|198206000000000000/);
    expect(out).toContain('197803152003122002');
  });

  it('a post id in scientific notation is an error on its cell; a hex GUID or an id such as 1E5 is not', async () => {
    const text = 'id,parent_id,name,kind,eselon\n1E5,,Kepala Dinas,jpt_pratama,II.b\n1.23457E+11,1E5,Sekretaris,administrator,III.a\n2E30A5,1E5,Kepala Bidang,administrator,III.b\n';
    const r = await run(dir({ 'posts.csv': text }), 'validate', 'posts.csv', '--format', 'json');
    const f = findings(r.stdout).filter((x) => x.severity === 'error').map((x) => [x.ruleId, x.line, x.column, x.message]);
    expect(f).toEqual([['schema/invalid-value', 3, 'id', 'id stored as a number; its last digits are lost — save the column as text']]);
  });
});

describe('column detection by evidence', () => {
  it('a `level` column of depths is the depth, not the eselon: no eselon errors, and --verbose says so', async () => {
    const d = dir({}, ['level-depth.csv']);
    const r = await run(d, 'validate', 'level-depth.csv', '--format', 'json', '--verbose');
    expect(r.code).toBe(0);
    expect(findings(r.stdout).filter((f) => f.column === 'eselon' && f.severity !== 'info')).toEqual([]);
    expect(r.stderr).toContain('depth←level');
    expect(r.stderr).not.toContain('eselon←level');
  });

  it('a `tingkat` column of eselons (II.b, III.a, -) is the eselon', async () => {
    const d = dir({}, ['level-eselon.csv']);
    const r = await run(d, 'validate', 'level-eselon.csv', '--format', 'json', '--verbose');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('eselon←tingkat');
    expect(findings(r.stdout).filter((f) => f.ruleId === 'post/eselon-inferred')).toEqual([]);
  });
});
