import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { InputError, UsageError } from '../errors.js';
import { detectEncoding, encodingFromName, type EncodingName } from './encoding.js';
import { cannotRead, type RawRecord, type ReadOptions, type Table } from './table.js';

const SAMPLE_BYTES = 64 * 1024;
const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Opens a CSV file: detects encoding and delimiter from a sample, then streams records. */
export async function openCsv(path: string, displayPath: string, opts: ReadOptions): Promise<Table> {
  const sample = await readSample(path, displayPath);
  const forced = opts.encoding ? encodingFromName(opts.encoding) : undefined;
  if (opts.encoding && !forced) throw new UsageError({ id: `--encoding: pengodean '${opts.encoding}' tidak dikenal`, en: `--encoding: unknown encoding '${opts.encoding}'` });
  const enc = detectEncoding(sample, forced);
  const text = new TextDecoder(enc.encoding).decode(sample.subarray(enc.bomLength), { stream: true });
  const delimiter = opts.delimiter !== undefined ? delimiterFromOption(opts.delimiter) : sniffDelimiter(text);

  const records = parseRecords(path, displayPath, enc.encoding, enc.bomLength, delimiter);
  const iterator = records[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new InputError({ id: 'berkas kosong: tidak ada baris judul kolom', en: 'file is empty: no header row' }, displayPath);
  const headerRecord = first.value;
  return {
    file: displayPath,
    dialect: {
      format: 'csv', encoding: enc.encoding, encodingHow: enc.how, delimiter,
      delimiterHow: opts.delimiter !== undefined ? 'option' : 'sniffed',
    },
    header: headerRecord.cells.map((h) => h.trim()),
    headerLine: headerRecord.line,
    records: { [Symbol.asyncIterator]: () => renumber(iterator) },
  };
}

async function* renumber(it: AsyncIterator<RawRecord>): AsyncGenerator<RawRecord> {
  for (let r = await it.next(); !r.done; r = await it.next()) yield { ...r.value, row: r.value.row - 1 };
}

async function readSample(path: string, displayPath: string): Promise<Uint8Array> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw cannotRead(e, displayPath);
  }
  try {
    const buf = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SAMPLE_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export function delimiterFromOption(raw: string): string {
  const named: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', '\\t': '\t', pipe: '|' };
  const d = named[raw.toLowerCase()] ?? raw;
  if (d.length !== 1 || d === '"' || d === '\n' || d === '\r') throw new UsageError({ id: `--delimiter: pemisah '${raw}' tidak sah`, en: `--delimiter: invalid delimiter '${raw}'` });
  return d;
}

/** Picks the delimiter that splits the first lines into the most consistent, widest rows (quotes respected). */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').slice(0, 20);
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      bestScore = score;
      best = d;
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

/** Decodes bytes to text in the stream, failing with the line number on invalid UTF-8. */
class Decode extends Transform {
  private readonly decoder: TextDecoder;
  private skip: number;
  line = 1;

  constructor(encoding: EncodingName, bomLength: number, private readonly displayPath: string) {
    super({ decodeStrings: true, readableObjectMode: false });
    this.decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
    this.skip = bomLength;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    let bytes: Uint8Array = chunk;
    if (this.skip > 0) {
      const n = Math.min(this.skip, bytes.length);
      bytes = bytes.subarray(n);
      this.skip -= n;
    }
    try {
      const text = this.decoder.decode(bytes, { stream: true });
      this.line += countNewlines(text);
      cb(null, text);
    } catch {
      cb(new InputError({ id: `urutan bait UTF-8 tidak sah (pakai --encoding windows-1252 bila berkas bukan UTF-8)`, en: `invalid UTF-8 byte sequence (use --encoding windows-1252 if the file is not UTF-8)` }, this.displayPath, this.line));
    }
  }

  override _flush(cb: TransformCallback): void {
    try {
      cb(null, this.decoder.decode());
    } catch {
      cb(new InputError({ id: 'urutan bait UTF-8 tidak sah di akhir berkas', en: 'invalid UTF-8 byte sequence at end of file' }, this.displayPath, this.line));
    }
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function newlinesInCells(cells: string[]): number {
  let n = 0;
  for (const c of cells) if (c.includes('\n') || c.includes('\r')) n += (c.match(/\r\n|\r|\n/g) ?? []).length;
  return n;
}

async function* parseRecords(
  path: string, displayPath: string, encoding: EncodingName, bomLength: number, delimiter: string,
): AsyncGenerator<RawRecord> {
  const source = createReadStream(path);
  const decode = new Decode(encoding, bomLength, displayPath);
  const parser = parse({
    delimiter,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: 64 * 1024 * 1024,
  });
  source.on('error', (e) => decode.destroy(e));
  decode.on('error', (e) => parser.destroy(e));
  source.pipe(decode).pipe(parser);
  let row = 0;
  let lastEnd = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      row++;
      const line = info.lines - newlinesInCells(record);
      lastEnd = info.lines;
      yield { line, row, cells: record };
    }
  } catch (e) {
    throw toInputError(e, displayPath, lastEnd + 1);
  } finally {
    source.destroy();
  }
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
