/**
 * Golongan ruang (PNS rank): `I/a` … `IV/e` ([S39], docs/sources.md), and PPPK grades `I` … `XVII`.
 *
 * Accepted for PNS: `III/b`, `III.b`, `III B`, `IIIb`, `III-b`, `III/B`, `3b`, `3/b`, `Gol. III/b`,
 * BKN `gol_akhir_id` `11`…`45`, pangkat with golongan in either order (`Penata Muda Tk.I / III.b`,
 * `PENATA Tk. I /III. d`, `III/b (Penata Muda Tingkat I)`), and a pangkat alone
 * (`Penata Muda Tingkat I` → III/b, `Pembina Utama Muda` → IV/c). A pangkat that contradicts its
 * golongan fails with `inconsistent`.
 *
 * A roman numeral alone (`V`, `IX`, `Golongan XI`) is a PPPK grade: {@link parseGolongan} fails with
 * code `pppk-grade`; read it with {@link parsePppkGrade}. `I`–`IV` alone are also PPPK grades, but may
 * be a PNS golongan missing its ruang letter: the reason says so, the code is still `pppk-grade`;
 * a caller that knows the person is PNS should report a missing ruang.
 */
import { GOLONGANS, type Golongan } from '../types.js';
import {
  parseCell,
  clean, EMPTY, fail, okCache, text, 
  type Parsed, type ParseFailure, type ValueMap,
} from './result.js';

const ok = okCache(GOLONGANS);

export const PPPK_GRADES = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;
export type PppkGrade = (typeof PPPK_GRADES)[number];
const okGrade = okCache(PPPK_GRADES);

