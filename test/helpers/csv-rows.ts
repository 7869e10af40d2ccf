/** Between lists of rows and the CsvRows sources the CSV writer reads. */
import type { CsvCell, CsvRows } from '../../src/io/csv-write.js';

/** Every row of `next` as its own array (the source fills one array for all). */
export function rowsOf(next: CsvRows, width: number): CsvCell[][] {
  const rows: CsvCell[][] = [];
  const out: CsvCell[] = new Array(width).fill(null);
  while (next(out)) rows.push([...out]);
  return rows;
}

/** A source that gives `rows` one after another. */
export function fromRows(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): CsvRows {
  let i = 0;
  return (out) => {
    const row = rows[i++];
    if (!row) return false;
    for (let k = 0; k < row.length; k++) out[k] = row[k]!;
    return true;
  };
}
