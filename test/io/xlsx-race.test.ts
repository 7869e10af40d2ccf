/**
 * exceljs' streaming reader sometimes reaches a worksheet before xl/workbook.xml (exceljs issue #3064: a TypeError
 * "reading 'sheets'" in _parseWorksheet, by chance, more often under load). Here the race is made to happen: a file is
 * read again from the start, up to three times; after that, or for anything else, the error is the one line it was.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openTable } from '../../src/io/open-table.js';
import type { RawRecord, Table } from '../../src/io/table.js';

type Reader = { _parseWorksheet: (...args: unknown[]) => Generator<unknown> };
const proto = (ExcelJS.stream.xlsx.WorkbookReader as unknown as { prototype: Reader }).prototype;
const original = proto._parseWorksheet;
let races = 0;
let calls = 0;
// The race as exceljs loses it: `this.model` not set yet when the first worksheet is parsed.
proto._parseWorksheet = function* _parseWorksheet(this: { model?: { sheets: unknown[] } }, ...args: unknown[]) {
  calls++;
  if (races > 0) {
    races--;
    const model = undefined as unknown as { sheets: unknown[] };
    void model.sheets;
  }
  yield* original.apply(this, args);
};
afterEach(() => {
  races = 0;
  calls = 0;
});

async function workbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Jabatan');
  ws.addRow(['id', 'parent_id', 'name']);
  ws.addRow(['A', null, 'Kepala Dinas']);
  const d = mkdtempSync(join(tmpdir(), 'setara-xlsx-race-'));
  await wb.xlsx.writeFile(join(d, 'posts.xlsx'));
  return d;
}

async function records(t: Table): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of t.records) out.push(r);
  return out;
}

describe('an XLSX whose workbook part exceljs reached too late', () => {
  it('is read again: the same header and records as a read without the race', async () => {
    const d = await workbook();
    races = 2;
    const t = await openTable('posts.xlsx', d);
    expect(calls).toBe(3);
    expect(t.header).toEqual(['id', 'parent_id', 'name']);
    expect((await records(t)).map((r) => [r.line, ...r.cells])).toEqual([[2, 'A', '', 'Kepala Dinas']]);
  });

  it('three times lost: the one-line error naming the file', async () => {
    const d = await workbook();
    races = 3;
    const e = await openTable('posts.xlsx', d).catch((x: unknown) => x);
    expect(calls).toBe(3);
    expect(e).toBeInstanceOf(InputError);
    expect(e).toMatchObject({ file: 'posts.xlsx', text: { en: "not a valid .xlsx file (Cannot read properties of undefined (reading 'sheets'))" } });
  });
});
