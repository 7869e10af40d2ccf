/** A table read from CSV or XLSX: its dialect, its header and a stream of records with their physical lines. */
import { ConfigError, InputError } from '../errors.js';
import type { HeaderHow } from './header.js';

export interface RawRecord {
  /** Physical line (1-based) where the record starts; for XLSX, the sheet row number. */
  line: number;
  /** Record number, 1-based, header excluded. */
  row: number;
  cells: string[];
}

export interface Dialect {
  format: 'csv' | 'xlsx';
  encoding?: string;
  encodingHow?: string;
  delimiter?: string;
  delimiterHow?: 'option' | 'sniffed';
  sheet?: string;
  /** How the header row was found (header.ts). */
  headerHow?: HeaderHow;
  /** Non-blank rows above the header that were left out (titles, `#` comments): not records. */
  skipped?: number;
}

export interface Table {
  /** The path as the user gave it (used in findings). */
  file: string;
  dialect: Dialect;
  header: string[];
  headerLine: number;
  /** The records one by one; a table is read once, through `records` or `batches`. */
  records: AsyncIterable<RawRecord>;
  /** The same records in batches (one per chunk read), when the reader has them: cheaper for large files. */
  batches?: AsyncIterable<RawRecord[]>;
  /** Told how many records were read, now and then, and once at the end (`done`). */
  progress?: ProgressFn;
}

export type ProgressFn = (file: string, rows: number, done: boolean) => void;

export interface ReadOptions {
  delimiter?: string;
  encoding?: string;
  sheet?: string;
  /** The header's physical line (CSV) or sheet row (XLSX), 1-based: forces it instead of the header search. */
  headerRow?: number;
  /** Progress of long reads (see src/io/progress.ts); absent = silent. */
  progress?: ProgressFn;
  /** Limits of XLSX reading (defaults: XLSX_LIMITS). */
  limits?: Partial<XlsxLimits>;
}

/** Bounds on what an XLSX may unpack to: a small zip can inflate to gigabytes of sheet XML (a zip bomb). */
export interface XlsxLimits {
  /** Rows read from the sheet. */
  rows: number;
  /** Bytes of all the workbook's parts once inflated. */
  inflatedBytes: number;
}

/**
 * A sheet holds at most 1,048,576 rows (Excel's own limit), which a national posts table nearly fills; its parts then
 * inflate to some 400 MB (390 bytes a row measured on generated posts, shared strings included). 1 GiB leaves room for
 * exports that write strings inline, and stops a bomb (27 MB inflating to 3.6 GB) before the first third of it.
 */
export const XLSX_LIMITS: XlsxLimits = { rows: 1_048_576, inflatedBytes: 1024 ** 3 };


/** Input errors are InputError; a rule or config file's are ConfigError. Both end the run with exit 2. */
export type ErrorClass = typeof InputError | typeof ConfigError;

export function cannotRead(e: unknown, file: string, Err: ErrorClass = InputError): InputError | ConfigError {
  const code = (e as NodeJS.ErrnoException)?.code ?? 'error';
  return new Err({ id: `berkas tidak dapat dibaca (${code})`, en: `cannot read file (${code})` }, file);
}
