/** `--delimiter`: its names, and what is said when it disagrees with the delimiter the file appears to use. */
import { InputError, UsageError } from '../../errors.js';
import { chooseHeader } from '../header.js';
import { sampleRecords } from './sample-records.js';

/** A Map, not an object literal: `--delimiter constructor` must not find Object (whose length is 1). */
const NAMED_DELIMITERS: ReadonlyMap<string, string> = new Map([['comma', ','], ['semicolon', ';'], ['tab', '\t'], ['\\t', '\t'], ['pipe', '|']]);

export function delimiterFromOption(raw: string): string {
  const d = NAMED_DELIMITERS.get(raw.toLowerCase()) ?? raw;
  if (d.length !== 1 || d === '"' || d === '\n' || d === '\r') throw new UsageError({ id: `--delimiter: pemisah '${raw}' tidak sah`, en: `--delimiter: invalid delimiter '${raw}'` });
  return d;
}

const shown = (d: string) => (d === '\t' ? 'tab' : d);

/**
 * A --delimiter that leaves in one cell the header the sniffed delimiter finds and splits: refused on that line, naming
 * the delimiter the file appears to use (else every row is one cell, or csv-parse fails far below on a quote).
 */
export function refuseUnsplitHeader(text: string, delimiter: string, sniffed: string, whole: boolean, forced: number | undefined, file: string): void {
  const rows = sampleRecords(text, sniffed, whole, forced ?? 0);
  const at = rows.length ? chooseHeader(rows, file, forced).at : -1;
  const header = rows[at];
  if (!header || header.cells.length < 2) return;
  const mine = sampleRecords(text.slice(header.offset), delimiter, whole, 0, 1)[0];
  if (mine && mine.cells.length > 1) return;
  const [d, s, k] = [shown(delimiter), shown(sniffed), header.cells.length];
  throw new InputError(
    {
      id: `--delimiter '${d}': baris judul tidak terbagi menjadi kolom; berkas tampaknya memakai '${s}' (${k} kolom) — hapus --delimiter atau pakai --delimiter '${s}'`,
      en: `--delimiter '${d}': the header row does not split into columns; the file appears to use '${s}' (${k} columns) — drop --delimiter or use --delimiter '${s}'`,
    },
    file, header.line,
  );
}

/** A parse error, with the hint that the file appears to use the sniffed delimiter instead of --delimiter's. */
export function delimiterHint(e: InputError, delimiter: string, sniffed: string): InputError {
  const [d, s] = [shown(delimiter), shown(sniffed)];
  return new InputError(
    {
      id: `${e.text.id} (berkas tampaknya memakai '${s}', bukan --delimiter '${d}')`,
      en: `${e.text.en} (the file appears to use '${s}', not --delimiter '${d}')`,
    },
    e.file, e.line,
  );
}
