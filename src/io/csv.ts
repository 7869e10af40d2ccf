import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isAscii, isUtf8 } from 'node:buffer';
import { parse, CsvError } from 'csv-parse';
import { InputError, UsageError } from '../errors.js';
import { FastCsv } from './csv-fast.js';
import { detectEncoding, encodingFromName, type EncodingName } from './encoding.js';
import { chooseHeader, HEADER_SEARCH_ROWS, type HeaderCandidate, type HeaderHow } from './header.js';
import { bytesFrom, type ReadAhead } from './input-file.js';
import { cannotRead, type RawRecord, type ReadOptions, type Table } from './table.js';

/** The bytes read to detect encoding and delimiter and to find the header (a stream is read this far ahead). */
export const SAMPLE_BYTES = 64 * 1024;
const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Opens a CSV file: detects encoding and delimiter from a sample, finds the header among its first records (title
 * rows, comments and blank lines above it are left out, see header.ts), then streams the records from the header on
 * in batches. Lines stay physical lines of the file.
 */
export async function openCsv(input: { file: string; path: string } | ReadAhead, opts: ReadOptions): Promise<Table> {
  const displayPath = input.file;
  const { sample, whole } = 'head' in input ? { sample: input.head.subarray(0, SAMPLE_BYTES), whole: input.head.length < SAMPLE_BYTES } : await readSample(input.path, displayPath);
  const forced = opts.encoding ? encodingFromName(opts.encoding) : undefined;
  if (opts.encoding && !forced) throw new UsageError({ id: `--encoding: pengodean '${opts.encoding}' tidak dikenal`, en: `--encoding: unknown encoding '${opts.encoding}'` });
  const enc = detectEncoding(sample, forced);
  const text = new TextDecoder(enc.encoding).decode(sample.subarray(enc.bomLength), { stream: true });
  const sniffed = sniffDelimiter(text);
  const delimiter = opts.delimiter !== undefined ? delimiterFromOption(opts.delimiter) : sniffed;
  const wrongDelimiter = opts.delimiter !== undefined && delimiter !== sniffed;

  // Parsing starts at the header: the rows above it never reach csv-parse (a title's stray quote cannot break the read).
  let start = enc.bomLength;
  let firstLine = 1;
  let headerHow: HeaderHow = 'first';
  let skipped = 0;
  if (wrongDelimiter) refuseUnsplitHeader(text, delimiter, sniffed, whole, opts.headerRow, displayPath);
  const rows = sampleRecords(text, delimiter, whole, opts.headerRow ?? 0);
  if (rows.length || opts.headerRow !== undefined) {
    const choice = chooseHeader(rows, displayPath, opts.headerRow);
    const header = rows[choice.at]!;
    start += byteLength(text.slice(0, header.offset), enc.encoding);
    firstLine = header.line;
    headerHow = choice.how;
    skipped = choice.skipped;
  }

  const batches = parseBatches('head' in input ? input : input.path, displayPath, enc.encoding, start, delimiter, { firstLine })[Symbol.asyncIterator]();
  // A parse error under a --delimiter other than the sniffed one most likely comes from that option: say so.
  const next = async () => {
    try {
      return await batches.next();
    } catch (e) {
      throw wrongDelimiter && e instanceof InputError ? delimiterHint(e, delimiter, sniffed) : e;
    }
  };
  // The header is the first record; the rest of its batch is handed out first.
  let first = await next();
  while (!first.done && first.value.length === 0) first = await next();
  if (first.done) throw new InputError({ id: 'berkas kosong: tidak ada baris judul kolom', en: 'file is empty: no header row' }, displayPath);
  const headerRecord = first.value[0]!;
  const rest = first.value.slice(1);
  let consumed = false;
  const batchIterable: AsyncIterable<RawRecord[]> = {
    [Symbol.asyncIterator]: () => {
      if (consumed) throw new Error('internal: a table is read once');
      consumed = true;
      return (async function* () {
        if (rest.length) yield rest;
        for (let r = await next(); !r.done; r = await next()) yield r.value;
      })();
    },
  };
  return {
    file: displayPath,
    dialect: {
      format: 'csv', encoding: enc.encoding, encodingHow: enc.how, delimiter,
      delimiterHow: opts.delimiter !== undefined ? 'option' : 'sniffed', headerHow, skipped,
    },
    header: headerRecord.cells.map((h) => h.trim()),
    headerLine: headerRecord.line,
    batches: batchIterable,
    records: flatten(batchIterable),
    ...(opts.progress ? { progress: opts.progress } : {}),
  };
}

