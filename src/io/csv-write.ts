/**
 * CSV for Excel: UTF-8 BOM, CRLF, and cells that start like a formula escaped with a leading `'` — the output of
 * csv-stringify with `{ bom: true, record_delimiter: 'windows', escape_formulas: true, quote_record_delimiter: true }`,
 * produced row by row so that a million rows never sit in one string (test/property checks the equivalence).
 * A cell is quoted when it holds `"`, `,`, CR or LF; a bare LF or CR is quoted too (csv-stringify's default with a
 * windows record delimiter would leave it bare and break the row).
 */
import type { TextOut } from './write.js';

export type CsvCell = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;
/** csv-stringify escape_formulas: = + - @ TAB CR and their full-width forms. */
function startsLikeFormula(c: number): boolean {
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d || c === 0xff1d || c === 0xff0b || c === 0xff0d || c === 0xff20;
}

export function excelCsvCell(v: CsvCell): string {
  if (v === null) return '';
  let s = typeof v === 'string' ? v : String(v);
  if (s === '') return s;
  if (startsLikeFormula(s.charCodeAt(0))) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Rows to write, one after another: each call sets the next row's cells in `out` (the header's width, one array reused
 * for every row) and returns false when there are no more rows. No array or iterator result per row: a national run
 * writes some four million rows.
 */
export type CsvRows = (out: CsvCell[]) => boolean;

/**
 * The file written into `out`: BOM and header, then one piece per row. A column often repeats the previous row's value
 * (the unit, the OPD, the rule): its escaped text is reused. The last column's text carries the row's CRLF, so a row
 * is one join and nothing more.
 */
export function* excelCsvText(out: TextOut, header: readonly string[], next: CsvRows): Generator<Promise<void>> {
  let full = out.write(`\uFEFF${header.map(excelCsvCell).join(',')}\r\n`);
  if (full) yield full;
  const width = header.length;
  if (width === 0) return;
  const last = width - 1;
  const row: CsvCell[] = new Array(width).fill(null);
  const raw: CsvCell[] = new Array(width).fill(null);
  const cooked: string[] = new Array(width).fill('');
  cooked[last] = '\r\n';
  // One list of cell texts reused for every row and joined once: no chain of partial lines per row.
  const line: string[] = new Array(width).fill('');
  while (next(row)) {
    for (let i = 0; i < width; i++) {
      const v = row[i]!;
      if (v !== raw[i]) {
        raw[i] = v;
        cooked[i] = i === last ? `${excelCsvCell(v)}\r\n` : excelCsvCell(v);
      }
      line[i] = cooked[i]!;
    }
    if ((full = out.write(line.join(',')))) yield full;
  }
}
