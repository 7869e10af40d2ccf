/**
 * The unit a post heads, read from its title as an analyst reads it when an export has no unit column:
 * "Kepala Seksi X" heads Seksi X, "Sekretaris" heads the Sekretariat, "Lurah X" Kelurahan X, "Camat X" Kecamatan X,
 * "Direktur RSUD X" RSUD X, "Inspektur" the Inspektorat, "Kepala UPTD X" UPTD X, and the usual abbreviations
 * (Kasubbag, Kasi, Kabid, Kabag, Kadis, Kaban, Sekcam). The type then follows from the unit's name
 * ({@link inferUnitType}). A title that names no unit (a pelaksana or JF title, "Staf Ahli …") gives null.
 */
import type { UnitType } from '../types.js';
import { inferUnitType } from './unit-type.js';

export interface TitleUnit {
  name: string;
  type: UnitType | null;
}

/** The title's head word(s) → the unit's leading word(s), first match wins; `$1` is the rest of the title. */
const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:kepala|ka\.?)\s+pelaksana(?:\s+harian)?\s+(.+)$/i, '$1'],
  [/^sekretaris\s+daerah\b(.*)$/i, 'Sekretariat Daerah$1'],
  [/^sekretaris\s+(?:dprd|dewan\s+perwakilan\s+rakyat\s+daerah)\b(.*)$/i, 'Sekretariat DPRD$1'],
  [/^(?:sekretaris|sekcam|sekel|seklur)\b(.*)$/i, 'Sekretariat$1'],
  [/^camat\b(.*)$/i, 'Kecamatan$1'],
  [/^lurah\b(.*)$/i, 'Kelurahan$1'],
  [/^direktur\s+((?:rsud|rsd|rumah\s+sakit)\b.*)$/i, '$1'],
  [/^inspektur\s+pembantu\b(.*)$/i, 'Inspektorat Pembantu$1'],
  // "Inspektur Tambang", "Inspektur Ketenagalistrikan" …: JF of the BKN JF table (rules/data/jf-catalog.yaml), no unit.
  [/^inspektur\b(?!\s+(?:angkutan|bandar|keamanan|kelaikudaraan|ketenagalistrikan|minyak|mutu|navigasi|panas|pengoperasian|tambang)\b)(.*)$/i, 'Inspektorat$1'],
  [/^(?:kasubbag|kasubag|kasubbagian)\.?\s+(.+)$/i, 'Subbagian $1'],
  [/^(?:kasubbid|kasubid)\.?\s+(.+)$/i, 'Subbidang $1'],
  [/^(?:kasi|kasie)\.?\s+(.+)$/i, 'Seksi $1'],
  [/^kabid\.?\s+(.+)$/i, 'Bidang $1'],
  [/^kabag\.?\s+(.+)$/i, 'Bagian $1'],
  [/^kadis\.?\s+(.+)$/i, 'Dinas $1'],
  [/^kaban\.?\s+(.+)$/i, 'Badan $1'],
  [/^(?:kepala|ka\.)\s*(.+)$/i, '$1'],
];

/** Acting and interim prefixes ("Plt.", "Plh.") and a bracketed tail ("(Subkoordinator …)") say nothing of the unit. */
const NOISE_RE = /^(?:pl[th]\.?\s+)|\s*\([^)]*\)\s*$/gi;

const memo = new Map<string, TitleUnit | null>();

/** The unit a title heads, or null; read once per distinct title (titles repeat in every region). */
export function unitFromTitle(title: string): TitleUnit | null {
  let hit = memo.get(title);
  if (hit === undefined) {
    if (memo.size >= 50_000) memo.clear();
    memo.set(title, (hit = read(title)));
  }
  return hit;
}

function read(title: string): TitleUnit | null {
  const t = title.replace(NOISE_RE, '').replace(/\s+/g, ' ').trim();
  for (const [re, to] of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const name = to.replace('$1', m[1] ?? '').trim();
    const type = inferUnitType(name);
    // "Kepala Sekolah", "Kepala Keluarga": a word after Kepala that names no unit type is no unit.
    return type === null && re === PATTERNS[PATTERNS.length - 1]![0] ? null : { name, type };
  }
  return null;
}
