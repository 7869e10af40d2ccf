/**
 * The findings report goes to stdout or to an --output file piece by piece: everything arrives, in order, the stream's
 * buffer stays small when it asks the writer to wait, a reader that goes away ends the writing, and the file is the
 * same text written atomically. The expected sizes and SHA-256s are those of the build of commit 121ea46 (see
 * test/report/format/chunks.test.ts).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { MainIO } from '../../src/cli/context.js';
import { emitReport, writeStream, type EmitOptions } from '../../src/cli/output.js';
import { fsOps } from '../../src/io/write.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { faultyWrites } from '../helpers/slow-writes.js';
import { generatedFindings } from '../report/format/generated-findings.js';

const EXPECTED = JSON.parse(readFileSync(new URL('../report/format/expected/generated-20000.json', import.meta.url), 'utf8')) as Record<string, { bytes: number; sha256: string }>;
const findings = generatedFindings(20_000);
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A stdout that takes a while for each write and has a small buffer, recording what arrives and its largest buffer. */
function slowStdout(highWaterMark = 16 * 1024) {
  const received: Buffer[] = [];
  let maxBuffered = 0;
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, done) {
      received.push(chunk);
      setTimeout(done, 1);
    },
  });
  const write = stream.write.bind(stream);
  stream.write = ((chunk: string) => {
    const ok = write(chunk);
    maxBuffered = Math.max(maxBuffered, stream.writableLength);
    return ok;
  }) as typeof stream.write;
  return { stream, bytes: () => Buffer.concat(received), maxBuffered: () => maxBuffered };
}

function io(stdout: MainIO['stdout'], cwd = process.cwd()): MainIO {
  let stderr = '';
  return { argv: [], cwd, env: {}, stdout, stderr: { write: (s: string) => (stderr += s) } };
}

const options = (format: EmitOptions['format'], output?: string): EmitOptions => ({
  format,
  ...(output !== undefined ? { output } : {}),
  lang: 'id',
  failOn: 'warning',
  ruleset: loadRuleset('kabupaten-kota', process.cwd()),
  files: [],
});

describe('findings report on stdout', () => {
  for (const format of ['json', 'github', 'markdown'] as const) {
    it(`${format}: every byte arrives, in order, and the buffer of a slow stdout stays small`, async () => {
      const out = slowStdout();
      await emitReport(findings, options(format), io(out.stream), []);
      await new Promise<void>((resolve) => out.stream.end(resolve));
      const bytes = out.bytes();
      expect(bytes.length).toBe(EXPECTED[format]!.bytes);
      expect(sha256(bytes)).toBe(EXPECTED[format]!.sha256);
      // Never more than one batch (64 Ki UTF-16 units, at most 3 bytes each) beyond what the stream asked to hold.
      expect(out.maxBuffered()).toBeLessThan(16 * 1024 + 3 * 65_536 + 8_000);
    });
  }

  it('stops writing when the reader goes away, without waiting for a drain that never comes', async () => {
    const out = slowStdout(1024);
    let pulled = 0;
    const pieces = function* () {
      for (let i = 0; i < 10_000; i++) {
        pulled++;
        if (i === 3_000) out.stream.destroy();
        yield `${'x'.repeat(99)}\n`;
      }
    };
    await writeStream(out.stream, pieces());
    expect(pulled).toBeLessThan(10_000);
    expect(out.bytes().length).toBeLessThan(3_001 * 100);
  });
});

describe('findings report in an --output file', () => {
  const real = { ...fsOps };
  afterEach(() => Object.assign(fsOps, real));

  for (const format of ['json', 'github', 'markdown'] as const) {
    it(`${format}: the file holds every byte, written atomically through a slow disk`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'setara-output-'));
      faultyWrites(real, { delay: () => 2 });
      await emitReport(findings, options(format, 'report.out'), io({ write: () => true }, dir), []);
      const bytes = readFileSync(join(dir, 'report.out'));
      expect(bytes.length).toBe(EXPECTED[format]!.bytes);
      expect(sha256(bytes)).toBe(EXPECTED[format]!.sha256);
      expect(readdirSync(dir)).toEqual(['report.out']);
    });
  }

  it('leaves no file, nor temp file, when the disk fills up part-way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-output-'));
    // No delay: the failure is seen by write() while its cleanup is still running, which must finish first.
    faultyWrites(real, { failAfter: 2 * 1024 * 1024 });
    await expect(emitReport(findings, options('json', 'report.json'), io({ write: () => true }, dir), [])).rejects.toThrow(/no space left on device/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
