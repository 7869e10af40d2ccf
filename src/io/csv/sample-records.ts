/** The first records of a CSV, read from the text of its first bytes, for the header search (header.ts). */
import { HEADER_SEARCH_ROWS, type HeaderCandidate } from '../header.js';

const COMMENT_RE = /^[ \t]*#/;

/** A record of the sample: its physical line and where it starts in the sample text. */
export interface SampleRecord extends HeaderCandidate {
  offset: number;
}

/**
 * The first records of the sample text for the header search, with lines and offsets: HEADER_SEARCH_ROWS of them, or
 * up to line `untilLine` when that is further, or `max` when given. Blank lines are skipped; a line whose first
 * character is `#` is one comment cell, read whole; quotes open a field only at its start (as in csv-parse), and a
 * line break inside one is part of the field. A record cut off by the end of the sample is left out, unless the
 * sample is the whole file.
 */
export function sampleRecords(text: string, delimiter: string, whole: boolean, untilLine: number, max = HEADER_SEARCH_ROWS): SampleRecord[] {
  const out: SampleRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  /** Index after the line break at i (CRLF, LF or CR), counting the line. */
  const pastBreak = (at: number) => {
    line++;
    return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
  };
  while (i < n && (out.length < max || line <= untilLine)) {
    const c0 = text[i];
    if (c0 === '\n' || c0 === '\r') {
      i = pastBreak(i);
      continue;
    }
    const startLine = line;
    const offset = i;
    if (COMMENT_RE.test(text.slice(i, i + 64))) {
      let e = i;
      while (e < n && text[e] !== '\n' && text[e] !== '\r') e++;
      if (e === n && !whole) break;
      out.push({ line: startLine, offset, cells: [text.slice(i, e)] });
      i = e < n ? pastBreak(e) : n;
      continue;
    }
    const cells: string[] = [];
    let cut = false;
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        const open = i + 1;
        let j = open;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            cut = true;
            break;
          }
          cell += text.slice(j, q);
          if (text[q + 1] === '"') {
            cell += '"';
            j = q + 2;
            continue;
          }
          for (let k = open; k < q; k++) if (text[k] === '\n' || (text[k] === '\r' && text[k + 1] !== '\n')) line++;
          i = q + 1;
          break;
        }
        if (cut) break;
      }
      let e = i;
      while (e < n && text[e] !== delimiter && text[e] !== '\n' && text[e] !== '\r') e++;
      cell += text.slice(i, e);
      cells.push(cell);
      if (e === n) {
        cut = !whole;
        i = n;
        break;
      }
      if (text[e] === delimiter) {
        i = e + 1;
        continue;
      }
      i = pastBreak(e);
      break;
    }
    if (cut) break;
    out.push({ line: startLine, offset, cells });
  }
  return out;
}
