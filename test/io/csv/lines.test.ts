/** Physical lines: CRLF, LF and CR one break each, across chunks and in cells; records placed after skipped lines. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, lineAtOffset, newlinesInCells, RecordLines } from '../../../src/io/csv/lines.js';

const TEXT = 'a\r\nb\rc\n\r\n\rd';

describe('LineCounter and lineAtOffset', () => {
  it('a CRLF split between two chunks is one break; a copy counts on alone', () => {
    const whole = new LineCounter().add(Buffer.from(TEXT)).line;
    expect(whole).toBe(6);
    for (let at = 0; at <= TEXT.length; at++) {
      const c = new LineCounter().add(Buffer.from(TEXT.slice(0, at)));
      const before = c.line;
      expect(c.copy().add(Buffer.from(TEXT.slice(at))).line, `split at ${at}`).toBe(whole);
      expect(c.line).toBe(before);
    }
  });

  it('the line of a byte of a file, counted from a start offset', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'setara-lines-')), 't.csv');
    writeFileSync(file, `xx\n${TEXT}`);
    expect(await lineAtOffset(file, 3, 3 + TEXT.indexOf('d'))).toBe(6);
    expect(await lineAtOffset(file, 3, 3 + TEXT.indexOf('b'))).toBe(2);
    expect(await lineAtOffset(file, 3, 2)).toBe(1);
  });
});

it('newlinesInCells', () => {
  expect(newlinesInCells(['a\r\nb\rc', 'plain', 'd\ne\n'])).toBe(4);
  expect(newlinesInCells(['x'])).toBe(0);
});

it('RecordLines: each record after the last one, its inner breaks and the empty lines skipped before it', () => {
  const lines = new RecordLines(5);
  expect(lines.nextStart(0)).toBe(5);
  expect(lines.record(0, 0)).toBe(5);
  expect(lines.record(2, 1)).toBe(8);
  expect(lines.nextStart(0)).toBe(10);
  lines.skip(1);
  expect(lines.nextStart(2)).toBe(13);
  expect(lines.record(0, 0)).toBe(11);
  expect(lines.nextStart(0)).toBe(12);
});
