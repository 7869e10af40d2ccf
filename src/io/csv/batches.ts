/**
 * The records of a CSV in batches, one per chunk read: no per-record stream or promise overhead. Well-formed records
 * go through the fast path (fast-scan.ts); from the first record it does not accept, csv-parse reads the rest of the
 * file and reports any error (fallback.ts). Lines are counted by lines.ts, bytes checked and decoded by decode.ts.
 */
import { createReadStream } from 'node:fs';
import { isAscii } from 'node:buffer';
import { InputError } from '../../errors.js';
import type { EncodingName } from '../encoding.js';
import { bytesFrom, type ReadAhead } from '../input-file.js';
import type { RawRecord } from '../table.js';
import { asciiBytes, invalidUtf8At, NO_BYTES, Utf8Chunks } from './decode.js';
import { CsvParseFallback, toInputError } from './fallback.js';
import { FastCsv } from './fast-scan.js';
import { LineCounter, lineAtOffset, newlinesInCells, RecordLines } from './lines.js';

const CHUNK_BYTES = 64 * 1024;

/**
 * Reads the file in chunks and parses each chunk synchronously, yielding the chunk's records as one batch. UTF-8 is
 * checked on the bytes (fatal, with the line of the first bad byte); other encodings are decoded first.
 * Reading starts at byte `start` (after a BOM, at the header), on physical line `firstLine`. `input` is a file's path, or
 * a stream read ahead (whose lines are counted as it is read: it cannot be read again for an error's line).
 * Record numbers count the header as 0; lines are physical lines (a CRLF counts once, also inside quotes).
 */
export async function* parseBatches(
  input: string | ReadAhead, displayPath: string, encoding: EncodingName, start: number, delimiter: string,
  tuning: { chunkBytes?: number; fast?: boolean; firstLine?: number } = {},
): AsyncGenerator<RawRecord[]> {
  let batch: RawRecord[] = [];
  let row = -1;
  const firstLine = tuning.firstLine ?? 1;
  const lines = new RecordLines(firstLine);
  const fast = new FastCsv(delimiter, (cells, emptyBefore, breaks) => {
    batch.push({ line: lines.record(emptyBefore, breaks), row: ++row, cells });
  });
  const fallback = new CsvParseFallback(delimiter, (cells, emptyBefore) => {
    batch.push({ line: lines.record(emptyBefore, newlinesInCells(cells)), row: ++row, cells });
  });
  let slow = tuning.fast === false;
  let pending = '';
  /** The bytes of `pending` when it is ASCII, else null. */
  let pendingAscii: Buffer | null = NO_BYTES;
  /**
   * Text through the fast path while it lasts; `bytes` (the same text, when at hand) go straight to csv-parse after.
   * When the text is ASCII its bytes go to the fast path too, to copy long cells from (see fast-scan.ts).
   */
  const take = (text: string, bytes: Buffer | null, eof: boolean): void => {
    if (slow) {
      fallback.write(bytes ?? Buffer.from(text, 'utf8'));
      return;
    }
    const all = pending === '' ? text : pending + text;
    const ascii = bytes && pendingAscii && isAscii(bytes) ? (pendingAscii.length ? Buffer.concat([pendingAscii, bytes]) : bytes) : undefined;
    const r = fast.scan(all, eof, ascii);
    pending = r.handOver ? '' : all.slice(r.next);
    pendingAscii = asciiBytes(pending);
    if (r.handOver) {
      slow = true;
      lines.skip(fast.takeEmpty());
      fallback.write(Buffer.from(all.slice(r.next), 'utf8'));
    }
  };
  const utf8 = encoding === 'utf-8' ? new Utf8Chunks() : null;
  const decoder = utf8 ? null : new TextDecoder(encoding);
  let fed = start; // file offset of the next byte handed to the parser
  const counted = typeof input === 'string' ? null : new LineCounter();
  /** The line of byte `fed + at`, `at` into the bytes not yet fed. */
  const lineAt = async (at: number, bytes: Uint8Array) =>
    firstLine - 1 + (counted ? counted.copy().add(bytes.subarray(0, at)).line : await lineAtOffset(input as string, start, fed + at));
  const source = typeof input === 'string' ? createReadStream(input, { start, highWaterMark: tuning.chunkBytes ?? CHUNK_BYTES }) : bytesFrom(input, start);
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (utf8) {
        const bytes = utf8.next(chunk);
        const bad = invalidUtf8At(bytes);
        if (bad >= 0) {
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
    if (utf8?.unfinished) throw new InputError({ id: 'urutan bait UTF-8 tidak sah di akhir berkas', en: 'invalid UTF-8 byte sequence at end of file' }, displayPath, await lineAt(0, NO_BYTES));
    take(decoder ? decoder.decode() : '', null, true);
    if (slow) fallback.end();
    if (batch.length) yield batch;
  } catch (e) {
    throw toInputError(e, displayPath, lines.nextStart(slow ? fallback.emptySinceRecord() : 0));
  } finally {
    if ('destroy' in source) source.destroy();
  }
}
