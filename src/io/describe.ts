/**
 * What --verbose adds under a table's one-line summary: where the header was found when it was not the first line,
 * and each column whose field its values decided (or that an ambiguous name left unused), with the reason and
 * sample values. `setara inspect` prints the whole ColumnMapping with the labels here; this is the short form.
 */
import type { Lang, Text } from '../i18n/index.js';
import type { ColumnMapping, Confidence, MatchBasis } from './columns.js';
import type { DetectedEncoding } from './encoding.js';
import type { HeaderHow } from './header.js';
import type { Dialect } from './table.js';

export const HEADER_HOW: Record<HeaderHow, Text> = {
  first: { id: 'baris pertama yang bukan komentar', en: 'the first row that is not a comment' },
  names: { id: 'dari nama kolomnya', en: 'by its column names' },
  width: { id: 'baris lebar pertama', en: 'the first full-width row' },
  option: { id: '--header-row', en: '--header-row' },
};

export const ENCODING_HOW: Record<DetectedEncoding['how'], Text> = {
  bom: { id: 'BOM', en: 'BOM' },
  'nul-pattern': { id: 'pola byte NUL: UTF-16 tanpa BOM', en: 'NUL byte pattern: UTF-16 without a BOM' },
  'valid-utf8': { id: 'UTF-8 yang sah', en: 'valid UTF-8' },
  fallback: { id: 'bukan UTF-8 yang sah: Windows-1252, bawaan Excel', en: "not valid UTF-8: Windows-1252, Excel's default" },
  option: { id: '--encoding', en: '--encoding' },
};

export const BASIS: Record<MatchBasis, Text> = {
  config: { id: 'konfigurasi', en: 'config' },
  name: { id: 'nama baku', en: 'canonical name' },
  alias: { id: 'nama lain', en: 'alias' },
  values: { id: 'nilai', en: 'values' },
};

export const CONFIDENCE: Record<Confidence, Text> = {
  high: { id: 'yakin', en: 'high' },
  medium: { id: 'cukup yakin', en: 'medium' },
  low: { id: 'kurang yakin', en: 'low' },
};

/** A cell's text on one line of a report or a YAML comment: control characters as spaces, cut at `max`. */
export function oneLineText(s: string, max: number): string {
  const t = s.replace(/[\x00-\x1f\x7f\x85\u2028\u2029]/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** How the header row was found, e.g. `baris 5 (dari nama kolomnya; 3 baris di atasnya dilewati)`; `how` as said. */
export function headerNote(line: number, how: string, skipped: number, lang: Lang): string {
  const above = skipped ? `; ${skipped} ${lang === 'id' ? 'baris di atasnya dilewati' : 'rows above it skipped'}` : '';
  return `${lang === 'id' ? 'baris' : 'line'} ${line} (${how}${above})`;
}

/** The notes for one table, each a line without indentation (empty for a tidy file with unambiguous names). */
export function readingNotes(dialect: Dialect, mapping: ColumnMapping, lang: Lang): string[] {
  const out: string[] = [];
  const how = dialect.headerHow;
  if (how !== undefined && (how !== 'first' || dialect.skipped))
    out.push(`${lang === 'id' ? 'baris judul' : 'header'}: ${headerNote(mapping.headerLine, HEADER_HOW[how][lang], dialect.skipped ?? 0, lang)}`);
  for (const c of mapping.columns) {
    if (!c.ambiguous || c.basis === 'config') continue;
    const target = c.field ? `→ ${c.field} (${c.confidence})` : `→ -`;
    const samples = c.samples.length ? `; ${lang === 'id' ? 'contoh' : 'e.g.'} ${c.samples.join(', ')}` : '';
    out.push(`${c.header} ${target}: ${c.reason[lang]}${samples}`);
  }
  return out;
}
