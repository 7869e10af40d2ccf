import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { openCsv } from './csv.js';
import { cannotRead, type ReadOptions, type Table } from './table.js';

/** Opens a CSV or XLSX table, chosen by the file extension. */
export async function openTable(file: string, cwd: string, opts: ReadOptions = {}): Promise<Table> {
  const path = resolve(cwd, file);
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    throw cannotRead(e, file);
  }
  if (st.isDirectory()) throw new InputError({ id: 'ini folder, bukan berkas', en: 'is a directory, not a file' }, file);
  if (/\.xls[xm]$/i.test(file)) return (await import('./xlsx.js')).openXlsx(path, file, opts); // exceljs loads in ~1 s: only when needed
  if (/\.xls$/i.test(file))
    throw new InputError({ id: 'format .xls lama tidak didukung: simpan sebagai .xlsx atau .csv', en: 'legacy .xls is not supported: save as .xlsx or .csv' }, file);
  return openCsv(path, file, opts);
}