/** One record at a time, for readers that do not take batches. */
export function flatten(batches: AsyncIterable<RawRecord[]>): AsyncIterable<RawRecord> {
  return {
    [Symbol.asyncIterator]: async function* () {
      for await (const batch of batches) yield* batch;
    },
  };
}

async function readSample(path: string, displayPath: string): Promise<{ sample: Uint8Array; whole: boolean }> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw cannotRead(e, displayPath);
  }
  try {
    const buf = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SAMPLE_BYTES, 0);
    return { sample: buf.subarray(0, bytesRead), whole: bytesRead < SAMPLE_BYTES };
  } finally {
    await fh.close();
  }
}

/** Bytes of decoded text in the file (windows-1252 is one byte a character, UTF-16 two). */
function byteLength(text: string, encoding: EncodingName): number {
  if (encoding === 'utf-8') return Buffer.byteLength(text, 'utf8');
  return encoding === 'windows-1252' ? text.length : text.length * 2;
}

/** A Map, not an object literal: `--delimiter constructor` must not find Object (whose length is 1). */
const NAMED_DELIMITERS: ReadonlyMap<string, string> = new Map([['comma', ','], ['semicolon', ';'], ['tab', '\t'], ['\\t', '\t'], ['pipe', '|']]);

export function delimiterFromOption(raw: string): string {
  const d = NAMED_DELIMITERS.get(raw.toLowerCase()) ?? raw;
  if (d.length !== 1 || d === '"' || d === '\n' || d === '\r') throw new UsageError({ id: `--delimiter: pemisah '${raw}' tidak sah`, en: `--delimiter: invalid delimiter '${raw}'` });
  return d;
}

const shown = (d: string) => (d === '\t' ? 'tab' : d);

/**
 * A --delimiter that leaves in one cell the header the sniffed delimiter finds and splits: refused on that line, naming
 * the delimiter the file appears to use (else every row is one cell, or csv-parse fails far below on a quote).
 */
function refuseUnsplitHeader(text: string, delimiter: string, sniffed: string, whole: boolean, forced: number | undefined, file: string): void {
  const rows = sampleRecords(text, sniffed, whole, forced ?? 0);
  const at = rows.length ? chooseHeader(rows, file, forced).at : -1;
  const header = rows[at];
  if (!header || header.cells.length < 2) return;
  const mine = sampleRecords(text.slice(header.offset), delimiter, whole, 0, 1)[0];
  if (mine && mine.cells.length > 1) return;
  const [d, s, k] = [shown(delimiter), shown(sniffed), header.cells.length];
  throw new InputError(
    {
      id: `--delimiter '${d}': baris judul tidak terbagi menjadi kolom; berkas tampaknya memakai '${s}' (${k} kolom) — hapus --delimiter atau pakai --delimiter '${s}'`,
      en: `--delimiter '${d}': the header row does not split into columns; the file appears to use '${s}' (${k} columns) — drop --delimiter or use --delimiter '${s}'`,
    },
    file, header.line,
  );
}

function delimiterHint(e: InputError, delimiter: string, sniffed: string): InputError {
  const [d, s] = [shown(delimiter), shown(sniffed)];
  return new InputError(
    {
      id: `${e.text.id} (berkas tampaknya memakai '${s}', bukan --delimiter '${d}')`,
      en: `${e.text.en} (the file appears to use '${s}', not --delimiter '${d}')`,
    },
    e.file, e.line,
  );
}