const PANGKAT: Readonly<Record<Golongan, string>> = {
  'I/a': 'Juru Muda', 'I/b': 'Juru Muda Tingkat I', 'I/c': 'Juru', 'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda', 'II/b': 'Pengatur Muda Tingkat I', 'II/c': 'Pengatur', 'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda', 'III/b': 'Penata Muda Tingkat I', 'III/c': 'Penata', 'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina', 'IV/b': 'Pembina Tingkat I', 'IV/c': 'Pembina Utama Muda', 'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

/** Upper-case pangkat name → golongan. */
const BY_PANGKAT: ReadonlyMap<string, Golongan> = new Map(
  GOLONGANS.map((g) => [PANGKAT[g].toUpperCase(), g] as const),
);

const ORDER: ReadonlyMap<Golongan, number> = new Map(GOLONGANS.map((g, i) => [g, i + 1] as const));

// ---------------------------------------------------------------------------------------------
// Regexes (on cleaned, upper-cased text)

const GOL = String.raw`(IV|I{1,3}|[1-4])\s*[.\/-]?\s*([A-E])`;
const GOL_PREFIX = String.raw`(?:GOL(?:ONGAN)?\.?\s*(?:RUANG\s*)?)?`;
const BKN_RE = /^([1-4])([1-5])$/;
const GOL_ONLY_RE = new RegExp(`^${GOL_PREFIX}${GOL}\\.?$`);
const PANGKAT_THEN_GOL_RE = new RegExp(String.raw`^(.*?[A-Z])\s*[,\/(\-–:]?\s*${GOL_PREFIX}${GOL}\s*\)?\.?$`);
const GOL_THEN_PANGKAT_RE = new RegExp(String.raw`^${GOL_PREFIX}${GOL}(?:\s*[,\/(\-–:]\s*|\s+)(.+?)\s*\)?$`);
const PPPK_ROMAN_RE = /^(?:GOL(?:ONGAN)?\.?\s*)?(XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)$/;
const PPPK_ARABIC_RE = /^GOL(?:ONGAN)?\.?\s*(1[0-7]|[1-9])$/;
const BARE_ARABIC_RE = /^[1-4]$/;
const PANGKAT_START_RE = /^(?:JURU|PENGATUR|PENATA|PEMBINA)\b/;
const TINGKAT_RE = /\bT(?:K|KT|INGKAT)\s*(?:I|1|SATU)\b/g;
const PANGKAT_PUNCT_RE = /[.,]+/g;
const SPACES_RE = /\s+/g;

function levelOf(s: string): number {
  switch (s) {
    case 'I': case '1': return 1;
    case 'II': case '2': return 2;
    case 'III': case '3': return 3;
    default: return 4; // 'IV' | '4'
  }
}

/** Golongan from level 1..4 and ruang 1..5 (a..e), or null when the ruang does not exist. */
function fromParts(level: number, ruang: number): Golongan | null {
  if (ruang === 5 && level !== 4) return null;
  return GOLONGANS[(level - 1) * 4 + ruang - 1] ?? null;
}

function pangkatLookup(u: string): Golongan | undefined {
  const key = u.replace(PANGKAT_PUNCT_RE, ' ').replace(TINGKAT_RE, 'TINGKAT I').replace(SPACES_RE, ' ').trim();
  return BY_PANGKAT.get(key);
}

const F_UNKNOWN = fail('unknown', text('golongan/pangkat tidak dikenali', 'golongan/pangkat not recognised'));
const F_OUT_OF_RANGE = fail(
  'out-of-range',
  text('golongan ruang tidak ada (ruang e hanya untuk golongan IV)', 'no such golongan ruang (ruang e exists only in golongan IV)'),
);
const F_PANGKAT_UNKNOWN = fail('unknown', text('teks pangkat di samping golongan tidak dikenali', 'pangkat text next to the golongan not recognised'));
const F_NO_RUANG = fail('ambiguous', text('golongan tanpa huruf ruang (a–e)', 'golongan without its ruang letter (a–e)'));
const F_PPPK: readonly ParseFailure[] = PPPK_GRADES.map((g, i) =>
  i < 4
    ? fail(
        'pppk-grade',
        text(
          `${g}: golongan PPPK, atau golongan PNS tanpa huruf ruang`,
          `${g}: a PPPK grade, or a PNS golongan without its ruang letter`,
        ),
      )
    : fail('pppk-grade', text(`${g}: golongan PPPK, bukan golongan ruang PNS`, `${g}: a PPPK grade, not a PNS golongan ruang`)),
);

/** Index into PPPK_GRADES, or -1. */
function readPppk(u: string): number {
  let m = PPPK_ROMAN_RE.exec(u);
  if (m !== null) return PPPK_GRADES.indexOf(m[1] as PppkGrade);
  m = PPPK_ARABIC_RE.exec(u);
  if (m !== null) return Number(m[1]) - 1;
  return -1;
}

function inconsistent(g: Golongan, p: Golongan): ParseFailure {
  return fail(
    'inconsistent',
    text(
      `pangkat ${PANGKAT[p]} (${p}) tidak sesuai dengan golongan ${g}`,
      `pangkat ${PANGKAT[p]} (${p}) does not match golongan ${g}`,
    ),
  );
}

function withPangkat(level: string, ruang: string, pangkatText: string, c: string): Parsed<Golongan> {
  const g = fromParts(levelOf(level), ruang.charCodeAt(0) - 64);
  if (g === null) return F_OUT_OF_RANGE;
  const p = pangkatLookup(pangkatText);
  if (p === undefined) return F_PANGKAT_UNKNOWN;
  if (p !== g) return inconsistent(g, p);
  return ok(g, c !== g);
}

function parseCleaned(c: string): Parsed<Golongan> {
  const u = c.toUpperCase();
  let m = BKN_RE.exec(u);
  if (m !== null) {
    const g = fromParts(m[1]!.charCodeAt(0) - 48, m[2]!.charCodeAt(0) - 48);
    return g === null ? F_OUT_OF_RANGE : ok(g, true);
  }
  m = GOL_ONLY_RE.exec(u);
  if (m !== null) {
    const g = fromParts(levelOf(m[1]!), m[2]!.charCodeAt(0) - 64);
    return g === null ? F_OUT_OF_RANGE : ok(g, c !== g);
  }
  const grade = readPppk(u);
  if (grade >= 0) return F_PPPK[grade]!;
  if (BARE_ARABIC_RE.test(u)) return F_NO_RUANG;
  if (PANGKAT_START_RE.test(u)) {
    const p = pangkatLookup(u);
    if (p !== undefined) return ok(p, true);
  }
  m = GOL_THEN_PANGKAT_RE.exec(u);
  if (m !== null) return withPangkat(m[1]!, m[2]!, m[3]!, c);
  m = PANGKAT_THEN_GOL_RE.exec(u);
  if (m !== null) return withPangkat(m[2]!, m[3]!, m[1]!, c);
  return F_UNKNOWN;
}

/**
 * Parse a golongan/pangkat cell to a canonical golongan ruang (`III/b`). `valueMap` (user config)
 * is applied first; its target is parsed by the same rules and always counts as normalised.
 */
export function parseGolongan(raw: string | null | undefined, valueMap?: ValueMap): Parsed<Golongan> {
  return parseCell(raw, valueMap, parseCleaned, ok);
}

const F_NOT_PPPK = fail('unknown', text('bukan golongan PPPK (I–XVII)', 'not a PPPK grade (I–XVII)'));

/** Parse a PPPK grade: roman `I`…`XVII`, optionally `Gol.`/`Golongan` before it, or `Golongan 9`. */
export function parsePppkGrade(raw: string | null | undefined): Parsed<PppkGrade> {
  const c = clean(raw);
  if (c === '') return EMPTY;
  const i = readPppk(c.toUpperCase());
  if (i < 0) return F_NOT_PPPK;
  const g = PPPK_GRADES[i]!;
  return okGrade(g, c !== g);
}

/** True when the cell holds a PPPK grade (see {@link parsePppkGrade}); `I`–`IV` included. */
export function isPppkGrade(raw: string | null | undefined): boolean {
  const c = clean(raw);
  return c !== '' && readPppk(c.toUpperCase()) >= 0;
}

/** I/a = 1 … IV/e = 17. */
export function golonganOrder(g: Golongan): number {
  return ORDER.get(g)!;
}

/** Negative when `a` is the lower rank. */
export function compareGolongan(a: Golongan, b: Golongan): number {
  return ORDER.get(a)! - ORDER.get(b)!;
}

/** The pangkat name, e.g. `III/b` → `Penata Muda Tingkat I`. */
export function pangkatName(g: Golongan): string {
  return PANGKAT[g];
}
