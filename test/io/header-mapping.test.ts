/** The header search (header.ts), the sample splitter and sniffer (csv.ts), and the mapping by evidence (column-evidence.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferMapping } from '../../src/io/column-evidence.js';
import { editDistance, mapColumns, type ColumnMapping } from '../../src/io/columns.js';
import { sampleRecords } from '../../src/io/csv/sample-records.js';
import { sniffDelimiter } from '../../src/io/csv/sniff.js';
import { readingNotes } from '../../src/io/describe.js';
import { chooseHeader } from '../../src/io/header.js';
import { openTable } from '../../src/io/open-table.js';
import { cellText } from '../../src/io/xlsx.js';
import { readRows } from '../../src/model/rows.js';

const rows = (...lines: string[][]) => lines.map((cells, i) => ({ line: i + 1, cells }));

describe('chooseHeader', () => {
  it('the row naming the most known columns, below titles; rows above with text are counted as skipped', () => {
    const r = rows(['PEMERINTAH KABUPATEN CONTOH', ''], ['', ''], ['NO', 'NAMA JABATAN', 'ESELON', 'KODE'], ['1', 'Kepala Dinas', 'II.b', 'D1']);
    expect(chooseHeader(r, 'f')).toEqual({ at: 2, how: 'names', skipped: 1 });
  });

  it('a tidy file: the first row, even when data rows hold known words (`dinas`, `jabatan`, `unit`), a few a row', () => {
    const header = ['KODE_JAB', 'ATASAN', 'URAIAN', 'JENIS', 'ES', 'SATKER', 'INDUK', 'TIPE'];
    const r = rows(header, ['D1', '', 'Kepala', 'jpt_pratama', 'II.b', 'Dinas Contoh', 'dinas', 'dinas'], ['D2', 'D1', 'Sekretaris', 'jabatan', 'III.a', 'Sekretariat', 'unit', 'sekretariat']);
    expect(chooseHeader(r, 'f')).toEqual({ at: 0, how: 'first', skipped: 0 });
  });

  it('a header with more empty cells than named ones is still found by its names, not the first full data row', () => {
    const r = rows(['DAFTAR JABATAN'], ['id', '', 'name', '', '', ''], ['D1', 'a', 'Kepala', 'b', 'c', 'd']);
    expect(chooseHeader(r, 'f')).toEqual({ at: 1, how: 'names', skipped: 1 });
  });

  it('no known names: the first row at least half as wide as the widest (one-cell titles and comments are passed over)', () => {
    const r = rows(['# ekspor 2025'], ['DAFTAR PEGAWAI', '', '', ''], ['A', 'B', 'C', 'D'], ['1', '2', '3', '4']);
    expect(chooseHeader(r, 'f')).toEqual({ at: 2, how: 'width', skipped: 2 });
  });

  it('a one-cell title that is a known name ("JABATAN") is not taken for the header below the first row', () => {
    const r = rows(['# x'], ['JABATAN'], ['KD', 'URAIAN'], ['D1', 'Kepala']);
    expect(chooseHeader(r, 'f').at).toBe(2);
  });

  it('forced: the row on that line, or an input error naming it', () => {
    const r = [{ line: 3, cells: ['a', 'b'] }, { line: 7, cells: ['', ''] }];
    expect(chooseHeader(r, 'f', 3)).toEqual({ at: 0, how: 'option', skipped: 0 });
    expect(() => chooseHeader(r, 'f', 7)).toThrow('--header-row 7: that row is empty');
    expect(() => chooseHeader(r, 'f', 4)).toThrow('--header-row 4');
  });
});

describe('sampleRecords and sniffDelimiter', () => {
  it('records with physical lines and offsets: blank lines skipped, a quoted line break (CRLF once) is one record, comments whole', () => {
    const text = '# a "stray, quote\r\n\r\nid,name\r\n1,"two\r\nlines"\r\n2,x\r\n3,cut';
    const got = sampleRecords(text, ',', false, 0).map((r) => [r.line, r.cells, text.slice(r.offset, r.offset + 2)]);
    expect(got).toEqual([
      [1, ['# a "stray, quote'], '# '],
      [3, ['id', 'name'], 'id'],
      [4, ['1', 'two\r\nlines'], '1,'],
      [6, ['2', 'x'], '2,'],
    ]);
    // The same text as the whole file: the last record is complete.
    expect(sampleRecords(text, ',', true, 0).at(-1)).toMatchObject({ line: 7, cells: ['3', 'cut'] });
  });

  it('stops after 30 records, or at --header-row when further', () => {
    const text = Array.from({ length: 100 }, (_, i) => `${i},x`).join('\n');
    expect(sampleRecords(text, ',', true, 0)).toHaveLength(30);
    expect(sampleRecords(text, ',', true, 50).at(-1)!.line).toBe(50);
  });

  it('the most consistent count wins, title lines without a delimiter do not count, nor do comments', () => {
    expect(sniffDelimiter('PEMERINTAH KABUPATEN CONTOH\nDAFTAR, 2025\n\na;b;c\n1;2;3\n4;5;6\n')).toBe(';');
    expect(sniffDelimiter('# a;b;c;d\n# e;f;g;h\nid,name\n1,x\n')).toBe(',');
    expect(sniffDelimiter('a\tb\n"x\ty"\tz\n')).toBe('\t');
  });
});

/** A posts mapping of `header` settled by `cells`. */
function infer(header: string[], cells: string[][], explicit: Record<string, string> = {}): ColumnMapping {
  return inferMapping(mapColumns('posts', header, 'f.csv', 1, explicit), cells);
}
const decision = (m: ColumnMapping, header: string) => m.columns.find((c) => c.header === header)!;

