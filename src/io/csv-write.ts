/**
 * CSV for Excel: UTF-8 BOM, CRLF, and cells that start like a formula escaped with a leading `'` — the output of
 * csv-stringify with `{ bom: true, record_delimiter: 'windows', escape_formulas: true, quote_record_delimiter: true }`,
 * produced row by row so that a million rows never sit in one string (test/property checks the equivalence).
 * A cell is quoted when it holds `"`, `,`, CR or LF; a bare LF or CR is quoted too (csv-stringify's default with a
 * windows record delimiter would leave it bare and break the row).
 */

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
 * The file as pieces: BOM and header, then one piece per row. A column often repeats the previous row's value (the
 * unit, the OPD, the rule): its escaped text is reused.
 */
export function* excelCsvChunks(header: readonly string[], rows: Iterable<ReadonlyArray<CsvCell>>): Generator<string> {
  yield `\uFEFF${header.map(excelCsvCell).join(',')}\r\n`;
  const raw: CsvCell[] = new Array(header.length).fill(null);
  const cooked: string[] = new Array(header.length).fill('');
  // One list of cell texts reused for every row and joined once: no chain of partial lines per row.
  const line: string[] = [];
  for (const row of rows) {
    line.length = row.length;
    for (let i = 0; i < row.length; i++) {
      const v = row[i]!;
      if (v !== raw[i]) {
        raw[i] = v;
        cooked[i] = excelCsvCell(v);
      }
      line[i] = cooked[i]!;
    }
    yield `${line.join(',')}\r\n`;
  }
}

export function toExcelCsv(header: readonly string[], rows: Iterable<ReadonlyArray<CsvCell>>): string {
  return [...excelCsvChunks(header, rows)].join('');
}
