/**
 * csv-parse, which reads the file from the first record the fast path (fast-scan.ts) does not accept to its end, so
 * that every malformed record is reported by csv-parse itself. Only public API is used: the parser stream is written
 * to synchronously (its transform runs within write()), records are taken by the on_record option, which returns null
 * so that none is queued on the stream, and an error is read from the stream's `errored` right after the write.
 */
import { CsvError, parse, type Parser } from 'csv-parse';
import { InputError } from '../../errors.js';
import { cannotRead } from '../table.js';

/** How setara reads CSV, in csv-parse's terms (the delimiter aside); test/property/csv-read.test.ts uses the same. */
export const CSV_PARSE_OPTIONS = {
  relax_column_count: true,
  skip_empty_lines: true,
  record_delimiter: ['\r\n', '\n', '\r'],
  max_record_size: 64 * 1024 * 1024,
};

/** Record sink: `emptyBefore` empty lines were skipped just before the record. */
export type FallbackSink = (cells: string[], emptyBefore: number) => void;

export class CsvParseFallback {
  private readonly parser: Parser;
  /** csv-parse counts the empty lines it skipped from the start; the sink is told those since the last record. */
  private emptySeen = 0;

  constructor(delimiter: string, sink: FallbackSink) {
    this.parser = parse({
      delimiter,
      ...CSV_PARSE_OPTIONS,
      on_record: (record: string[], { empty_lines }) => {
        sink(record, empty_lines - this.emptySeen);
        this.emptySeen = empty_lines;
        return null;
      },
    });
    // The stream also emits its error, a tick later: it is taken from `errored` at once, the event needs a listener.
    this.parser.on('error', () => undefined);
  }

  /** Empty lines csv-parse skipped after the last record it handed out: a malformed record starts after them. */
  emptySinceRecord(): number {
    return this.parser.info.empty_lines - this.emptySeen;
  }

  /** Parses the bytes; throws csv-parse's error at a malformed record. */
  write(bytes: Buffer): void {
    this.parser.write(bytes);
    this.check();
  }

  /** The end of the file: the last record, or the error of one left open. */
  end(): void {
    this.parser.end();
    this.check();
  }

  private check(): void {
    if (this.parser.errored) throw this.parser.errored;
  }
}

/** An error of reading as the one-line input error the user sees, at `nextLine` (where the record read next starts). */
export function toInputError(e: unknown, displayPath: string, nextLine: number): Error {
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
