/**
 * The pieces every part of the Perbup draft is written with: the region's words, runs for unknown values and for
 * unconfirmed text, numbers in words ("16 (enam belas)") and lists punctuated as UU 12/2011 Lampiran II asks.
 */
import type { Line, List, Run } from './legal-doc.js';
import { placeRun, regionRun, regionWords, type Region, type RegionWords } from './region.js';

/** What each part of the draft needs to know about the region and the instrument. */
export interface PerbupContext {
  region: Region;
  w: RegionWords;
  /** "Peraturan Bupati", "Peraturan Wali Kota", "Peraturan Gubernur". */
  reg: string;
  /** "Kabupaten Bangka Barat", and in capitals; the name's placeholder when the region file has none. */
  name: Run;
  NAME: Run;
  /** The name without its type: "Bangka Barat", and in capitals ("BANGKA BARAT"). */
  place: Run;
  PLACE: Run;
  /** The regulation's name: "Sistem Kerja di Lingkungan Pemerintah Kabupaten Bangka Barat", and in capitals. */
  title: Line;
  TITLE: Line;
}

export function perbupContext(region: Region): PerbupContext {
  const w = regionWords(region);
  const name = region.name.trim();
  const nameRun = regionRun(region, 'name');
  // regionWords upper-cases the bare name; the body needs it as the region file writes it.
  const place = name ? name.slice(name.length - w.PLACE.length) : nameRun;
  const NAME = regionRun(region, 'name', { upper: true });
  return {
    region, w, reg: w.regulation,
    name: name || nameRun, NAME, place, PLACE: placeRun(region),
    title: ['Sistem Kerja di Lingkungan Pemerintah ', name || nameRun],
    TITLE: ['SISTEM KERJA DI LINGKUNGAN PEMERINTAH ', NAME],
  };
}

/** A value the region file may leave out that is no slot of its own (a part of a citation): else a placeholder. */
export function value(v: string | undefined, key: string, hint: string): Run {
  return v === undefined || v.trim() === '' ? { placeholder: key, hint } : v;
}

/** Text resting on a basis the drafter must check. */
export function unconfirmed(text: string, why: string): Run {
  return { text, unconfirmed: why };
}

/** "NOMOR … TAHUN …" of the draft itself (judul and every lampiran heading). */
export function numberLine(ctx: PerbupContext): Line {
  return ['NOMOR ', regionRun(ctx.region, 'perbup.number'), ' TAHUN ', regionRun(ctx.region, 'perbup.year')];
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** A whole number in Indonesian words: 16 → "enam belas", 100 → "seratus", 1000 → "seribu". */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a whole number: ${n}`);
  const join = (head: string, rest: number) => (rest === 0 ? head : `${head} ${numberWords(rest)}`);
  if (n < 12) return UNITS[n]!;
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) return join(`${UNITS[Math.floor(n / 10)]} puluh`, n % 10);
  if (n < 200) return join('seratus', n - 100);
  if (n < 1000) return join(`${UNITS[Math.floor(n / 100)]} ratus`, n % 100);
  if (n < 2000) return join('seribu', n - 1000);
  if (n < 1_000_000) return join(`${numberWords(Math.floor(n / 1000))} ribu`, n % 1000);
  return join(`${numberWords(Math.floor(n / 1_000_000))} juta`, n % 1_000_000);
}

/** A number as a regulation writes it: "16 (enam belas)". */
export function counted(n: number): string {
  return `${n} (${numberWords(n)})`;
}

// ---------------------------------------------------------------------------------------------------------------
// Lists

const STYLES: ReadonlyArray<List['style']> = ['alpha', 'num', 'alpha-paren', 'num-paren'];

/**
 * A list punctuated per Lampiran II: every item ends with ";", the second-to-last with "; dan" (or the given
 * conjunction), the last with `end`. `level` is the list's depth in its pasal (0: a., 1: 1., 2: a), 3: 1)).
 */
export function list(level: number, items: readonly Line[], conj: 'dan' | 'atau' | 'dan/atau' | null, end: string): List {
  const style = STYLES[level];
  if (style === undefined) throw new RangeError(`list level ${level}: Lampiran II allows 4 levels`);
  return {
    style,
    items: items.map((text, i) => ({ text: withEnd(text, i === items.length - 1 ? end : i === items.length - 2 && conj ? `; ${conj}` : ';') })),
  };
}

/** A list whose items all end with ";" (Menimbang, Mengingat). */
export function plainList(style: List['style'], items: readonly Line[]): List {
  return { style, items: items.map((text) => ({ text: withEnd(text, ';') })) };
}

/** The line with `tail` after it, replacing a full stop, colon or semicolon already there. */
function withEnd(line: Line, tail: string): Line {
  const last = line[line.length - 1];
  if (typeof last === 'string') return [...line.slice(0, -1), last.replace(/[.;:]$/, '') + tail];
  return [...line, tail];
}
