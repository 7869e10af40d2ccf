/** Reading features of issue 2: encodings, delimiters, line numbers, XLSX sheets, the config's column and value maps. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../src/io/open-table.js';
import type { RawRecord, Table } from '../../src/io/table.js';
import { runMain } from '../helpers/run-main.js';

const HEADER = ['id', 'parent_id', 'name', 'kind', 'eselon', 'unit', 'opd', 'unit_type'];
const ROWS = [
  ['D1', '', 'Kepala Dinas Pariwisata', 'jpt_pratama', 'II.b', 'Dinas Pariwisata', 'Dinas Pariwisata', 'dinas'],
  ['D1.1', 'D1', 'Sekretaris Café', 'administrator', 'III.a', 'Sekretariat', 'Dinas Pariwisata', 'sekretariat'],
  ['D1.1.1', 'D1.1', 'Kepala Subbagian Umum', 'pengawas', 'IV.a', 'Subbagian Umum', 'Dinas Pariwisata', 'subbagian'],
];

function dir(files: Record<string, string | Buffer>): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-io-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

const csv = (delimiter: string, eol = '\n', rows = ROWS) => [HEADER, ...rows].map((r) => r.join(delimiter)).join(eol) + eol;

async function records(t: Table): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of t.records) out.push(r);
  return out;
}

const validate = (cwd: string, ...args: string[]) => runMain(['validate', ...args, '--as-of', '2026-12-01', '--lang', 'en'], { cwd });

describe('encodings', () => {
  const text = csv(',');
  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8', 'bom'],
    ['UTF-8 without BOM', Buffer.from(text, 'utf8'), 'utf-8', 'valid-utf8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le', 'bom'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'utf-16be', 'bom'],
    ['Windows-1252 (é as 0xE9)', Buffer.from(text, 'latin1'), 'windows-1252', 'fallback'],
  ])('%s: detected, header clean, é read', async (_, bytes, encoding, how) => {
    const d = dir({ 'posts.csv': bytes });
    const t = await openTable('posts.csv', d);
    expect(t.dialect).toMatchObject({ format: 'csv', encoding, encodingHow: how, delimiter: ',' });
    expect(t.header).toEqual(HEADER);
    const recs = await records(t);
    expect(recs.map((r) => r.cells)).toEqual(ROWS);
    expect(recs[1]!.cells[2]).toBe('Sekretaris Café');
    const r = await validate(d, 'posts.csv', '--verbose');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`posts.csv: csv, ${encoding} (${how})`);
  });

  it('--encoding overrides detection (and an unknown one is a usage error)', async () => {
    const d = dir({ 'posts.csv': Buffer.from(text, 'utf8') });
    const t = await openTable('posts.csv', d, { encoding: 'latin1' });
    expect(t.dialect).toMatchObject({ encoding: 'windows-1252', encodingHow: 'option' });
    expect((await records(t))[1]!.cells[2]).toBe('Sekretaris CafÃ©');
    const r = await validate(d, 'posts.csv', '--encoding', 'ebcdic');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("setara: --encoding: unknown encoding 'ebcdic'\n");
  });

  it.each(['constructor', '__proto__'])('--encoding %s is an unknown encoding (usage error), not an Object.prototype member', async (name) => {
    const r = await validate(dir({ 'posts.csv': Buffer.from(text, 'utf8') }), 'posts.csv', '--encoding', name);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`setara: --encoding: unknown encoding '${name}'\n`);
  });
});

describe('delimiters', () => {
  it.each([
    ['tab', '\t'],
    ['semicolon', ';'],
    ['pipe', '|'],
    ['comma', ','],
  ])('%s is sniffed', async (_, delimiter) => {
    const d = dir({ 'posts.csv': csv(delimiter) });
    const t = await openTable('posts.csv', d);
    expect(t.dialect).toMatchObject({ delimiter, delimiterHow: 'sniffed' });
    expect((await records(t)).map((r) => r.cells)).toEqual(ROWS);
  });

  it('a delimiter inside quotes does not fool the sniffer', async () => {
    const rows = ROWS.map((r) => r.map((c, i) => (i === 2 ? `"${c}, ${c}; ${c}"` : c)));
    const d = dir({ 'posts.csv': [HEADER.join(';'), ...rows.map((r) => r.join(';'))].join('\n') });
    const t = await openTable('posts.csv', d);
    expect(t.dialect.delimiter).toBe(';');
    expect((await records(t))[0]!.cells[2]).toBe('Kepala Dinas Pariwisata, Kepala Dinas Pariwisata; Kepala Dinas Pariwisata');
  });

  it('--delimiter overrides the sniffer (names and characters), a bad one is a usage error', async () => {
    const d = dir({ 'posts.csv': csv('|') });
    for (const opt of ['pipe', '|']) {
      const t = await openTable('posts.csv', d, { delimiter: opt });
      expect(t.dialect).toMatchObject({ delimiter: '|', delimiterHow: 'option' });
    }
    await expect(openTable('posts.csv', d, { delimiter: 'tab' })).rejects.toThrow("the file appears to use '|' (8 columns)");
    expect((await validate(d, 'posts.csv', '--delimiter', 'pipe')).code).toBe(0);
    const bad = await validate(d, 'posts.csv', '--delimiter', '"');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`setara: --delimiter: invalid delimiter '"'\n`);
  });

  it.each(['constructor', '__proto__'])('--delimiter %s is an invalid delimiter (usage error), not an Object.prototype member', async (name) => {
    const r = await validate(dir({ 'posts.csv': csv(',') }), 'posts.csv', '--delimiter', name);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`setara: --delimiter: invalid delimiter '${name}'\n`);
  });
});

describe('line numbers', () => {
  it('CRLF files with quoted newlines (LF and CRLF inside quotes) and empty lines: findings on the physical line', async () => {
    const text = [
      HEADER.join(','),
      'D1,,"Kepala\r\nDinas",jpt_pratama,II.b,Dinas Pariwisata,Dinas Pariwisata,dinas',
      'D1.1,D1,Sekretaris,administrator,III.a,Sekretariat,Dinas Pariwisata,sekretariat,extra',
      '',
      'D1.2,D1,"Kepala\nBidang\nSatu",administrator,III.b,Bidang,Dinas Pariwisata,bidang',
      'D1.3,D9,Kepala Bidang Dua,administrator,III.b,Bidang Dua,Dinas Pariwisata,bidang',
    ].join('\r\n');
    const d = dir({ 'posts.csv': `${text}\r\n` });
    const r = await validate(d, 'posts.csv', '--format', 'json');
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; line: number; row: number }> }).findings.map((f) => [f.ruleId, f.line, f.row]);
    expect(found).toEqual([['table/ragged-row', 4, 2], ['post/parent-missing', 9, 4]]);
  });
});

describe('XLSX sheets', () => {
  async function workbook(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const other = wb.addWorksheet('Catatan');
    other.addRow(['bukan tabel jabatan']);
    const ws = wb.addWorksheet('Jabatan');
    ws.addRow(HEADER);
    for (const r of ROWS) ws.addRow(r.map((c) => (c === '' ? null : c)));
    const d = mkdtempSync(join(tmpdir(), 'setara-xlsx-'));
    await wb.xlsx.writeFile(join(d, 'posts.xlsx'));
    return d;
  }

  it('a formula saved without its computed value is an error at its row, not the text [object Object]', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Jabatan');
    ws.addRow(HEADER);
    ws.addRow(ROWS[0]!.map((c) => (c === '' ? null : c)));
    ws.addRow(ROWS[1]!.map((c, i) => (i === 0 ? { formula: 'A2&"-1"' } : c === '' ? null : c)));
    const d = mkdtempSync(join(tmpdir(), 'setara-xlsx-'));
    await wb.xlsx.writeFile(join(d, 'posts.xlsx'));
    const r = await validate(d, 'posts.xlsx');
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'setara: posts.xlsx:3: column 1 holds a formula with no computed value; open and save the file in Excel, or export it to CSV\n']);
  });

  it('--sheet by name and by 1-based index; the first sheet by default; a missing sheet lists the others', async () => {
    const d = await workbook();
    for (const sheet of ['Jabatan', '2']) {
      const t = await openTable('posts.xlsx', d, { sheet });
      expect(t.dialect).toMatchObject({ format: 'xlsx', sheet: 'Jabatan' });
      expect(t.header).toEqual(HEADER);
      expect((await records(t)).map((r) => [r.line, ...r.cells])).toEqual(ROWS.map((r, i) => [i + 2, ...r]));
      expect((await validate(d, 'posts.xlsx', '--sheet', sheet)).code).toBe(0);
    }
    const first = await validate(d, 'posts.xlsx');
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/^setara: posts\.xlsx:1: required column 'id' not found/);
    const missing = await validate(d, 'posts.xlsx', '--sheet', 'Pegawai');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("setara: posts.xlsx: worksheet 'Pegawai' not found (available: Catatan, Jabatan)\n");
  });

  /** The workbook with the deflate data of one entry broken: its first block gets the reserved block type 11. */
  function corrupt(xlsx: Buffer, entry: string): Buffer {
    const b = Buffer.from(xlsx);
    const name = Buffer.from(entry);
    for (let at = b.indexOf('PK\x03\x04'); at !== -1; at = b.indexOf('PK\x03\x04', at + 4)) {
      const nameLength = b.readUInt16LE(at + 26);
      if (nameLength !== name.length || !b.subarray(at + 30, at + 30 + nameLength).equals(name)) continue;
      expect(b.readUInt16LE(at + 8)).toBe(8); // deflated
      b[at + 30 + nameLength + b.readUInt16LE(at + 28)] = 0b111; // BFINAL 1, BTYPE 11: "invalid block type"
      return b;
    }
    throw new Error(`no entry ${entry}`);
  }

  it('a corrupt entry (the worksheet, the shared strings) is exit 2 naming the file, not a read that never ends', async () => {
    // exceljs lost the zip reader's error while it waited for the entry: the CLI exited 13 without a word.
    const sample = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh', 'posts.xlsx'));
    for (const entry of ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']) {
      const d = dir({ 'posts.xlsx': corrupt(sample, entry) });
      const r = await validate(d, 'posts.xlsx');
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'setara: posts.xlsx: not a valid .xlsx file (invalid block type)\n']);
    }
  }, 10_000);
});

