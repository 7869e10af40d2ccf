/**
 * The streaming atomic writer fills one buffer while the other is written: the bytes arrive in order, and a write
 * that fails while more text is coming leaves neither the target nor a temp file, with the one-line OutputError.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { fsOps, writeChunksAtomic } from '../../src/io/write.js';
import { faultyWrites } from '../helpers/slow-writes.js';

const real = { ...fsOps };
afterEach(() => Object.assign(fsOps, real));

/** ~6 MB of numbered lines, with a few multi-byte characters and a chunk larger than the buffers. */
function* lines(): Generator<string> {
  for (let i = 0; i < 150_000; i++) yield `${i},Kepala Seksi Perencanaan — ${i % 7 ? 'é' : 'ü'}\r\n`;
  yield 'x'.repeat(1_500_000);
  yield 'end\r\n';
}

describe('writeChunksAtomic', () => {
  it('writes every byte in order across many buffer swaps, also when a later write would finish first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-ws-'));
    // Buffer-sized writes are slow, the one larger chunk is fast: issued together, it would land first.
    faultyWrites(real, { delay: (len) => (len > 1_200_000 ? 0 : 80) });
    const target = join(dir, 'out.csv');
    await writeChunksAtomic(target, lines(), 'out.csv', { cwd: dir, force: false, inputs: [] });
    expect(readFileSync(target, 'utf8')).toBe([...lines()].join(''));
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('a write failing while more text comes: OutputError, no target, no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-ws-'));
    // Slow enough that encoding runs ahead into the other buffer, then the disk is full.
    faultyWrites(real, { delay: () => 5, failAfter: 2_500_000 });
    const err = await writeChunksAtomic(join(dir, 'out.csv'), lines(), 'out.csv', { cwd: dir, force: false, inputs: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).message).toMatch(/no space left on device; no partial file was left/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
