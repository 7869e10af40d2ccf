/**
 * Pelaksana titles of the nomenclature since PermenPANRB 45/2022 (three classes, Pasal 4: klerek, operator, teknisi)
 * and its lists KepmenPANRB 11/2024 → 282/2025 [P34][P35]. Titles such as "Penata Layanan Operasional" or "Penelaah
 * Teknis Kebijakan" start with words that also begin JF names (Penata …, Teknisi …), so they are listed by full name
 * rather than by first word.
 *
 * The full lampiran of 282/2025 was not retrievable: `confirmed` names are the four examples the project was specified
 * with; the others were seen as pelaksana titles in public SIMPEG/SIASN exports (unconfirmed). The class of each name
 * is general knowledge of the 11/2024 list (unconfirmed) and is only shown in the reason of an inference.
 */
export type PelaksanaClass = 'klerek' | 'operator' | 'teknisi';

export interface PelaksanaName {
  /** Upper case, single spaces, no punctuation: as inferKindFromTitle cleans a title. */
  name: string;
  class: PelaksanaClass;
  confidence: 'confirmed' | 'unconfirmed';
}

export const PELAKSANA_NAMES: readonly PelaksanaName[] = [
  { name: 'PENELAAH TEKNIS KEBIJAKAN', class: 'klerek', confidence: 'confirmed' },
  { name: 'PENGADMINISTRASI PERKANTORAN', class: 'klerek', confidence: 'confirmed' },
  { name: 'PENGOLAH DATA DAN INFORMASI', class: 'klerek', confidence: 'unconfirmed' },
  { name: 'PENATA LAYANAN OPERASIONAL', class: 'operator', confidence: 'confirmed' },
  { name: 'OPERATOR LAYANAN OPERASIONAL', class: 'operator', confidence: 'confirmed' },
  { name: 'PENGELOLA LAYANAN OPERASIONAL', class: 'operator', confidence: 'unconfirmed' },
  { name: 'PENGELOLA UMUM OPERASIONAL', class: 'operator', confidence: 'unconfirmed' },
  { name: 'PENATA KELOLA SISTEM DAN TEKNOLOGI INFORMASI', class: 'teknisi', confidence: 'unconfirmed' },
  { name: 'TEKNISI SARANA DAN PRASARANA', class: 'teknisi', confidence: 'unconfirmed' },
];

/** The names by their first word: a title is compared with the few names that share it. */
const byFirstWord = new Map<string, PelaksanaName[]>();
for (const n of PELAKSANA_NAMES) {
  const first = n.name.slice(0, n.name.indexOf(' '));
  let list = byFirstWord.get(first);
  if (!list) byFirstWord.set(first, (list = []));
  list.push(n);
}

/**
 * The listed name a cleaned title is or starts with (`PENATA LAYANAN OPERASIONAL SUBBAG UMUM`), else undefined.
 * `title` is upper case with single spaces (see inferKindFromTitle).
 */
export function pelaksanaName(title: string): PelaksanaName | undefined {
  const space = title.indexOf(' ');
  const list = byFirstWord.get(space < 0 ? title : title.slice(0, space));
  return list?.find((n) => title.startsWith(n.name) && (title.length === n.name.length || title[n.name.length] === ' '));
}
