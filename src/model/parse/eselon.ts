/**
 * Eselon (structural rank of a post): `I.a` … `V.b`, or none.
 *
 * Accepted spellings (any case, after {@link clean}):
 * - roman or arabic level with a letter: `III.a`, `III a`, `IIIa`, `iii/a`, `III-A`, `3a`, `3.a`;
 * - with a prefix or a post-type label: `Eselon IV.a`, `Es. IV/b`, `ESELON IV.a / Pengawas`;
 * - BKN `eselonId`: `11 12 21 22 31 32 41 42 51 52`; `10` is I.a for a JPT Utama;
 * - `JPT Utama` (always I.a);
 * - non-eselon: `99`, `NON`, `Non Eselon`, `-`, and JF markers (`JFT`, `JFU`, `Fungsional`):
 *   `{ ok: true, value: null, normalised: true, nonEselon: true }` ({@link NON_ESELON}).
 *
 * A level without its letter (`IV`, `Eselon III`, `4`, `ESELON IV / Pengawas`, `JPT Pratama`,
 * `Administrator`) fails with code `level-only`: use {@link parseEselonLevel} to read the level.
 * `Pelaksana` fails with `ambiguous` (eselon V or non-eselon).
 */
import { ESELONS, type Eselon, type Kind } from '../types.js';
import {
  parseCell,
  clean, fail, lookupValueMap, okCache, text, 
  type Parsed, type ParseFailure, type ValueMap,
} from './result.js';

export type EselonLevel = 1 | 2 | 3 | 4 | 5;

/** An explicit "no eselon" marker (`99`, `NON`, `-`); not the same as an empty cell. */
export interface ParsedNonEselon {
  readonly ok: true;
  readonly value: null;
  readonly normalised: true;
  readonly nonEselon: true;
}

export type ParsedEselon = Parsed<Eselon> | ParsedNonEselon;

export const NON_ESELON: ParsedNonEselon = Object.freeze({ ok: true, value: null, normalised: true, nonEselon: true } as const);

const ok = okCache(ESELONS);

// ---------------------------------------------------------------------------------------------
// Reading. `readEselon` packs what it found into one number so that callers (this file and
// kind.ts) need no intermediate object:
//   R_UNKNOWN / R_INCONSISTENT / R_PELAKSANA (< 0), R_NON (0), or
//   level * 10 + letter (letter 0 = none, 1 = a, 2 = b), + UTAMA_FLAG when labelled JPT Utama.

/** @internal */ export const R_UNKNOWN = -1;
/** @internal */ export const R_INCONSISTENT = -2;
/** @internal */ export const R_PELAKSANA = -3;
/** @internal */ export const R_NON = 0;
/** @internal */ export const UTAMA_FLAG = 100;

const NON_RE =
  /^(?:99|-+|–|—|NON|NON[\s-]?ESELON|TANPA ESELON|BUKAN ESELON|JFU|JFT|JF|FUNGSIONAL(?: UMUM| TERTENTU)?)$/;
const BKN_RE = /^([1-5])([0-2])$/;
const LABEL_SRC = String.raw`(JPT[\s_-]*UTAMA|JPT[\s_-]*MADYA|JPT[\s_-]*PRATAMA|ADMINISTRATOR|PENGAWAS|PELAKSANA)`;
const ROMAN_RE = new RegExp(
  String.raw`^(?:EN?SELON|ES)?\.?\s*(IV|V|I{1,3}|[1-5])(?:\s*[.\/-]?\s*([AB]))?\.?` +
    String.raw`(?:\s*[\/(\-–,:]?\s*${LABEL_SRC}\s*\)?)?$`,
);
const LABEL_ONLY_RE =
  /^(?:JABATAN\s+)?(?:(?:JPT|JABATAN PIMPINAN TINGGI|PIMPINAN TINGGI)[\s_-]*(UTAMA|MADYA|PRATAMA)|(ADMINISTRATOR|PENGAWAS|PELAKSANA))$/;

