/**
 * A CSV file migrate writes, as one table of columns: each column's header beside the cell it writes, so that a header
 * and its value are never matched by counting. The report reads the file by the same table (its headers are the
 * columns it requires, and the only names its cell accessor takes).
 */
import type { CsvCell, CsvRows } from '../io/csv-write.js';

/** One column: its header text, and its cell from the row view. */
export interface Column<V, H extends string> {
  readonly header: H;
  readonly value: (row: V) => CsvCell;
}

/** What a reader of the file needs: its name and its headers, in order. */
export interface CsvHeaders<H extends string, F extends string = string> {
  readonly file: F;
  readonly headers: readonly H[];
}

/** The header names of a table. */
export type HeaderOf<T extends CsvHeaders<string>> = T['headers'][number];

/**
 * A row view moved from row to row: one object per file, not one per row (a national run writes some four million
 * rows). `next` moves it to the next row and returns false when there is none.
 */
export interface RowCursor {
  next(): boolean;
}

export class CsvTable<V extends RowCursor, H extends string, F extends string> implements CsvHeaders<H, F> {
  readonly headers: readonly H[];
  private readonly values: ReadonlyArray<(row: V) => CsvCell>;

  constructor(readonly file: F, columns: ReadonlyArray<Column<V, H>>) {
    this.headers = columns.map((c) => c.header);
    this.values = columns.map((c) => c.value);
  }

  /** The rows of `view`, each cell from its column. */
  rows(view: V): CsvRows {
    const { values } = this;
    return (out) => {
      if (!view.next()) return false;
      for (let k = 0; k < values.length; k++) out[k] = values[k]!(view);
      return true;
    };
  }
}

/** A table of row view V: the headers' and the file name's literal types are inferred (`csvTable<V>()(file, columns)`). */
export const csvTable =
  <V extends RowCursor>() =>
  <H extends string, F extends string>(file: F, columns: ReadonlyArray<Column<V, H>>): CsvTable<V, H, F> =>
    new CsvTable(file, columns);
