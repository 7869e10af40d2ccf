import ExcelJS from 'exceljs';
import { InputError } from '../errors.js';
import { cannotRead, type RawRecord, type ReadOptions, type Table } from './table.js';

type SheetReader = AsyncIterable<ExcelJS.Row> & { name: string };

/** Opens an .xlsx workbook with exceljs' streaming reader and picks the first sheet or `--sheet` (name or 1-based index). */
export async function openXlsx(path: string, displayPath: string, opts: ReadOptions): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
  const seen: string[] = [];
  let sheet: SheetReader | undefined;
  try {
    let index = 0;
    for await (const ws of reader as unknown as AsyncIterable<SheetReader>) {
      index++;
      seen.push(ws.name);
      if (opts.sheet === undefined || opts.sheet === ws.name || opts.sheet === String(index)) {
        sheet = ws;
        break;
      }
      for await (const _row of ws) void _row; // drain sheets we skip
    }
  } catch (e) {
    throw toInputError(e, displayPath);
  }
  if (!sheet) {
    const which = opts.sheet === undefined ? '' : ` '${opts.sheet}'`;
    throw new InputError(
      { id: `lembar kerja${which} tidak ditemukan (ada: ${seen.join(', ') || '-'})`, en: `worksheet${which} not found (available: ${seen.join(', ') || '-'})` },
      displayPath,
    );
  }
  const rows = readRows(sheet, displayPath)[Symbol.asyncIterator]();
  const first = await rows.next();
  if (first.done) throw new InputError({ id: 'lembar kerja kosong: tidak ada baris judul kolom', en: 'worksheet is empty: no header row' }, displayPath);
  const sheetName = sheet.name;
  const width = first.value.cells.length;
  return {
    file: displayPath,
    dialect: { format: 'xlsx', sheet: sheetName },
    header: first.value.cells.map((h) => h.trim()),
    headerLine: first.value.line,
    ...(opts.progress ? { progress: opts.progress } : {}),
    records: {
      [Symbol.asyncIterator]: async function* () {
        let row = 0;
        for (let r = await rows.next(); !r.done; r = await rows.next()) yield { ...r.value, cells: fitWidth(r.value.cells, width), row: ++row };
      },
    },
  };
}

async function* readRows(sheet: SheetReader, displayPath: string): AsyncGenerator<RawRecord> {
  try {
    for await (const row of sheet) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
      if (cells.every((v) => v.trim() === '')) continue;
      yield { line: row.number, row: 0, cells };
    }
  } catch (e) {
    throw toInputError(e, displayPath);
  }
}

/** A sheet row stops at its last non-empty cell: pad it to the header, and drop empty cells past it (a real extra value stays, and is reported as ragged). */
function fitWidth(cells: string[], width: number): string[] {
  let end = cells.length;
  while (end > width && cells[end - 1]!.trim() === '') end--;
  const out = cells.slice(0, end);
  while (out.length < width) out.push('');
  return out;
}

/** Renders any exceljs cell value as the text a person sees. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((t) => t.text).join('');
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

function toInputError(e: unknown, displayPath: string): Error {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code) return cannotRead(e, displayPath);
  const msg = (e as Error)?.message ?? String(e);
  return new InputError({ id: `bukan berkas .xlsx yang sah (${msg})`, en: `not a valid .xlsx file (${msg})` }, displayPath);
}
