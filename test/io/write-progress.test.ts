import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { progressReporter } from '../../src/io/progress.js';
import type { RawRecord, Table } from '../../src/io/table.js';
import { openAtomicWriter, pendingTemps, writeFilesAtomic } from '../../src/io/write.js';
import { readRows } from '../../src/model/rows.js';
import { pieces } from '../helpers/text-out.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'setara-w-'));

describe('streaming atomic writer', () => {
  it('writes nothing at the target until commit; text of any size and script arrives intact', async () => {
    const d = tmp();
    const guard = { cwd: d, force: false, inputs: [] };
    const w = await openAtomicWriter('out/a.txt', 'out/a.txt', guard);
    const parts = ['héllo ', 'x'.repeat(3_000_000), ' 日本語 ', '😀'.repeat(400_000), '\n'];
    for (const p of parts) await w.write(p);
    expect(existsSync(join(d, 'out', 'a.txt'))).toBe(false);
    expect(readdirSync(join(d, 'out')).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    await w.commit();
    expect(readFileSync(join(d, 'out', 'a.txt'), 'utf8')).toBe(parts.join(''));
    expect(readdirSync(join(d, 'out'))).toEqual(['a.txt']);
    expect(pendingTemps.size).toBe(0);
  });

  it('abort (or a failing producer) removes the temp file and leaves the old target alone', async () => {
    const d = tmp();
    writeFileSync(join(d, 'a.txt'), 'old');
    const guard = { cwd: d, force: true, inputs: [] };
    const w = await openAtomicWriter('a.txt', 'a.txt', guard);
    await w.write('new');
    await w.abort();
    function* boom(): Generator<string> {
      yield 'partial';
      throw new Error('producer failed');
    }
    await expect(writeFilesAtomic([{ target: 'a.txt', display: 'a.txt', produce: pieces(boom) }], guard)).rejects.toThrow('producer failed');
    expect(readdirSync(d)).toEqual(['a.txt']);
    expect(readFileSync(join(d, 'a.txt'), 'utf8')).toBe('old');
  });

  it('refuses an existing target without force, and an input file even with force', async () => {
    const d = tmp();
    writeFileSync(join(d, 'a.txt'), 'x');
    await expect(openAtomicWriter('a.txt', 'a.txt', { cwd: d, force: false, inputs: [] })).rejects.toThrow(/already exists/);
    await expect(openAtomicWriter('a.txt', 'a.txt', { cwd: d, force: true, inputs: ['a.txt'] })).rejects.toThrow(/refusing to overwrite input file/);
  });
});

describe('progress', () => {
  it('is silent off a terminal and in CI', () => {
    expect(progressReporter({ write: () => true, isTTY: false }, {}, 'en')).toBeUndefined();
    expect(progressReporter({ write: () => true, isTTY: true }, { CI: 'true' }, 'en')).toBeUndefined();
    expect(progressReporter({ write: () => true, isTTY: true }, {}, 'en')).toBeTypeOf('object');
  });

  it('the reading loop reports past 50k rows and once at the end, which clears the line', async () => {
    let out = '';
    const progress = progressReporter({ write: (s: string) => (out += s), isTTY: true }, {}, 'en')!;
    const calls: Array<[number, boolean]> = [];
    const spy = vi.fn((file: string, rows: number, done: boolean) => {
      calls.push([rows, done]);
      progress.rows(file, rows, done);
    });
    async function* batches(): AsyncGenerator<RawRecord[]> {
      let row = 0;
      for (let b = 0; b < 120; b++) yield Array.from({ length: 1000 }, () => ({ line: row + 2, row: ++row, cells: [`P${row}`, 'Nama'] }));
    }
    const table: Table = { file: 'big.csv', dialect: { format: 'csv' }, header: ['id', 'name'], headerLine: 1, records: { [Symbol.asyncIterator]: () => { throw new Error('unused'); } }, batches: batches(), progress: spy };
    const r = await readRows(table, 'posts', undefined, () => undefined, (row) => ({ canonical: { id: row.get('id'), name: row.get('name') }, item: row.get('id') }));
    expect(r.items).toHaveLength(120_000);
    expect(calls[0]).toEqual([50_000, false]);
    expect(calls.at(-1)).toEqual([120_000, true]);
    expect(calls.filter(([, done]) => !done).length).toBeGreaterThan(1);
    expect(out).toMatch(/^\r\x1b\[Kbig\.csv: 50,000 rows read…/);
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('stages and writes are shown once reading has reported (a long run), writes at most every 250 ms', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    try {
      let out = '';
      const progress = progressReporter({ write: (s: string) => (out += s), isTTY: true }, {}, 'en')!;
      // A short run: reading never reported, so nothing is shown.
      progress.stage({ id: 'memeriksa', en: 'checking' });
      progress.written('out/mapping.csv', 5e6);
      progress.clear();
      expect(out).toBe('');
      progress.rows('posts.csv', 50_000, false);
      progress.rows('posts.csv', 60_000, true);
      out = '';
      progress.stage({ id: 'memeriksa', en: 'checking' });
      expect(out).toBe('\r\x1b[Kchecking…');
      vi.advanceTimersByTime(300);
      progress.written('out/mapping.csv', 65_536); // under 1 MB: not shown
      progress.written('out/mapping.csv', 1_048_576);
      progress.written('out/mapping.csv', 2_097_152); // within 250 ms of the last: not shown
      vi.advanceTimersByTime(300);
      progress.written('out/mapping.csv', 123_456_789);
      expect(out).toBe('\r\x1b[Kchecking…\r\x1b[Kwriting out/mapping.csv: 1 MB…\r\x1b[Kwriting out/mapping.csv: 123 MB…');
      progress.clear();
      progress.clear();
      expect(out.endsWith('MB…\r\x1b[K')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a small table reports nothing', async () => {
    const spy = vi.fn();
    async function* batches(): AsyncGenerator<RawRecord[]> {
      yield [{ line: 2, row: 1, cells: ['A', 'x'] }];
    }
    const table: Table = { file: 's.csv', dialect: { format: 'csv' }, header: ['id', 'name'], headerLine: 1, records: { [Symbol.asyncIterator]: () => { throw new Error('unused'); } }, batches: batches(), progress: spy };
    await readRows(table, 'posts', undefined, () => undefined, (row) => ({ canonical: { id: row.get('id'), name: row.get('name') }, item: 1 }));
    expect(spy).not.toHaveBeenCalled();
  });
});
