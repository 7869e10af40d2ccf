/** Opening a CSV; its parts (decoding, delimiter, the fast path and csv-parse, lines) are in src/io/csv/. */
import { open } from 'node:fs/promises';
import { InputError, UsageError } from '../errors.js';
import { parseBatches } from './csv/batches.js';
import { byteLength } from './csv/decode.js';
import { delimiterFromOption, delimiterHint, refuseUnsplitHeader } from './csv/delimiter-option.js';
import { sampleRecords } from './csv/sample-records.js';
import { sniffDelimiter } from './csv/sniff.js';
import { detectEncoding, encodingFromName } from './encoding.js';
import { chooseHeader, type HeaderHow } from './header.js';
import type { ReadAhead } from './input-file.js';
import { cannotRead, type RawRecord, type ReadOptions, type Table } from './table.js';

/** The bytes read to detect encoding and delimiter and to find the header (a stream is read this far ahead). */
export const SAMPLE_BYTES = 64 * 1024;

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
