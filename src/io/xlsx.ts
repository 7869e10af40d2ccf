import { createReadStream } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { InputError } from '../errors.js';
import { chooseHeader, HEADER_SEARCH_ROWS } from './header.js';
import { bytesFrom, type ReadAhead } from './input-file.js';
import { cannotRead, XLSX_LIMITS, type RawRecord, type ReadOptions, type Table } from './table.js';

type SheetReader = AsyncIterable<ExcelJS.Row> & { name: string };

/**
 * Opens an .xlsx workbook with exceljs' streaming reader and picks the first sheet or `--sheet` (name or 1-based
 * index); the header is found among its first rows (header.ts). Lines are sheet row numbers.
 */
export async function openXlsx(source: { file: string; path: string } | ReadAhead, opts: ReadOptions): Promise<Table> {
  // exceljs' streaming reader can lose the race with its zip stream and reach a worksheet before xl/workbook.xml,
  // which it needs for the sheet names (exceljs issue #3064: "Cannot read properties of undefined (reading 'sheets')",
  // intermittent, more often under load). A file is read again from the start; stdin cannot be.
  for (let attempt = 1; ; attempt++) {
    try {
      return await openXlsxOnce(source, opts);
    } catch (e) {
      if (!(e instanceof WorkbookNotRead) || 'head' in source || attempt === 3) throw toInputError(e instanceof WorkbookNotRead ? e.error : e, source.file);
    }
  }
}

/** exceljs reached a worksheet before the workbook part (see openXlsx). */
class WorkbookNotRead extends Error {
  constructor(readonly error: unknown) {
    super('workbook part not read');
  }
}

const lostWorkbook = (e: unknown) => e instanceof TypeError && /reading 'sheets'/.test(e.message) && /_parseWorksheet/.test(e.stack ?? '');