describe('inferMapping: ambiguous names decided by values', () => {
  const tree = [['D1', '', 'Kepala Dinas', '1'], ['D1.1', 'D1', 'Sekretaris', '2'], ['D1.1.1', 'D1.1', 'Kasubbag Umum', '3'], ['D1.2', 'D1', 'Kabid', '2']];

  it('plain numbers following the parent chain: the depth, high; not the eselon', () => {
    const m = infer(['id', 'parent_id', 'name', 'level'], tree);
    expect(decision(m, 'level')).toMatchObject({ field: 'depth', basis: 'values', confidence: 'high', ambiguous: true, samples: ['1', '2', '3'] });
    expect([m.index.get('depth'), m.index.has('eselon'), m.unused, m.sampled]).toEqual([3, false, [], 4]);
    expect(decision(m, 'level').reason.en).toMatch(/^ambiguous name; plain numbers 1–3, not an eselon form .*: depth in the tree; a child's number is its parent's plus one\. If it is the eselon, map it in setara\.config\.yaml \(columns\.posts\.eselon: level\)$/);
  });

  it('plain 1–4 without parent ids: the depth, medium (an eselon coded 1–4 cannot be ruled out); 0 or 6+ make it high', () => {
    const cells = tree.map((r) => [r[0]!, r[2]!, r[3]!]);
    expect(decision(infer(['id', 'name', 'tingkat'], cells), 'tingkat')).toMatchObject({ field: 'depth', confidence: 'medium' });
    expect(decision(infer(['id', 'name', 'tingkat'], [...cells, ['X', 'Staf', '6']]), 'tingkat')).toMatchObject({ field: 'depth', confidence: 'high' });
  });

  it.each([
    [['II.b', 'III.a', 'IV.a', '-'], 'high'],
    [['21', '31', '41', '42'], 'high'],
    [['Eselon III', 'IV/a', 'JPT Pratama', '99'], 'high'],
    [['2', '3', '4', 'non eselon'], 'medium'],
  ])('eselon forms %j: the eselon (%s)', (values, confidence) => {
    const m = infer(['id', 'name', 'lvl'], values.map((v, i) => [`P${i}`, 'x', v]));
    expect(decision(m, 'lvl')).toMatchObject({ field: 'eselon', basis: 'values', confidence });
    expect(m.index.get('eselon')).toBe(2);
  });

  it('other values, or none: not used, saying why', () => {
    const odd = infer(['id', 'name', 'level'], [['A', 'x', 'Ahli Muda'], ['B', 'y', 'Terampil']]);
    expect(decision(odd, 'level')).toMatchObject({ field: null, basis: null, confidence: null });
    expect(decision(odd, 'level').reason.en).toBe('ambiguous name; its values are neither an eselon nor a depth (Ahli Muda, Terampil): not used');
    expect(odd.unused).toEqual(['level']);
    expect(decision(infer(['id', 'name', 'level'], [['A', 'x', '']]), 'level').reason.en).toMatch(/empty in the first records/);
  });

  it('an eselon column by name leaves `level` the depth; a second depth-like column is not used', () => {
    const m = infer(['id', 'name', 'eselon', 'level', 'depth'], [['A', 'x', 'II.b', '1', '1'], ['B', 'y', 'III.a', '2', '2']]);
    expect([decision(m, 'eselon').basis, decision(m, 'level').field, decision(m, 'depth').field]).toEqual(['name', 'depth', null]);
    expect(decision(m, 'depth').reason.en).toBe("ambiguous name; 'depth' already comes from column 'level': not used");
    const e = infer(['id', 'name', 'eselon', 'level'], [['A', 'x', 'II.b', 'III.a']]);
    expect(decision(e, 'level').reason.en).toBe("ambiguous name; 'eselon' already comes from column 'eselon': not used");
  });

  it('the config decides over the values', () => {
    const m = infer(['id', 'name', 'level'], tree.map((r) => [r[0]!, r[2]!, r[3]!]), { eselon: 'level' });
    expect(decision(m, 'level')).toMatchObject({ field: 'eselon', basis: 'config', confidence: 'high' });
  });

  it('every column: how it was mapped, samples (5 distinct at most), and why a known name was left out', () => {
    const cells = Array.from({ length: 9 }, (_, i) => [`P${i % 7}`, `Jabatan ${i}`, 'Dinas', 'x']);
    const m = infer(['KODE_JABATAN', 'nama_jabatan', 'opd', 'jabatan'], cells);
    expect(m.columns.map((c) => [c.header, c.field, c.basis, c.confidence, c.samples.length])).toEqual([
      ['KODE_JABATAN', 'id', 'alias', 'high', 5], ['nama_jabatan', 'name', 'alias', 'high', 5], ['opd', 'opd', 'name', 'high', 1], ['jabatan', null, null, null, 1],
    ]);
    expect(decision(m, 'jabatan').reason.en).toBe("'name' already comes from column 'nama_jabatan'");
  });

  it('--verbose notes: the header found below titles, and each ambiguous column with its samples', () => {
    const m = infer(['id', 'parent_id', 'name', 'level'], tree);
    expect(readingNotes({ format: 'csv', headerHow: 'names', skipped: 2 }, { ...m, headerLine: 4 }, 'en')).toEqual([
      'header: line 4 (by its column names; 2 rows above it skipped)',
      `level → depth (high): ${decision(m, 'level').reason.en}; e.g. 1, 2, 3`,
    ]);
    expect(readingNotes({ format: 'csv', headerHow: 'first', skipped: 0 }, infer(['id', 'name'], []), 'id')).toEqual([]);
    expect(readingNotes({ format: 'csv', headerHow: 'first', skipped: 2 }, infer(['id', 'name'], []), 'id')).toEqual([
      'baris judul: baris 1 (baris pertama yang bukan komentar; 2 baris di atasnya dilewati)',
    ]);
  });
});

