/**
 * The records of a CSV written by migrate, through the project's fast CSV reader (io/csv/batches.ts: batches of cell
 * arrays, csv-parse only from a record the fast path does not take): a whole file, whose header names the columns, or
 * a run of its records cut out at their byte offsets (opd-source.ts), read with the header of the whole file.
 */
import { InputError } from '../errors.js';
import { parseBatches } from '../io/csv/batches.js';
import type { ReadAhead } from '../io/input-file.js';
import type { CsvHeaders } from '../migrate/csv-table.js';

/**
 * A record's cell by column name ('' when the cell is absent), unescaped. H: the headers of the file's table
 * (migrate/output-columns.ts), so that a name the file does not have is a type error, not an empty cell.
 */
export type Cell<H extends string = string> = (column: H) => string;

/** Column name → index, from a file's header. */
export type Columns = ReadonlyMap<string, number>;

/** csv-stringify's escape_formulas puts a `'` before cells that start like a formula: take it off again. */
const unescapeFormula = (v: string) => (v.charCodeAt(0) === 39 && /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(v) ? v.slice(1) : v);

/** One cell accessor over the record being visited (`set` moves it on): no closure per record. */
function cellReader(at: Columns): { cell: Cell; set: (cells: string[]) => void } {
  let cells: string[] = [];
  const cell: Cell = (column) => {
    const i = at.get(column);
    const v = i === undefined ? undefined : cells[i];
    return v ? unescapeFormula(v) : '';
  };
  return { cell, set: (c) => (cells = c) };
}

/**
 * Visits every record of the file after its header with the record's physical line; returns the header's columns.
 * The file must have every column of `table` (the columns migrate writes now): a file from an older version (or edited
 * by hand) is refused, not shown half empty.
 */
export async function eachRecord<H extends string>(
  path: string, display: string, table: CsvHeaders<H>, visit: (cell: Cell<H>, line: number) => void,
): Promise<Columns> {
  let at: Map<string, number> | undefined;
  let reader: ReturnType<typeof cellReader> | undefined;
  try {
    for await (const batch of parseBatches(path, display, 'utf-8', 0, ',')) {
      for (let k = 0; k < batch.length; k++) {
        const record = batch[k]!;
        if (reader) {
          reader.set(record.cells);
          visit(reader.cell, record.line);
          continue;
        }
        // The header: migrate writes a BOM, read here as part of the first name.
        at = new Map(record.cells.map((h, i) => [i === 0 ? h.replace(/^\uFEFF/, '') : h, i]));
        const missing = table.headers.filter((c) => !at!.has(c));
        if (missing.length)
          throw new InputError(
            { id: `kolom ${missing.join(', ')} tidak ada; jalankan ulang setara migrate`, en: `no column ${missing.join(', ')}; run setara migrate again` },
            display,
          );
        reader = cellReader(at);
      }
    }
  } catch (e) {
    if (!(e instanceof InputError) || e.file !== display || e.line === undefined) throw e;
    throw new InputError({ id: `CSV tidak dapat dibaca (${e.text.id})`, en: `cannot read CSV (${e.text.en})` }, display, e.line);
  }
  return at ?? new Map();
}

const ENDED: AsyncIterator<Buffer> = { next: () => Promise.resolve({ done: true, value: undefined }) };

/**
 * Visits the records of `bytes`: whole records of a file `eachRecord` read without error, cut out at their byte
 * offsets, so they parse as they did there. Returns how many there were.
 */
export async function eachRecordOf<H extends string>(bytes: Buffer, display: string, at: Columns, visit: (cell: Cell<H>) => void): Promise<number> {
  const input: ReadAhead = { file: display, head: bytes, ended: true, rest: ENDED };
  const reader = cellReader(at);
  let n = 0;
  for await (const batch of parseBatches(input, display, 'utf-8', 0, ',')) {
    for (let k = 0; k < batch.length; k++) {
      reader.set(batch[k]!.cells);
      visit(reader.cell);
      n++;
    }
  }
  return n;
}