function romanLevel(s: string): number {
  switch (s) {
    case 'I': case '1': return 1;
    case 'II': case '2': return 2;
    case 'III': case '3': return 3;
    case 'IV': case '4': return 4;
    default: return 5; // 'V' | '5'
  }
}

/** Label → level, with UTAMA_FLAG for JPT Utama; 0 for Pelaksana read as level 5. */
function labelCode(label: string): number {
  if (label.startsWith('JPT')) {
    if (label.endsWith('UTAMA')) return 1 + UTAMA_FLAG;
    if (label.endsWith('MADYA')) return 1;
    return 2; // PRATAMA
  }
  if (label === 'ADMINISTRATOR') return 3;
  if (label === 'PENGAWAS') return 4;
  return 5; // PELAKSANA
}

/**
 * @internal Read an eselon from cleaned, upper-cased text. See the packing above.
 */
export function readEselon(u: string): number {
  if (NON_RE.test(u)) return R_NON;
  let m = BKN_RE.exec(u);
  if (m !== null) {
    const lv = m[1]!.charCodeAt(0) - 48;
    const letter = m[2]!.charCodeAt(0) - 48;
    if (letter === 0) return lv === 1 ? 11 + UTAMA_FLAG : R_UNKNOWN;
    return lv * 10 + letter;
  }
  m = ROMAN_RE.exec(u);
  if (m !== null) {
    const lv = romanLevel(m[1]!);
    const letter = m[2] === 'A' ? 1 : m[2] === 'B' ? 2 : 0;
    const label = m[3];
    if (label === undefined) return lv * 10 + letter;
    const lc = labelCode(label);
    if (lc % UTAMA_FLAG !== lv) return R_INCONSISTENT;
    if (lc > UTAMA_FLAG) return letter === 2 ? R_INCONSISTENT : 11 + UTAMA_FLAG;
    return lv * 10 + letter;
  }
  m = LABEL_ONLY_RE.exec(u);
  if (m !== null) {
    const jpt = m[1];
    if (jpt === 'UTAMA') return 11 + UTAMA_FLAG;
    if (jpt === 'MADYA') return 10;
    if (jpt === 'PRATAMA') return 20;
    const post = m[2];
    if (post === 'ADMINISTRATOR') return 30;
    if (post === 'PENGAWAS') return 40;
    return R_PELAKSANA;
  }
  return R_UNKNOWN;
}

// ---------------------------------------------------------------------------------------------
// Failures (fixed, so failing cells do not allocate)

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V'] as const;

const LEVEL_ONLY: readonly ParseFailure[] = ROMAN.map((r) =>
  fail(
    'level-only',
    text(
      `eselon ${r} tanpa huruf a/b: tidak dapat ditentukan ${r}.a atau ${r}.b`,
      `eselon ${r} without a/b: cannot tell ${r}.a from ${r}.b`,
    ),
  ),
);
const F_UNKNOWN = fail('unknown', text('eselon tidak dikenali', 'eselon not recognised'));
const F_INCONSISTENT = fail(
  'inconsistent',
  text('tingkat eselon tidak sesuai dengan jenis jabatan yang menyertainya', 'eselon level does not match the post type given with it'),
);
const F_PELAKSANA = fail(
  'ambiguous',
  text('pelaksana: bisa eselon V atau non-eselon', 'pelaksana: may be eselon V or non-eselon'),
);

function fromCode(code: number, cleaned: string): ParsedEselon {
  if (code > 0) {
    const body = code % UTAMA_FLAG;
    const lv = (body / 10) | 0;
    const letter = body % 10;
    if (letter === 0) return LEVEL_ONLY[lv]!;
    const e = ESELONS[(lv - 1) * 2 + letter - 1]!;
    return ok(e, cleaned !== e);
  }
  if (code === R_NON) return NON_ESELON;
  if (code === R_INCONSISTENT) return F_INCONSISTENT;
  if (code === R_PELAKSANA) return F_PELAKSANA;
  return F_UNKNOWN;
}

function parseCleaned(c: string): ParsedEselon {
  return fromCode(readEselon(c.toUpperCase()), c);
}