async function openXlsxOnce(source: { file: string; path: string } | ReadAhead, opts: ReadOptions): Promise<Table> {
  const displayPath = source.file;
  const limits = { ...XLSX_LIMITS, ...opts.limits };
  const bytes = 'head' in source ? Readable.from(bytesFrom(source, 0), { objectMode: false }) : createReadStream(source.path);
  const { input, guard } = watchedInput(bytes, displayPath, limits.inflatedBytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
  const seen: string[] = [];
  let sheet: SheetReader | undefined;
  try {
    let index = 0;
    for await (const ws of guarded(reader as unknown as AsyncIterable<SheetReader>, guard)) {
      index++;
      seen.push(ws.name);
      if (opts.sheet === undefined || opts.sheet === ws.name || opts.sheet === String(index)) {
        sheet = ws;
        break;
      }
      for await (const _row of guarded(ws, guard)) void _row; // drain sheets we skip
    }
  } catch (e) {
    if (!lostWorkbook(e)) throw toInputError(e, displayPath);
    bytes.destroy();
    throw new WorkbookNotRead(e);
  }
  if (!sheet) {
    const which = opts.sheet === undefined ? '' : ` '${opts.sheet}'`;
    throw new InputError(
      { id: `lembar kerja${which} tidak ditemukan (ada: ${seen.join(', ') || '-'})`, en: `worksheet${which} not found (available: ${seen.join(', ') || '-'})` },
      displayPath,
    );
  }
  const rows = readRows(sheet, guard, displayPath, limits.rows)[Symbol.asyncIterator]();
  // The first rows are buffered for the header search; those above the header are not records.
  const head: RawRecord[] = [];
  while (head.length < HEADER_SEARCH_ROWS || head[head.length - 1]!.line < (opts.headerRow ?? 0)) {
    const r = await rows.next();
    if (r.done) break;
    head.push(r.value);
  }
  if (!head.length) throw new InputError({ id: 'lembar kerja kosong: tidak ada baris judul kolom', en: 'worksheet is empty: no header row' }, displayPath);
  const choice = chooseHeader(head, displayPath, opts.headerRow);
  const header = head[choice.at]!;
  const below = head.slice(choice.at + 1);
  const sheetName = sheet.name;
  const width = header.cells.length;
  return {
    file: displayPath,
    dialect: { format: 'xlsx', sheet: sheetName, headerHow: choice.how, skipped: choice.skipped },
    header: header.cells.map((h) => h.trim()),
    headerLine: header.line,
    ...(opts.progress ? { progress: opts.progress } : {}),
    records: {
      [Symbol.asyncIterator]: async function* () {
        let row = 0;
        for (const r of below) yield { ...r, cells: fitWidth(r.cells, width), row: ++row };
        for (let r = await rows.next(); !r.done; r = await rows.next()) yield { ...r.value, cells: fitWidth(r.value.cells, width), row: ++row };
      },
    },
  };
}

/** A promise that also rejects when the workbook's reading has failed meanwhile. */
type Guard = <T>(p: Promise<T>) => Promise<T>;

/**
 * The workbook file as a stream whose failures end the read. exceljs loses an error of its zip reader (a corrupt
 * deflate stream, a bad entry signature) that comes while it waits for a worksheet's entry or temp file to end, and of
 * the file itself: the read then never settled (the CLI exited with code 13 and no message). The zip reader is what
 * exceljs pipes this stream into, so its errors are caught there, and `guard` rejects every read waiting then or later.
 * (A set of waiting reads, not a race against one long-lived promise: that would keep a reaction per row.)
 * The same way, the read fails once the workbook's parts have inflated to more than `maxInflated` bytes: each part
 * the zip reader hands out is counted as it is written into (a zip bomb stops there, not after gigabytes of XML).
 */
function watchedInput(input: Readable, displayPath: string, maxInflated: number): { input: Readable; guard: Guard } {
  let failure: { error: unknown } | undefined;
  const waiting = new Set<(e: unknown) => void>();
  const onError = (error: unknown) => {
    if (failure) return;
    failure = { error };
    input.destroy();
    for (const reject of waiting) reject(error);
    waiting.clear();
  };
  input.on('error', onError);
  const pipe = input.pipe.bind(input);
  let inflated = 0;
  const count = (n: number) => {
    inflated += n;
    if (inflated > maxInflated) onError(new InputError(inflatedTooLarge(maxInflated), displayPath));
  };
  input.pipe = ((dest: NodeJS.WritableStream & Readable, options?: { end?: boolean }) => {
    dest.on('error', onError);
    const push = dest.push.bind(dest);
    dest.push = (part: unknown) => {
      if (part instanceof Writable) {
        const write = part.write.bind(part) as (chunk: Buffer, ...rest: unknown[]) => boolean;
        part.write = ((chunk: Buffer, ...rest: unknown[]) => {
          count(chunk.length);
          return write(chunk, ...rest);
        }) as typeof part.write;
      }
      return push(part);
    };
    return pipe(dest, options);
  }) as typeof input.pipe;
  const guard: Guard = (p) => {
    if (failure) return Promise.reject(failure.error);
    return new Promise((resolve, reject) => {
      waiting.add(reject);
      p.then((v) => {
        waiting.delete(reject);
        resolve(v);
      }, (e: unknown) => {
        waiting.delete(reject);
        reject(e);
      });
    });
  };
  return { input, guard };
}

/** The items of `items`, each read guarded; leaving the loop early still closes `items`. */
async function* guarded<T>(items: AsyncIterable<T>, guard: Guard): AsyncGenerator<T> {
  const it = items[Symbol.asyncIterator]();
  let open = true;
  try {
    for (;;) {
      let r: IteratorResult<T>;
      try {
        r = await guard(it.next());
      } catch (e) {
        open = false; // a read may still hang inside exceljs: asking it to return would wait for that read
        throw e;
      }
      if (r.done) {
        open = false;
        return;
      }
      yield r.value;
    }
  } finally {
    if (open) await it.return?.();
  }
}

async function* readRows(sheet: SheetReader, guard: Guard, displayPath: string, maxRows: number): AsyncGenerator<RawRecord> {
  let read = 0;
  try {
    for await (const row of guarded(sheet, guard)) {
      if (++read > maxRows)
        throw new InputError({
          id: `lembar kerja lebih dari ${maxRows} baris (batas limits.xlsx_rows di setara.config.yaml)`,
          en: `worksheet has more than ${maxRows} rows (limit limits.xlsx_rows in setara.config.yaml)`,
        }, displayPath, row.number);
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let c = 1; c < values.length; c++) {
        const v = values[c];
        if (isFormulaWithoutValue(v)) {
          throw new InputError({
            id: `kolom ${c} berisi rumus tanpa nilai hasil hitungan; buka dan simpan berkas di Excel, atau ekspor ke CSV`,
            en: `column ${c} holds a formula with no computed value; open and save the file in Excel, or export it to CSV`,
          }, displayPath, row.number);
        }
        cells.push(cellText(v));
      }
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

/**
 * A formula cell saved without its result (a workbook written by a program that does not calculate): its text would be
 * `[object Object]`, which passes as an id or a name. Excel and LibreOffice store the result with the formula.
 */
function isFormulaWithoutValue(v: unknown): boolean {
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v) && (v as { result?: unknown }).result === undefined;
}

/**
 * Renders any exceljs cell value as the text a person sees. A number is its exact digits when it is exact (an integer
 * up to 2^53, or any fraction); a larger integer is not exact (an 18-digit NIP typed into Excel keeps 15 significant
 * digits, `197601102002032001` is stored as 1.97601102002032E+17) and is written so, as Excel writes it: the row
 * layer refuses it where an id or a NIP is expected, and elsewhere no rounded digits pass for real ones.
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) && !Number.isSafeInteger(v) ? scientific(v) : String(v);
  if (typeof v === 'boolean') return String(v);
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

/** 1.97601102002032E+17: 15 significant digits (what a spreadsheet keeps), trailing zeros dropped. */
function scientific(v: number): string {
  const [mantissa, exponent] = v.toPrecision(15).split('e');
  return `${mantissa!.replace(/\.?0+$/, '')}E${exponent}`;
}

function inflatedTooLarge(max: number): { id: string; en: string } {
  const mb = Math.round(max / (1024 * 1024));
  return {
    id: `isi .xlsx yang diurai melebihi ${mb} MB (bom zip?; batas limits.xlsx_inflated_mb di setara.config.yaml)`,
    en: `the .xlsx inflates to more than ${mb} MB (a zip bomb?; limit limits.xlsx_inflated_mb in setara.config.yaml)`,
  };
}

function toInputError(e: unknown, displayPath: string): Error {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  // zlib's codes (Z_DATA_ERROR: a corrupt entry) say the workbook is broken, not that the file cannot be read.
  if (code && !code.startsWith('Z_')) return cannotRead(e, displayPath);
  const msg = (e as Error)?.message ?? String(e);
  return new InputError({ id: `bukan berkas .xlsx yang sah (${msg})`, en: `not a valid .xlsx file (${msg})` }, displayPath);
}
