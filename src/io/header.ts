/**
 * Which of the first rows is the header. Exports often start with title rows ("PEMERINTAH KABUPATEN …", "DAFTAR
 * NOMINATIF …"), blank rows or `#` comments: the header is the row that names the most known columns (columns.ts), or,
 * when no row names any, the first row about as wide as the table. `--header-row N` decides instead.
 */
import { InputError } from '../errors.js';
import { isKnownHeader, normaliseHeader } from './columns.js';

/** Rows looked at for the header: a title block is a few rows, never dozens. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderCandidate {
  /** Physical line (CSV) or sheet row (XLSX), 1-based. */
  line: number;
  cells: readonly string[];
}

/** How the header row was found: forced by --header-row, by its known names, by its width, or the first row. */
export type HeaderHow = 'option' | 'names' | 'width' | 'first';

export interface HeaderChoice {
  /** Position in the candidates. */
  at: number;
  how: HeaderHow;
  /** Rows above it with some text (titles, comments): left out, not records. */
  skipped: number;
}

const isComment = (cells: readonly string[]) => (cells[0] ?? '').trimStart().startsWith('#');

function filled(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.trim() !== '') n++;
  return n;
}

/** Known column names among the first NAMES_LOOKED cells (a 100k-column row is not normalised whole). */
function knownNames(cells: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < cells.length && i < NAMES_LOOKED; i++) {
    const c = cells[i]!;
    if (c.length <= 64 && isKnownHeader(normaliseHeader(c))) n++;
  }
  return n;
}

const NAMES_LOOKED = 256;

/**
 * Picks the header among `rows` (blank rows already left out, in file order). With `forced`, the row on that line
 * (an input error when there is none). Otherwise the row that names the most known columns, when it names at least
 * two and they are at least half its filled cells (a data row may hold a word such as `dinas` or `jabatan`, not
 * mostly column names; the earliest of equals); failing that, the first wide row (at least half as many filled cells
 * as the widest: titles are one or two cells). A comment (`#…`) is never the header.
 */
export function chooseHeader(rows: readonly HeaderCandidate[], file: string, forced?: number): HeaderChoice {
  const { at, how } = pick(rows, file, forced);
  let skipped = 0;
  for (let i = 0; i < at; i++) if (filled(rows[i]!.cells) > 0) skipped++;
  return { at, how, skipped };
}

function pick(rows: readonly HeaderCandidate[], file: string, forced?: number): Pick<HeaderChoice, 'at' | 'how'> {
  if (forced !== undefined) {
    const at = rows.findIndex((r) => r.line === forced);
    if (at === -1 || filled(rows[at]!.cells) === 0)
      throw new InputError(
        { id: `--header-row ${forced}: baris itu kosong atau tidak ada di awal berkas`, en: `--header-row ${forced}: that row is empty or not near the start of the file` },
        file, forced,
      );
    return { at, how: 'option' };
  }
  const width = rows.map((r) => (isComment(r.cells) ? 0 : filled(r.cells)));
  const widest = Math.max(0, ...width);
  let best = -1;
  let bestScore = 1;
  for (let i = 0; i < rows.length; i++) {
    if (width[i]! < 2) continue;
    const score = knownNames(rows[i]!.cells);
    if (score > bestScore && score * 2 >= width[i]!) {
      best = i;
      bestScore = score;
    }
  }
  if (best === -1) best = width.findIndex((w) => w > 0 && w >= Math.min(2, widest) && w * 2 >= widest);
  if (best === -1) return { at: 0, how: 'first' };
  if (best === firstRow(rows)) return { at: best, how: 'first' };
  return { at: best, how: bestScore > 1 ? 'names' : 'width' };
}

/** The first row that is not a comment (the header of a tidy file). */
function firstRow(rows: readonly HeaderCandidate[]): number {
  const i = rows.findIndex((r) => !isComment(r.cells));
  return i === -1 ? 0 : i;
}
