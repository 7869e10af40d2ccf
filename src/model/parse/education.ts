/**
 * Education level (`SD` … `S3`).
 *
 * Accepted: `S1`, `S-1`, `S 1`, `S-I`, `Strata 1`, `Sarjana`, `S-1/Sarjana`; `D-III`, `D3`, `DIII`,
 * `Diploma III`, `Diploma III/Sarjana Muda`, `Sarjana Muda` (→ D3); `D-IV`, `DIV`, `Diploma IV`,
 * `Sarjana Terapan` (→ D4); `D1`/`D2` likewise; `SLTA`, `SMA`, `SMU`, `SMK`, `MA`, `STM`, `SMEA`,
 * `SPK`, `SPG` (→ SMA); `SLTP`, `SMP`, `MTs` (→ SMP); `SD`, `MI`, `Sekolah Dasar` (→ SD); `S2`,
 * `Magister`, `Pascasarjana`; `S3`, `Doktor`; BKN `tingkat_pendidikan_id` 05 … 50
 * (bkn-tingkat-pendidikan.csv: 05 SD; 10, 12 SLTP; 15, 17, 18 SLTA; 20 D-I; 25 D-II; 30 D-III;
 * 35 D-IV; 40 S-1; 45 S-2; 50 S-3); BKN group names (`SLTA/SMK/MA/D-I` → SMA, the first part);
 * and a level followed by the field of study (`S1 Ekonomi`, `D-III Keperawatan`, `SMA IPA`).
 */
import { EDUCATIONS, type Education } from '../types.js';
import {
  parseCell,
  fail, okCache, text, 
  type Parsed, type ValueMap,
} from './result.js';

const ok = okCache(EDUCATIONS);

/** Keys: upper case with spaces, dots, hyphens and underscores removed. */
const TABLE: ReadonlyMap<string, Education> = new Map<string, Education>([
  // SD
  ['SD', 'SD'], ['MI', 'SD'], ['SR', 'SD'], ['SEKOLAHDASAR', 'SD'], ['SEKOLAHRAKYAT', 'SD'], ['5', 'SD'], ['05', 'SD'],
  // SMP
  ['SMP', 'SMP'], ['SLTP', 'SMP'], ['MTS', 'SMP'], ['SLTPKEJURUAN', 'SMP'], ['SMPSEDERAJAT', 'SMP'],
  ['10', 'SMP'], ['12', 'SMP'],
  // SMA
  ['SMA', 'SMA'], ['SLTA', 'SMA'], ['SMK', 'SMA'], ['SMU', 'SMA'], ['MA', 'SMA'], ['MAN', 'SMA'], ['STM', 'SMA'],
  ['SMEA', 'SMA'], ['SPK', 'SMA'], ['SPG', 'SMA'], ['SLTAKEJURUAN', 'SMA'], ['SLTAKEGURUAN', 'SMA'],
  ['SMASEDERAJAT', 'SMA'], ['15', 'SMA'], ['17', 'SMA'], ['18', 'SMA'],
  // Diploma
  ['D1', 'D1'], ['DI', 'D1'], ['DIPLOMAI', 'D1'], ['DIPLOMA1', 'D1'], ['20', 'D1'],
  ['D2', 'D2'], ['DII', 'D2'], ['DIPLOMAII', 'D2'], ['DIPLOMA2', 'D2'], ['25', 'D2'],
  ['D3', 'D3'], ['DIII', 'D3'], ['DIPLOMAIII', 'D3'], ['DIPLOMA3', 'D3'], ['SARJANAMUDA', 'D3'], ['30', 'D3'],
  ['D4', 'D4'], ['DIV', 'D4'], ['DIPLOMAIV', 'D4'], ['DIPLOMA4', 'D4'], ['SARJANATERAPAN', 'D4'], ['35', 'D4'],
  // Strata
  ['S1', 'S1'], ['SI', 'S1'], ['STRATA1', 'S1'], ['STRATAI', 'S1'], ['SARJANA', 'S1'], ['40', 'S1'],
  ['S2', 'S2'], ['SII', 'S2'], ['STRATA2', 'S2'], ['STRATAII', 'S2'], ['MAGISTER', 'S2'], ['PASCASARJANA', 'S2'], ['45', 'S2'],
  ['S3', 'S3'], ['SIII', 'S3'], ['STRATA3', 'S3'], ['STRATAIII', 'S3'], ['DOKTOR', 'S3'], ['DOKTORAL', 'S3'], ['50', 'S3'],
]);

