/**
 * What setara reads from one table, for `setara inspect`: which table it is (given, or guessed from its columns), each
 * column's field (by name, then by the first records' values, as the readers decide it), and a full count of its
 * records and of the filled cells per column. Nothing is checked: a table without a required column is shown, not
 * refused.
 */
import { InputError } from '../errors.js';
import { EVIDENCE_RECORDS, inferMapping, type TitleTest } from './column-evidence.js';
import { missingRequired, placeColumns, type ColumnMapping, type TableKind } from './columns.js';
import type { RawRecord, Table } from './table.js';

/** How well one kind of table fits the header: the columns it maps by name or config, the required ones it lacks. */
export interface TableFit {
  kind: TableKind;
  mapped: number;
  missing: string[];
}

export interface Inspection {
  table: Table;
  kind: TableKind;
  /** `option`: --table; `columns`: guessed from the header. */
  kindHow: 'option' | 'columns';
  /** Every kind tried when guessing, best first (only the given kind with --table). */
  fits: TableFit[];
  mapping: ColumnMapping;
  /** Required fields without a column. */
  missing: string[];
  /** Records after the header. */
  rows: number;
  /** Per header cell, the records where it is not blank (null past FILLED_COLUMNS). */
  filled: Array<number | null>;
}

/** Kinds tried when guessing, in the order that breaks a tie. */
const GUESS_ORDER: readonly TableKind[] = ['posts', 'people', 'teams', 'decisions'];
/** Columns whose filled cells are counted (a 100k-column header gets counts for its first columns only). */
const FILLED_COLUMNS = 512;

/** Reads `table` once. `columns`: the config's explicit mappings per kind; `isTitle`: as the readers find a title column by its values. */
export async function inspectTable(
  table: Table, kind: TableKind | undefined, columns: Partial<Record<TableKind, Record<string, string>>> = {}, isTitle?: TitleTest,
): Promise<Inspection> {
  const place = (k: TableKind) => placeColumns(k, table.header, table.file, table.headerLine, columns[k]);
  // With --table the kind's own errors (a duplicate header, a config column not in the file) end the run.
  const ranked = kind ? [place(kind)] : guess(place);
  const byName = ranked[0]!;
  const width = Math.min(table.header.length, FILLED_COLUMNS);
  const filled = new Array<number>(width).fill(0);
  const sample: string[][] = [];
  let rows = 0;
  const progress = table.progress;
  const count = (rec: RawRecord) => {
    // A power of two: one mask test per record; the reporter throttles what it shows.
    if ((++rows & 0x3fff) === 0 && progress) progress(table.file, rows, false);
    const cells = rec.cells;
    for (let i = 0; i < width; i++) if (cells[i] !== undefined && cells[i]!.trim() !== '') filled[i]!++;
    if (sample.length < EVIDENCE_RECORDS) sample.push(cells);
  };
  if (table.batches) for await (const batch of table.batches) for (const rec of batch) count(rec);
  else for await (const rec of table.records) count(rec);
  progress?.(table.file, rows, true);
  const mapping = inferMapping(byName, sample, isTitle);
  return {
    table, kind: mapping.kind, kindHow: kind ? 'option' : 'columns', fits: ranked.map(fitOf), mapping,
    missing: missingRequired(mapping).map((s) => s.name), rows,
    filled: table.header.map((_, i) => (i < width ? filled[i]! : null)),
  };
}

function fitOf(m: ColumnMapping): TableFit {
  return { kind: m.kind, mapped: m.index.size, missing: missingRequired(m).map((s) => s.name) };
}

/**
 * The kind whose required columns are all there and that maps the most columns (a people table's `JABATAN_ID` and
 * `NAMA` also make a posts table of two columns; its six people columns win). A kind whose config mapping names a
 * column the file lacks does not fit; when none can be placed, the first error (posts' when it has one) is the answer.
 * Best first.
 */
function guess(place: (k: TableKind) => ColumnMapping): ColumnMapping[] {
  const placed: ColumnMapping[] = [];
  let firstError: unknown;
  for (const k of GUESS_ORDER) {
    try {
      placed.push(place(k));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      firstError ??= e;
    }
  }
  if (!placed.length) throw firstError;
  const complete = (m: ColumnMapping) => (missingRequired(m).length === 0 ? 1 : 0);
  return placed.sort((a, b) => complete(b) - complete(a) || b.index.size - a.index.size || GUESS_ORDER.indexOf(a.kind) - GUESS_ORDER.indexOf(b.kind));
}
