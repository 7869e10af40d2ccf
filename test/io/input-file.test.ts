/**
 * Inputs (issue 17): a table read from a stream (stdin, a pipe) gives what the same file gives, in any chunking;
 * a file read whole is a regular file within its size limit; an XLSX is bounded in rows and inflated bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCsv, SAMPLE_BYTES } from '../../src/io/csv.js';
import { readAhead, readSmallFile, tableSource } from '../../src/io/input-file.js';
import { openTable } from '../../src/io/open-table.js';
import { openXlsx } from '../../src/io/xlsx.js';
import type { Table } from '../../src/io/table.js';

const dir = mkdtempSync(join(tmpdir(), 'setara-input-'));
const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');

async function read(t: Table) {
  const rows: unknown[] = [];
  for await (const r of t.records) rows.push(r);
  return { dialect: t.dialect, header: t.header, headerLine: t.headerLine, rows };
}

/** The bytes as a stream in the given chunk sizes (cycled). */
const streamOf = (bytes: Buffer, sizes: number[]) =>
  Readable.from((function* () {
    for (let at = 0, k = 0; at < bytes.length; k++) {
      const n = Math.max(1, sizes[k % sizes.length]!);
      yield bytes.subarray(at, at + n);
      at += n;
    }
  })());

async function fromStream(bytes: Buffer, sizes: number[]) {
  return read(await openCsv(await readAhead(streamOf(bytes, sizes), 'in.csv', SAMPLE_BYTES), {}));
}

async function fromFile(bytes: Buffer) {
  const path = join(dir, 'in.csv');
  writeFileSync(path, bytes);
  return read(await openCsv({ file: 'in.csv', path }, {}));
}

async function error(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return `${(e as { file?: string }).file}:${(e as { line?: number }).line ?? ''}: ${(e as Error).message}`;
  }
  return 'no error';
}

describe('a CSV from a stream reads as the same file does', () => {
  // Title rows above the header and a body past the 64 KB sample: the header search and the hand-over both see a seam.
  const body = Array.from({ length: 3000 }, (_, i) => `P${i},${i ? `P${i - 1}` : ''},"Jabatan ""${i}""\nbaris dua",pelaksana`).join('\r\n');
  const text = Buffer.from(`Daftar Jabatan\r\n\r\nid,parent_id,name,kind\r\n${body}\r\n`, 'utf8');

  it('in any chunking', async () => {
    expect(text.length).toBeGreaterThan(SAMPLE_BYTES);
    const want = await fromFile(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 5 }), async (sizes) => {
        expect(await fromStream(text, sizes)).toEqual(want);
      }),
      { numRuns: 15 },
    );
  });

  it('a bad UTF-8 byte past the sample is reported at the same line', async () => {
    const bad = Buffer.concat([text.subarray(0, 100_000), Buffer.from([0xff]), text.subarray(100_000)]);
    const path = join(dir, 'bad.csv');
    writeFileSync(path, bad);
    const fileError = await error(openCsv({ file: 'bad.csv', path }, {}).then(read));
    expect(fileError).toMatch(/^bad\.csv:\d+: invalid UTF-8/);
    for (const sizes of [[1000], [65_536, 7], [200_000]])
      expect(await error(readAhead(streamOf(bad, sizes), 'bad.csv', SAMPLE_BYTES).then((r) => openCsv(r, {})).then(read))).toBe(fileError);
  });
});

describe('an XLSX from a stream', () => {
  it('reads as the file does', async () => {
    const path = join(SAMPLE, 'posts.xlsx');
    const bytes = readFileSync(path);
    const want = await read(await openXlsx({ file: 'posts.xlsx', path }, {}));
    expect(await read(await openXlsx(await readAhead(streamOf(bytes, [4096]), 'posts.xlsx', SAMPLE_BYTES), {}))).toEqual(want);
  });
});

describe('XLSX limits', () => {
  it('more rows than limits.rows: refused at the first row past it', async () => {
    const path = join(SAMPLE, 'posts.xlsx');
    expect(await error(openXlsx({ file: 'posts.xlsx', path }, { limits: { rows: 5 } }).then(read))).toBe(
      'posts.xlsx:6: worksheet has more than 5 rows (limit limits.xlsx_rows in setara.config.yaml)',
    );
  });

  it('a workbook inflating past limits.inflatedBytes: refused while it inflates', async () => {
    // 2,000 rows of a 1,000-character text compress to a few KB and inflate to some 2 MB.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Jabatan');
    ws.addRow(['id', 'name']);
    for (let i = 0; i < 2000; i++) ws.addRow([`P${i}`, `${'x'.repeat(1000)}${i}`]);
    const path = join(dir, 'bomb.xlsx');
    await wb.xlsx.writeFile(path);
    expect(readFileSync(path).length).toBeLessThan(200_000);
    const limited = { limits: { inflatedBytes: 1024 * 1024 } };
    expect(await error(openXlsx({ file: 'bomb.xlsx', path }, limited).then(read))).toBe(
      'bomb.xlsx:: the .xlsx inflates to more than 1 MB (a zip bomb?; limit limits.xlsx_inflated_mb in setara.config.yaml)',
    );
    expect((await read(await openXlsx({ file: 'bomb.xlsx', path }, {}))).rows).toHaveLength(2000);
  });
});

describe('what is refused before it is read', () => {
  it('a device, a named pipe, a directory; a decisions table only as a regular file', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(await error(openTable('/dev/zero', dir))).toBe("/dev/zero:: not a regular file: a device; save it to a file, or pipe it to stdin as '-'");
    expect(await error(openTable(fifo, dir))).toBe(`${fifo}:: not a regular file: a named pipe (FIFO); save it to a file, or pipe it to stdin as '-'`);
    expect(await error(openTable(dir, dir))).toBe(`${dir}:: is a directory, not a file`);
    expect(await error(openTable(fifo, dir, {}, true))).toBe(`${fifo}:: not a regular file: a named pipe (FIFO); give a regular file`);
    expect(() => tableSource('/dev/null', dir, true)).toThrow('not a regular file: a device; give a regular file');
  });

  it('a file read whole: a regular file of at most the limit', () => {
    const path = join(dir, 'big.yaml');
    writeFileSync(path, `a: "${'x'.repeat(2 * 1024 * 1024)}"\n`);
    expect(readSmallFile(path, 'big.yaml', 3 * 1024 * 1024)).toHaveLength(2 * 1024 * 1024 + 6);
    expect(() => readSmallFile(path, 'big.yaml', 1024 * 1024)).toThrow('file too large (3 MB; limit 1 MB)');
    expect(() => readSmallFile('/dev/zero', '/dev/zero')).toThrow('not a regular file: a device; give a regular file');
    const fifo = join(dir, 'fifo2');
    execFileSync('mkfifo', [fifo]);
    expect(() => readSmallFile(fifo, 'fifo2')).toThrow('not a regular file: a named pipe (FIFO); give a regular file');
  });
});