describe('readRows keeps streaming: the sample is read first, then the rest, every row once and in order', () => {
  it('5000 rows with a depth column', async () => {
    const d = mkdtempSync(join(tmpdir(), 'setara-evidence-'));
    const lines = ['id,parent_id,name,level'];
    for (let i = 0; i < 5000; i++) lines.push(`P${i},,Jabatan ${i},${(i % 5) + 1}`);
    writeFileSync(join(d, 'posts.csv'), `${lines.join('\n')}\n`);
    const t = await openTable('posts.csv', d);
    const r = await readRows(t, 'posts', undefined, () => undefined, (row) => ({ canonical: null, item: `${row.get('id')}:${row.get('depth')}:${row.line}` }));
    expect(r.items).toHaveLength(5000);
    expect(r.items.every((x, i) => x === `P${i}:${(i % 5) + 1}:${i + 2}`)).toBe(true);
    expect([r.mapping.sampled, decision(r.mapping, 'level').field]).toEqual([200, 'depth']);
  });
});

describe('XLSX numbers as text', () => {
  it.each<[number, string]>([
    [12, '12'], [1.5, '1.5'], [9007199254740991, '9007199254740991'], [197601102002032000, '1.97601102002032E+17'], [1e17, '1E+17'], [-3e20, '-3E+20'],
  ])('%d → %s (exact digits kept; an integer past 2^53 as Excel writes it)', (v, text) => {
    expect(cellText(v)).toBe(text);
    expect(cellText({ formula: 'A1', result: v })).toBe(text);
  });
});

it('editDistance', () => {
  expect([editDistance('kd_jabatan', 'id_jabatan', 3), editDistance('kode', 'kd', 5), editDistance('abcdef', 'uvwxyz', 2)]).toEqual([1, 2, 3]);
});
