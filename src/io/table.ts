/** A table read from CSV or XLSX: its dialect, its header and a stream of records with their physical lines. */

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
}

export interface Table {
  /** The path as the user gave it (used in findings). */
  file: string;
  dialect: Dialect;
  header: string[];
  headerLine: number;
  records: AsyncIterable<RawRecord>;
}

export interface ReadOptions {
  delimiter?: string;
  encoding?: string;
  sheet?: string;
}

import { InputError } from '../errors.js';

export function cannotRead(e: unknown, file: string): InputError {
  const code = (e as NodeJS.ErrnoException)?.code ?? 'error';
  return new InputError({ id: `berkas tidak dapat dibaca (${code})`, en: `cannot read file (${code})` }, file);
}