/**
 * Picks the delimiter that splits the most lines of the sample into the same number of cells (quotes respected):
 * the most common count per delimiter, scored by how many lines have it, then by its size. Blank and `#` lines say
 * nothing, and title lines with no delimiter do not count against one.
 */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#')).slice(0, 40);
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const freq = new Map<number, number>();
    for (const l of lines) {
      const c = countOutsideQuotes(l, d);
      if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    }
    for (const [count, lines] of freq) {
      const score = lines * 1000 + count;
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

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

const CHUNK_BYTES = 64 * 1024;

/** Length of the prefix of `b` that ends on a UTF-8 sequence boundary (an incomplete trailing sequence is left out). */
function completeUtf8Prefix(b: Uint8Array): number {
  let i = b.length - 1;
  let k = 0;
  while (i >= 0 && k < 3 && (b[i]! & 0xc0) === 0x80) {
    i--;
    k++;
  }
  if (i < 0) return b.length;
  const lead = b[i]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return b.length - i < need ? i : b.length;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (slow path, only after isUtf8 failed). */
function firstInvalidUtf8(b: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Bisect on prefixes that end on a boundary: the longest valid prefix ends where the bad sequence starts.
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const cut = completeUtf8Prefix(b.subarray(0, mid));
    let ok = true;
    try {
      decoder.decode(b.subarray(0, cut));
    } catch {
      ok = false;
    }
    if (ok && cut > lo) lo = cut;
    else hi = mid - 1;
  }
  return lo;
}

/** The line after the bytes counted so far: CRLF, LF and CR are one line break each, also across chunks. */
class LineCounter {
  line = 1;
  private prevCr = false;

  add(chunk: Uint8Array): this {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === 0x0a) {
        if (!this.prevCr) this.line++;
        this.prevCr = false;
      } else if (b === 0x0d) {
        this.line++;
        this.prevCr = true;
      } else this.prevCr = false;
    }
    return this;
  }

  copy(): LineCounter {
    const c = new LineCounter();
    c.line = this.line;
    c.prevCr = this.prevCr;
    return c;
  }
}

/** The physical line of byte `offset` of the file, counted from byte `start` (error path only). */
async function lineAtOffset(path: string, start: number, offset: number): Promise<number> {
  const counter = new LineCounter();
  if (offset <= start) return counter.line;
  for await (const chunk of createReadStream(path, { start, end: offset - 1 }) as AsyncIterable<Buffer>) counter.add(chunk);
  return counter.line;
}

function newlinesInCells(cells: string[]): number {
  let n = 0;
  for (const c of cells) if (c.includes('\n') || c.includes('\r')) n += (c.match(/\r\n|\r|\n/g) ?? []).length;
  return n;
}

/** The low-level csv-parse engine behind its stream: records come back synchronously, with the live line counter. */
interface CsvApi {
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
  info: { lines: number; empty_lines: number };
}

/**
 * Reads the file in chunks and parses each chunk synchronously, yielding the chunk's records as one batch: no
 * per-record stream or promise overhead. Well-formed records go through the fast path (csv-fast.ts); from the first
 * record it does not accept, csv-parse's engine reads the rest of the file (and reports any error). UTF-8 is checked
 * on the bytes (fatal, with the line of the first bad byte); other encodings are decoded first.
 * Reading starts at byte `start` (after a BOM, at the header), on physical line `firstLine`. `input` is a file's path, or
 * a stream read ahead (whose lines are counted as it is read: it cannot be read again for an error's line).
 * Record numbers count the header as 0; lines are physical lines (a CRLF counts once, also inside quotes).
 */
