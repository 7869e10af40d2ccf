/**
 * Where physical lines start in a file, in bytes: the CSV reader gives each record's line, and a record of a national
 * mapping.csv is read again later from its offset (opd-source.ts). Lines are counted as io/csv/lines.ts counts them:
 * CRLF, LF and CR each end one.
 */
import { readSync } from 'node:fs';

const LF = 10;
const CR = 13;
const CHUNK = 1 << 20;

/**
 * The byte offset at which each of `lines` (1-based, strictly ascending, the first `count`) starts in the file open
 * as `fd`; a line after the last line break starts at the file's end.
 */
export function lineOffsets(fd: number, lines: ArrayLike<number>, count: number): Float64Array {
  const out = new Float64Array(count);
  const buf = Buffer.allocUnsafe(CHUNK);
  let k = 0;
  let line = 1;
  let base = 0;
  // A line 1 asked for starts at byte 0.
  while (k < count && lines[k] === 1) out[k++] = 0;
  // The chunk read last ended with a line break's CR: if the next byte is its LF, the line starts after that.
  let prevCr = false;
  for (let n = readSync(fd, buf, 0, CHUNK, 0); n > 0; base += n, n = readSync(fd, buf, 0, CHUNK, base)) {
    const chunk = buf.subarray(0, n);
    let from = 0;
    const cut = prevCr;
    prevCr = false;
    if (cut && chunk[0] === LF) {
      if (k > 0 && lines[k - 1] === line) out[k - 1] = base + 1;
      from = 1;
    }
    if (k === count) break;
    let nextLf = chunk.indexOf(LF, from);
    let nextCr = chunk.indexOf(CR, from);
    while (k < count) {
      if (nextCr >= 0 && (nextLf < 0 || nextCr < nextLf)) {
        const at = nextCr;
        line++;
        let start = at + 1;
        // A CRLF is one break.
        if (chunk[start] === LF) nextLf = chunk.indexOf(LF, ++start);
        else prevCr = start === n;
        if (lines[k] === line) out[k++] = base + start;
        nextCr = chunk.indexOf(CR, at + 1);
      } else if (nextLf >= 0) {
        line++;
        if (lines[k] === line) out[k++] = base + nextLf + 1;
        nextLf = chunk.indexOf(LF, nextLf + 1);
      } else break;
    }
    if (k === count && !prevCr) break;
  }
  // Lines past the last break (none in a file a parser read those lines from): the end.
  for (; k < count; k++) out[k] = base;
  return out;
}
