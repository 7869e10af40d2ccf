/** Byte offsets of physical lines, counted as the CSV reader counts them: CRLF, LF and CR each end a line. */
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOffsets } from '../../src/report/line-offsets.js';

/** The start of every line of `text` (ASCII), by a regular expression. */
function starts(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) out.push(m.index + m[0].length);
  return out;
}

function offsetsOf(text: string, lines: number[]): number[] {
  const path = join(mkdtempSync(join(tmpdir(), 'setara-lines-')), 'f.csv');
  writeFileSync(path, text);
  const fd = openSync(path, 'r');
  try {
    return [...lineOffsets(fd, Uint32Array.from(lines), lines.length)];
  } finally {
    closeSync(fd);
  }
}

describe('lineOffsets', () => {
  it('finds lines after CRLF, LF and CR breaks, and empty lines', () => {
    const text = 'a,b\r\n1,2\n3,"x\r\ny"\r4\r\n\r\n5,6\n\n7';
    const all = starts(text);
    const lines = all.map((_, i) => i + 1);
    expect(offsetsOf(text, lines)).toEqual(all);
    expect(offsetsOf(text, [2, 5, 8])).toEqual([all[1], all[4], all[7]]);
  });

  it('takes a CRLF cut by the 1 MiB read as one break, also when it ends the last line asked for', () => {
    const chunk = 1 << 20;
    for (const at of [chunk - 1, chunk - 2, chunk]) {
      const head = `${'x'.repeat(at - 2)}\n`;
      const text = `${head}y\r\nz\r\n${'w'.repeat(100)}\rv`;
      const all = starts(text);
      expect(offsetsOf(text, all.map((_, i) => i + 1)), String(at)).toEqual(all);
      expect(offsetsOf(text, [3]), String(at)).toEqual([all[2]]);
    }
  });

  it('puts lines past the last break at the end of the file', () => {
    expect(offsetsOf('a\nb', [2, 3, 4])).toEqual([2, 3, 3]);
  });
});