describe('setara.config.yaml', () => {
  const posts = [
    'KODE_JAB,KODE_ATASAN,URAIAN,ESELON,UNIT,OPD',
    'D1,,Kepala Dinas Pariwisata,2,Dinas Pariwisata,Dinas Pariwisata',
    'D1.1,D1,Sekretaris,3,Sekretariat,Dinas Pariwisata',
    'D1.1.1,D1.1,Kepala Subbagian Umum,4,Subbagian Umum,Dinas Pariwisata',
  ].join('\n');
  const config = [
    'version: 1',
    'columns:',
    '  posts: { id: KODE_JAB, parent_id: KODE_ATASAN, name: URAIAN }',
    'values:',
    '  eselon: { "2": II.b, "3": III.a, "4": IV.a }',
  ].join('\n');

  it('maps columns and values: headers KODE_JAB,KODE_ATASAN,URAIAN with eselon 2/3/4 validate clean', async () => {
    const d = dir({ 'posts.csv': posts, 'setara.config.yaml': config });
    const r = await validate(d, 'posts.csv', '--format', 'json', '--verbose');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('id←KODE_JAB, parent_id←KODE_ATASAN, name←URAIAN');
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string }> }).findings;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('without the config the same file fails (no id column)', async () => {
    const r = await validate(dir({ 'posts.csv': posts }), 'posts.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^setara: posts\.csv:1: required column 'id' not found/);
  });

  it('--config names another file; a missing one is exit 2', async () => {
    const d = dir({ 'posts.csv': posts, 'daerah.yaml': config });
    expect((await validate(d, 'posts.csv', '--config', 'daerah.yaml')).code).toBe(0);
    const r = await validate(d, 'posts.csv', '--config', 'nope.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('setara: nope.yaml: config file not found\n');
  });

  it('an unknown key is exit 2 with setara.config.yaml:LINE', async () => {
    const d = dir({ 'posts.csv': posts, 'setara.config.yaml': `${config}\ncolums:\n  posts: {}\n` });
    const r = await validate(d, 'posts.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("setara: setara.config.yaml:6: 'colums': unknown key\n");
  });

  it('a column mapped in the config but missing from the file is exit 2 on the header line', async () => {
    const d = dir({ 'posts.csv': posts.replace('URAIAN', 'NAMA_LAIN'), 'setara.config.yaml': config });
    const r = await validate(d, 'posts.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("setara: posts.csv:1: column 'URAIAN' (mapped to name in the config) not found\n");
  });
});