/**
 * Parse an eselon cell. `valueMap` (user config) is applied first, on the cleaned text,
 * case-insensitively; its target is parsed by the same rules and always counts as normalised.
 */
export function parseEselon(raw: string | null | undefined, valueMap?: ValueMap): ParsedEselon {
  return parseCell(raw, valueMap, parseCleaned, ok);
}

/**
 * The eselon level (I → 1 … V → 5) even without the a/b letter: `IV`, `Eselon III`, `4`,
 * `ESELON IV / Pengawas`, `JPT Pratama` → 2, `Administrator` → 3, `Pengawas` → 4, BKN ids.
 * `null` for an empty cell, a non-eselon marker, `Pelaksana`, or text that cannot be read.
 */
export function parseEselonLevel(raw: string | null | undefined, valueMap?: ValueMap): EselonLevel | null {
  let c = clean(raw);
  if (c === '') return null;
  const mapped = lookupValueMap(c, valueMap);
  if (mapped !== undefined) c = clean(mapped);
  const code = readEselon(c.toUpperCase());
  return code > 0 ? ((((code % UTAMA_FLAG) / 10) | 0) as EselonLevel) : null;
}

// ---------------------------------------------------------------------------------------------
// Facts about eselons

const LEVEL: Readonly<Record<Eselon, EselonLevel>> = {
  'I.a': 1, 'I.b': 1, 'II.a': 2, 'II.b': 2, 'III.a': 3, 'III.b': 3, 'IV.a': 4, 'IV.b': 4, 'V.a': 5, 'V.b': 5,
};
const ORDER: Readonly<Record<Eselon, number>> = {
  'I.a': 1, 'I.b': 2, 'II.a': 3, 'II.b': 4, 'III.a': 5, 'III.b': 6, 'IV.a': 7, 'IV.b': 8, 'V.a': 9, 'V.b': 10,
};
const KIND: Readonly<Record<Eselon, Kind>> = {
  'I.a': 'jpt_madya', 'I.b': 'jpt_madya', 'II.a': 'jpt_pratama', 'II.b': 'jpt_pratama',
  'III.a': 'administrator', 'III.b': 'administrator', 'IV.a': 'pengawas', 'IV.b': 'pengawas',
  'V.a': 'pelaksana', 'V.b': 'pelaksana',
};
const RANGE: Readonly<Record<Kind, readonly Eselon[]>> = {
  jpt_utama: Object.freeze(['I.a'] as const),
  jpt_madya: Object.freeze(['I.a', 'I.b'] as const),
  jpt_pratama: Object.freeze(['II.a', 'II.b'] as const),
  administrator: Object.freeze(['III.a', 'III.b'] as const),
  pengawas: Object.freeze(['IV.a', 'IV.b'] as const),
  pelaksana: Object.freeze(['V.a', 'V.b'] as const),
  fungsional: Object.freeze([] as const),
};

/** I → 1 … V → 5. */
export function eselonLevel(e: Eselon): EselonLevel {
  return LEVEL[e];
}

/** I.a = 1, I.b = 2, II.a = 3 … V.b = 10: smaller is higher. */
export function eselonOrder(e: Eselon): number {
  return ORDER[e];
}

/** Compare two eselons, higher rank first (I.a before I.b). */
export function compareEselon(a: Eselon, b: Eselon): number {
  return ORDER[a] - ORDER[b];
}

/**
 * The post type of an eselon (UU 5/2014 Pasal 131). I.a is JPT Utama only for the head of a
 * non-ministerial agency (LPNK), which never occurs in regional government, so both I.a and
 * I.b give `jpt_madya`. V.a/V.b give `pelaksana`.
 */
export function kindForEselon(e: Eselon): Kind {
  return KIND[e];
}

/**
 * The eselons a post type may carry (shared frozen arrays). `pelaksana` gives V.a/V.b, but most
 * pelaksana posts have no eselon at all; `fungsional` gives `[]`.
 */
export function eselonRangeForKind(kind: Kind): readonly Eselon[] {
  return RANGE[kind];
}
