/**
 * The hand-over from the fast path to csv-parse in real files: a record longer than the fast path keeps (1 MB) sends
 * the rest of the file to csv-parse, which goes on with the same records, lines and record numbers, and its errors.
 * (test/property/csv-read.test.ts compares both paths on small random input.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBatches } from '../../../src/io/csv/batches.js';
import { FAST_MAX_RECORD } from '../../../src/io/csv/fast-scan.js';
import type { RawRecord } from '../../../src/io/table.js';

const dir = mkdtempSync(join(tmpdir(), 'setara-batches-'));
const LONG = 'y'.repeat(FAST_MAX_RECORD + 1000);

async function read(text: string, fast: boolean): Promise<{ records: Array<[string, number, number, number]>; error?: string; line?: number }> {
  const file = join(dir, `${fast}.csv`);
  writeFileSync(file, text);
  const records: RawRecord[] = [];
  const brief = () => records.map((r) => [r.cells[0]!, r.line, r.row, r.cells[1]!.length] as [string, number, number, number]);
  try {
    for await (const batch of parseBatches(file, 'big.csv', 'utf-8', 0, ',', { fast })) records.push(...batch);
    return { records: brief() };
  } catch (e) {
    return { records: brief(), error: (e as Error).message, line: (e as { line?: number }).line };
  }
}

describe('a record over 1 MB hands the rest of the file to csv-parse', () => {
  const head = `id,name\r\nr1,x\r\nr2,"\r\n${LONG}"\r\n\r\nr3,z\r\n`;

  it('records, lines and record numbers as csv-parse alone reads them', async () => {
    const fast = await read(head, true);
    expect(fast.error).toBeUndefined();
    expect(fast.records).toEqual([['id', 1, 0, 4], ['r1', 2, 1, 1], ['r2', 3, 2, LONG.length + 2], ['r3', 6, 3, 1]]);
    expect(await read(head, false)).toEqual(fast);
  });

  it('a malformed record after it: csv-parse reports it on its line', async () => {
    const r = await read(`${head}r4,w"q\r\nr5,v\r\n`, true);
    expect(r).toMatchObject({ error: 'malformed quotes in the record starting at line 7', line: 7 });
  });
});