export async function* parseBatches(
  input: string | ReadAhead, displayPath: string, encoding: EncodingName, start: number, delimiter: string,
  tuning: { chunkBytes?: number; fast?: boolean; firstLine?: number } = {},
): AsyncGenerator<RawRecord[]> {
  const parser = parse({
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: 64 * 1024 * 1024,
  });
  const api = (parser as unknown as { api: CsvApi }).api;
  let batch: RawRecord[] = [];
  let row = -1;
  // The next record starts after the previous one's lines and the empty lines skipped in between.
  const firstLine = tuning.firstLine ?? 1;
  let nextLine = firstLine;
  let emptySeen = 0;
  let lastEnd = 0;
  const fast = new FastCsv(delimiter, (cells, emptyBefore, breaks) => {
    row++;
    const line = nextLine + emptyBefore;
    nextLine = line + 1 + breaks;
    lastEnd = nextLine - 1;
    batch.push({ line, row, cells });
  });
  const push = (record: string[]) => {
    row++;
    const empty = api.info.empty_lines;
    const line = nextLine + (empty - emptySeen);
    emptySeen = empty;
    nextLine = line + 1 + newlinesInCells(record);
    lastEnd = nextLine - 1;
    batch.push({ line, row, cells: record });
  };
  const close = () => undefined;
  const feed = (buf: Buffer | undefined, end: boolean): void => {
    const err = api.parse(buf, end, push, close);
    if (err) throw toInputError(err, displayPath, lastEnd + 1);
  };
  let slow = tuning.fast === false;
  let pending = '';
  /** The bytes of `pending` when it is ASCII, else null. */
  let pendingAscii: Buffer | null = NO_BYTES;
  /**
   * Text through the fast path while it lasts; `bytes` (the same text, when at hand) go straight to csv-parse after.
   * When the text is ASCII its bytes go to the fast path too, to copy long cells from (see csv-fast.ts).
   */
  const take = (text: string, bytes: Buffer | null, eof: boolean): void => {
    if (slow) {
      feed(bytes ?? Buffer.from(text, 'utf8'), false);
      return;
    }
    const all = pending === '' ? text : pending + text;
    const ascii = bytes && pendingAscii && isAscii(bytes) ? (pendingAscii.length ? Buffer.concat([pendingAscii, bytes]) : bytes) : undefined;
    const r = fast.scan(all, eof, ascii);
    pending = r.handOver ? '' : all.slice(r.next);
    pendingAscii = asciiBytes(pending);
    if (r.handOver) {
      slow = true;
      nextLine += fast.takeEmpty();
      feed(Buffer.from(all.slice(r.next), 'utf8'), false);
    }
  };
  const utf8 = encoding === 'utf-8';
  const decoder = utf8 ? null : new TextDecoder(encoding);
  let carry: Buffer | null = null;
  let fed = start; // file offset of the next byte handed to the parser
  const counted = typeof input === 'string' ? null : new LineCounter();
  /** The line of byte `fed + at`, `at` into the bytes not yet fed. */
  const lineAt = async (at: number, bytes: Uint8Array) =>
    firstLine - 1 + (counted ? counted.copy().add(bytes.subarray(0, at)).line : await lineAtOffset(input as string, start, fed + at));
  const source = typeof input === 'string' ? createReadStream(input, { start, highWaterMark: tuning.chunkBytes ?? CHUNK_BYTES }) : bytesFrom(input, start);
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (utf8) {
        const all: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
        const cut = completeUtf8Prefix(all);
        carry = cut < all.length ? all.subarray(cut) : null;
        const bytes = all.subarray(0, cut);
        if (!isUtf8(bytes)) {
          const bad = firstInvalidUtf8(bytes);
          throw new InputError(
            { id: 'urutan bait UTF-8 tidak sah (pakai --encoding windows-1252 bila berkas bukan UTF-8)', en: 'invalid UTF-8 byte sequence (use --encoding windows-1252 if the file is not UTF-8)' },
            displayPath, await lineAt(bad, bytes),
          );
        }
        fed += bytes.length;
        counted?.add(bytes);
        take(slow ? '' : bytes.toString('utf8'), bytes, false);
      } else {
        take(decoder!.decode(chunk, { stream: true }), null, false);
      }
      if (batch.length) {
        yield batch;
        batch = [];
      }
    }
    if (carry) throw new InputError({ id: 'urutan bait UTF-8 tidak sah di akhir berkas', en: 'invalid UTF-8 byte sequence at end of file' }, displayPath, await lineAt(0, NO_BYTES));
    take(decoder ? decoder.decode() : '', null, true);
    if (slow) feed(undefined, true);
    if (batch.length) yield batch;
  } catch (e) {
    throw toInputError(e, displayPath, lastEnd + 1);
  } finally {
    if ('destroy' in source) source.destroy();
  }
}

const NO_BYTES = Buffer.alloc(0);

function asciiBytes(s: string): Buffer | null {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? Buffer.from(s, 'latin1') : null;
}

function toInputError(e: unknown, displayPath: string, nextLine: number): Error {
  if (e instanceof InputError) return e;
  if (e instanceof CsvError) {
    const code = e.code;
    if (code === 'CSV_QUOTE_NOT_CLOSED') return new InputError({ id: `tanda kutip tidak ditutup pada rekaman yang mulai di baris ${nextLine}`, en: `unclosed quote in the record starting at line ${nextLine}` }, displayPath, nextLine);
    if (code === 'CSV_MAX_RECORD_SIZE') return new InputError({ id: 'rekaman lebih besar dari 64 MB', en: 'record larger than 64 MB' }, displayPath, nextLine);
    if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE')
      return new InputError({ id: `tanda kutip salah bentuk pada rekaman yang mulai di baris ${nextLine}`, en: `malformed quotes in the record starting at line ${nextLine}` }, displayPath, nextLine);
    return new InputError({ id: `CSV salah bentuk (${code})`, en: `malformed CSV (${code})` }, displayPath, (e as { lines?: number }).lines ?? nextLine);
  }
  const err = e as NodeJS.ErrnoException;
  if (err && err.code) return cannotRead(err, displayPath);
  return e as Error;
}
