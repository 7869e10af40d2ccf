/** Reads the jenjang out of a JF post title such as `Perencana Ahli Muda` or `ARSIPARIS TERAMPIL`. */
import type { Jenjang } from './types.js';

const PATTERNS: Array<[RegExp, Jenjang]> = [
  [/\bahli\s+pertama\b/i, 'ahli_pertama'],
  [/\bahli\s+muda\b/i, 'ahli_muda'],
  [/\bahli\s+madya\b/i, 'ahli_madya'],
  [/\bahli\s+utama\b/i, 'ahli_utama'],
  [/\bpemula\b/i, 'pemula'],
  [/\bterampil\b/i, 'terampil'],
  [/\bmahir\b/i, 'mahir'],
  [/\bpenyelia\b/i, 'penyelia'],
];

export function jenjangFromTitle(title: string): Jenjang | null {
  for (const [re, j] of PATTERNS) if (re.test(title)) return j;
  return null;
}

/** The title without its jenjang words: `Perencana Ahli Muda` → `Perencana`. */
export function stripJenjang(title: string): string {
  let t = title;
  for (const [re] of PATTERNS) t = t.replace(re, ' ');
  return t.replace(/\s+/g, ' ').trim();
}
