/**
 * Whether a cell reads as a post title, for finding a posts table's title column by its values when no header names it
 * (io/column-evidence.ts): a kind read from it ("Kepala Seksi …", "Sekretaris", a JF or pelaksana name), a unit it
 * heads ("Lurah Sukamaju"), or a head word before any name ("Kepala BPS", "Kepala Balai Benih").
 */
import { inferKindFromTitle } from './kind.js';
import { unitFromTitle } from './unit-title.js';

/** "Kepala X" or "Ka. X", acting prefixes allowed: a post heading something, whatever X names. */
export const HEAD_WORD_RE = /^(?:pl[th]\.?\s+)?(?:kepala|ka\.)\s+\S/i;

export function readsAsTitle(value: string): boolean {
  return HEAD_WORD_RE.test(value) || unitFromTitle(value) !== null || inferKindFromTitle(value) !== null;
}
