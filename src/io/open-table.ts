import { InputError } from '../errors.js';
import { openCsv, SAMPLE_BYTES } from './csv.js';
import { readAhead, tableSource } from './input-file.js';
import type { ReadOptions, Table } from './table.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const LEGACY_XLS = { id: 'format .xls lama tidak didukung: simpan sebagai .xlsx atau .csv', en: 'legacy .xls is not supported: save as .xlsx or .csv' };

/**
 * Opens a CSV or XLSX table: a file by its extension; a stream (`-`, a pipe) by its first bytes, read once and handed
 * on with the rest. A `small` table (the decisions file) must be a regular file of at most 10 MB.
 */
export async function openTable(file: string, cwd: string, opts: ReadOptions = {}, small = false): Promise<Table> {
  const source = tableSource(file, cwd, small);
  if (source.stream) {
    const ahead = await readAhead(source.stream, file, SAMPLE_BYTES);
    if (startsWith(ahead.head, ZIP_MAGIC)) return (await import('./xlsx.js')).openXlsx(ahead, opts);
    if (startsWith(ahead.head, OLE_MAGIC)) throw new InputError(LEGACY_XLS, file);
    return openCsv(ahead, opts);
  }
  if (/\.xls[xm]$/i.test(file)) return (await import('./xlsx.js')).openXlsx(source, opts); // exceljs loads in ~1 s: only when needed
  if (/\.xls$/i.test(file)) throw new InputError(LEGACY_XLS, file);
  return openCsv(source, opts);
}

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((x, i) => b[i] === x);
}