const KEY_STRIP_RE = /[\s.\-_]+/g;
const PART_SPLIT_RE = /\s*[\/(),;]\s*/;
/** A level at the start followed by more words (`S1 EKONOMI`, `D-III KEPERAWATAN`). */
const LEADING_RE =
  /^(?:(?:S|STRATA)\s*-?\s*(III|II|I|[123])|(?:D|DIPLOMA)\s*-?\s*(IV|III|II|I|[1-4])|(SARJANA\s+MUDA|SARJANA\s+TERAPAN|SARJANA|MAGISTER|PASCASARJANA|DOKTOR|SEKOLAH\s+DASAR|SD|MI|SMP|SLTP|MTS|SMA|SLTA|SMK|SMU|STM|SMEA|MAN?))\s+\S/;

const ROMAN_DIGIT: Readonly<Record<string, string>> = { I: '1', II: '2', III: '3', IV: '4', '1': '1', '2': '2', '3': '3', '4': '4' };

function lookup(u: string): Education | undefined {
  return TABLE.get(u.replace(KEY_STRIP_RE, ''));
}

function readUpper(u: string): Education | undefined {
  const whole = lookup(u);
  if (whole !== undefined) return whole;
  if (PART_SPLIT_RE.test(u)) {
    // `S-1/Sarjana`, `Diploma III/Sarjana Muda`, `SLTA/SMK/MA/D-I`: the first part that reads.
    for (const part of u.split(PART_SPLIT_RE)) {
      if (part === '') continue;
      const e = lookup(part) ?? readLeading(part);
      if (e !== undefined) return e;
    }
    return undefined;
  }
  return readLeading(u);
}

function readLeading(u: string): Education | undefined {
  const m = LEADING_RE.exec(u);
  if (m === null) return undefined;
  if (m[1] !== undefined) return TABLE.get(`S${ROMAN_DIGIT[m[1]]}`);
  if (m[2] !== undefined) return TABLE.get(`D${ROMAN_DIGIT[m[2]]}`);
  return lookup(m[3]!);
}

const F_UNKNOWN = fail('unknown', text('tingkat pendidikan tidak dikenali', 'education level not recognised'));

function parseCleaned(c: string): Parsed<Education> {
  const e = readUpper(c.toUpperCase());
  return e === undefined ? F_UNKNOWN : ok(e, c !== e);
}

/**
 * Parse an education-level cell. `valueMap` (user config) is applied first; its target is parsed by
 * the same rules and always counts as normalised.
 */
export function parseEducation(raw: string | null | undefined, valueMap?: ValueMap): Parsed<Education> {
  return parseCell(raw, valueMap, parseCleaned, ok);
}

const ORDER: Readonly<Record<Education, number>> = {
  SD: 1, SMP: 2, SMA: 3, D1: 4, D2: 5, D3: 6, D4: 7, S1: 8, S2: 9, S3: 10,
};
/** Qualification level: D-IV and S-1 are the same level (BKN group `S-1/D-IV`). */
const LEVEL: Readonly<Record<Education, number>> = {
  SD: 1, SMP: 2, SMA: 3, D1: 4, D2: 5, D3: 6, D4: 7, S1: 7, S2: 8, S3: 9,
};

/** SD = 1 … S3 = 10, strictly increasing (D4 = 7 below S1 = 8); for sorting. */
export function educationOrder(e: Education): number {
  return ORDER[e];
}

/**
 * True when `e` is at least `min`. D-IV and S-1 count as the same level (BKN group `S-1/D-IV`;
 * JF keahlian require "S-1/D-IV"), so `meetsMinimum('D4', 'S1')` and `meetsMinimum('S1', 'D4')`
 * are both true.
 */
export function meetsMinimum(e: Education, min: Education): boolean {
  return LEVEL[e] >= LEVEL[min];
}
