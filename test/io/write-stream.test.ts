/**
 * The streaming atomic writer fills one buffer while the other is written: the bytes arrive in order, and a write
 * that fails while more text is coming leaves neither the target nor a temp file, with the one-line OutputError.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { fsOps, writeFilesAtomic, type OutputFile } from '../../src/io/write.js';
import { faultyWrites } from '../helpers/slow-writes.js';
import { pieces } from '../helpers/text-out.js';

const real = { ...fsOps };
afterEach(() => Object.assign(fsOps, real));

/** ~6 MB of numbered lines, with a few multi-byte characters and a chunk larger than the buffers. */
function* lines(): Generator<string> {
  for (let i = 0; i < 150_000; i++) yield `${i},Kepala Seksi Perencanaan — ${i % 7 ? 'é' : 'ü'}\r\n`;
  yield 'x'.repeat(1_500_000);
  yield 'end\r\n';
}

describe('writeFilesAtomic, one file', () => {
  it('writes every byte in order across many buffer swaps, also when a later write would finish first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-ws-'));
    // Buffer-sized writes are slow, the one larger chunk is fast: issued together, it would land first.
    faultyWrites(real, { delay: (len) => (len > 1_200_000 ? 0 : 80) });
    const target = join(dir, 'out.csv');
    await writeFilesAtomic([{ target, display: 'out.csv', produce: pieces(lines) }], { cwd: dir, force: false, inputs: [] });
    expect(readFileSync(target, 'utf8')).toBe([...lines()].join(''));
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('a write failing while more text comes: OutputError, no target, no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-ws-'));
    // Slow enough that encoding runs ahead into the other buffer, then the disk is full.
    faultyWrites(real, { delay: () => 5, failAfter: 2_500_000 });
    const err = await writeFilesAtomic([{ target: join(dir, 'out.csv'), display: 'out.csv', produce: pieces(lines) }], { cwd: dir, force: false, inputs: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).message).toMatch(/no space left on device; no partial file was left/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeFilesAtomic', () => {
  const files = (dir: string, log: string[]): OutputFile[] => ['a.csv', 'b.csv', 'c.csv'].map((name) => ({
    target: join(dir, name),
    display: name,
    produce: pieces(function* () {
      log.push(`start ${name}`);
      yield `${name} 1\r\n`;
      yield `${name} 2\r\n`;
    }),
  }));

  it('replaces every file; a slow rename does not hold up the next file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-wf-'));
    for (const f of ['a.csv', 'b.csv', 'c.csv']) writeFileSync(join(dir, f), 'old');
    const log: string[] = [];
    fsOps.rename = async (from, to) => {
      await new Promise((r) => setTimeout(r, 100));
      await real.rename(from, to);
      log.push(`renamed ${String(to).slice(dir.length + 1)}`);
    };
    await writeFilesAtomic(files(dir, log), { cwd: dir, force: true, inputs: [] });
    // b and c were produced while a was still being renamed, and the call returned only after every rename.
    expect(log.slice(0, 3)).toEqual(['start a.csv', 'start b.csv', 'start c.csv']);
    expect(log.slice(3).sort()).toEqual(['renamed a.csv', 'renamed b.csv', 'renamed c.csv']);
    for (const f of ['a.csv', 'b.csv', 'c.csv']) expect(readFileSync(join(dir, f), 'utf8')).toBe(`${f} 1\r\n${f} 2\r\n`);
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.csv', 'c.csv']);
  });

  it('a rename that fails: its error, that file as it was, no file started after the failure, no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-wf-'));
    for (const f of ['a.csv', 'b.csv', 'c.csv']) writeFileSync(join(dir, f), 'old');
    const log: string[] = [];
    fsOps.rename = async (from, to) => {
      if (String(to).endsWith('a.csv')) throw Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' });
      await real.rename(from, to);
    };
    // b's bytes reach the disk slowly: a's failure is known by the time b is done.
    faultyWrites(real, { path: (path) => path.includes('.b.csv.'), delay: () => 100 });
    const err = await writeFilesAtomic(files(dir, log), { cwd: dir, force: true, inputs: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).message).toMatch(/permission denied; no partial file was left/);
    expect(log).toEqual(['start a.csv', 'start b.csv']);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('old');
    expect(readFileSync(join(dir, 'c.csv'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.csv', 'c.csv']);
  });
});
