/** CSV for Excel: UTF-8 BOM, CRLF, and cells that start like a formula escaped (csv-stringify escape_formulas). */
import { stringify } from 'csv-stringify/sync';

export function toExcelCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return stringify([header as string[], ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))))], {
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}
