/**
 * A fast path for well-formed CSV: records are cut out of decoded text with indexOf and split, several times faster
 * than csv-parse's byte loop. It accepts only what csv-parse (with setara's options: one-character delimiter, quote
 * and escape `"`, record delimiters CRLF, LF and CR, empty lines skipped, no trimming) reads the same way:
 * unquoted fields without `"`, quoted fields closed by `"` before a delimiter, a line break or the end. Anything else
 * (a quote inside an unquoted field, text after a closing quote, an unclosed quote, a record over 1 MB) stops the
 * fast path at the start of that record, and the caller hands the rest of the file to csv-parse (fallback.ts), whose
 * errors stay exactly as they were. test/property compares both parsers on random input.
 */

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Longest record (in UTF-16 units) the fast path keeps across chunks before handing over to csv-parse. */
export const FAST_MAX_RECORD = 1 << 20;

/**
 * V8 makes a substring of at least this many characters a view into its parent string: a cell kept for the whole run
 * would keep its whole 256 KB chunk alive. Such cells are copied out of the bytes instead (when the text is ASCII).
 */
const VIEW_MIN = 13;

export interface FastScan {
  /** Index of the first character not consumed (the start of an incomplete or handed-over record). */
  next: number;
  /** The record at `next` must be parsed by csv-parse (from there to the end of the file). */
  handOver: boolean;
}

/**
 * Record sink: `emptyBefore` empty lines were skipped just before the record; `breaks` line breaks (CRLF, LF or CR,
 * each counted once) lie inside its quoted cells.
 */
export type RecordSink = (cells: string[], emptyBefore: number, breaks: number) => void;

function countBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR) {
      n++;
      if (s.charCodeAt(i + 1) === LF) i++;
    }
  }
  return n;
}

export class FastCsv {
  private readonly d: number;
  /** Empty lines seen since the last record (carried across calls). */
  private empty = 0;
  /** The bytes of the text being scanned, when it is ASCII. */
  private ascii: Buffer | undefined;

  constructor(private readonly delimiter: string, private readonly sink: RecordSink) {
    this.d = delimiter.charCodeAt(0);
  }

  /** Empty lines seen after the last record, handed to the caller when csv-parse takes over. */
  takeEmpty(): number {
    const n = this.empty;
    this.empty = 0;
    return n;
  }

  /**
   * Parses the complete records of `text`; with `eof`, the text is the end of the file. `ascii`, when given, holds
   * the bytes of `text`, which is all ASCII (one byte per character): long cells are then copied from it.
   */
  scan(text: string, eof: boolean, ascii?: Buffer): FastScan {
    this.ascii = ascii;
    const n = text.length;
    const d = this.delimiter;
    let i = 0;
    // Next positions of a quote, a CR and a delimiter at or after i (-1: none left): searched again only once passed,
    // so that no part of the text is searched twice.
    let nextQuote = text.indexOf('"');
    let nextCr = text.indexOf('\r');
    let nextDelim = text.indexOf(d);
    while (i < n) {
      let e = text.indexOf('\n', i);
      if (e === -1) {
        if (!eof) return this.incomplete(i, n);
        e = n;
      }
      if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
      if (nextCr !== -1 && nextCr < i) nextCr = text.indexOf('\r', i);
      const lineEnd = e > i && text.charCodeAt(e - 1) === CR ? e - 1 : e;
      const plain = (nextQuote === -1 || nextQuote >= lineEnd) && (nextCr === -1 || nextCr >= lineEnd);
      if (plain) {
        if (lineEnd === i) this.empty++;
        else {
          // Cut at each delimiter: no copy of the line to split, and a long cell is copied from the bytes at once, not
          // made a view of the text first.
          const cells: string[] = [];
          for (let a = i; ; ) {
            if (nextDelim !== -1 && nextDelim < a) nextDelim = text.indexOf(d, a);
            const b = nextDelim === -1 || nextDelim > lineEnd ? lineEnd : nextDelim;
            cells.push(this.cell(text, a, b));
            if (b === lineEnd) break;
            a = b + 1;
          }
          this.sink(cells, this.empty, 0);
          this.empty = 0;
        }
        i = e + 1;
        continue;
      }
      // A quote or a lone CR on this line: the careful loop, which may run over several lines.
      const r = this.record(text, i, eof);
      if (r < 0) return r === -1 ? this.incomplete(i, n) : { next: i, handOver: true };
      i = r;
    }
    return { next: n, handOver: false };
  }

  /** text[a, b): copied from the ASCII bytes when long enough to be a view of the text otherwise. */
  private cell(text: string, a: number, b: number): string {
    return this.ascii && b - a >= VIEW_MIN ? this.ascii.toString('latin1', a, b) : text.slice(a, b);
  }

  private incomplete(i: number, n: number): FastScan {
    return { next: i, handOver: n - i > FAST_MAX_RECORD };
  }

  /**
   * One record (or empty line) from `start`, character by character. Returns the index after its line break,
   * -1 when the text ends inside it (more input needed), -2 when csv-parse must take over.
   */
  private record(text: string, start: number, eof: boolean): number {
    const n = text.length;
    const d = this.d;
    let i = start;
    const c0 = text.charCodeAt(i);
    if (c0 === CR || c0 === LF) {
      // An empty line ended by CR (or CRLF): csv-parse skips it.
      if (c0 === CR && i + 1 >= n && !eof) return -1;
      this.empty++;
      return i + (c0 === CR && text.charCodeAt(i + 1) === LF ? 2 : 1);
    }
    const cells: string[] = [];
    let breaks = 0;
    for (;;) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        let value = '';
        let seg = i + 1;
        let j = seg;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) return eof ? -2 : -1; // unclosed here: more text, or csv-parse reports it
          if (q + 1 >= n) {
            if (!eof) return -1; // cannot tell `""` from a closing quote yet
            value += this.cell(text, seg, q);
            i = q + 1;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(seg, q + 1);
            j = q + 2;
            seg = j;
            continue;
          }
          value += this.cell(text, seg, q);
          i = q + 1;
          break;
        }
        breaks += countBreaks(value);
        cells.push(value);
        if (i >= n) break; // eof after a closing quote
        const c = text.charCodeAt(i);
        if (c === d) {
          i++;
          continue;
        }
        if (c === LF || c === CR) break;
        return -2; // text after a closing quote
      }
      // Unquoted field: up to the delimiter or a line break; a quote inside it is csv-parse's error to report.
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === d || c === LF || c === CR) break;
        if (c === QUOTE) return -2;
      }
      if (j >= n && !eof) return -1;
      cells.push(this.cell(text, i, j));
      i = j;
      if (i < n && text.charCodeAt(i) === d) {
        i++;
        continue;
      }
      break;
    }
    // At a line break or the end of the file.
    if (i < n) {
      if (text.charCodeAt(i) === CR) {
        if (i + 1 >= n && !eof) return -1; // CR at the end of the text: maybe CRLF
        i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      } else i++;
    }
    this.sink(cells, this.empty, breaks);
    this.empty = 0;
    return i;
  }
}
