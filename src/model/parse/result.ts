/**
 * Shared result type and helpers for the per-cell value parsers in this folder.
 *
 * Every parser takes a raw cell (any case, surrounding spaces, NBSP, zero-width characters,
 * trailing `\r`) and returns a {@link Parsed} result:
 * - `{ ok: true, value, normalised }`: a value was read; `normalised` is true when the cleaned
 *   text was not already the canonical spelling (whitespace-only differences do not count);
 * - `{ ok: true, value: null, normalised: false }`: the cell is empty ({@link EMPTY});
 * - `{ ok: false, code, reason }`: the text could not be read; `reason` is bilingual.
 *
 * Parsers are pure and run per cell on large files: regexes are compiled once at module level,
 * success results for enum values are shared frozen objects, and only failures that quote the
 * input allocate new text.
 */
import type { Text } from '../../i18n/index.js';

/** Why a parse failed; stable, for callers that branch on it (messages are in `reason`). */
export type ParseCode =
  /** The text is not a known spelling. */
  | 'unknown'
  /** The text is known but maps to more than one value (e.g. `Struktural`, `Pelaksana` as an eselon). */
  | 'ambiguous'
  /** An eselon level without its a/b letter (`IV`, `Eselon III`, `JPT Pratama`). */
  | 'level-only'
  /** Two parts of the text disagree (`II.a / Pengawas`, `Penata / III.b`). */
  | 'inconsistent'
  /** A PPPK grade (`IX`) where a PNS golongan ruang was expected. */
  | 'pppk-grade'
  /** Well-formed but outside the valid range (BKN golongan id `15`, year 1850). */
  | 'out-of-range'
  /** A jenis-jabatan `Struktural` (BKN id 1) without an eselon: the level cannot be told. */
  | 'struktural'
  /** NIP: wrong number of digits. */
  | 'nip-length'
  /** NIP: characters other than digits and separators. */
  | 'nip-non-digit'
  /** NIP: the spreadsheet turned it into a number in scientific notation; digits are lost. */
  | 'nip-scientific'
  /** Date: not a real calendar date (31-02-1990). */
  | 'date-invalid'
  /** Date: two-digit year (`12-01-85`). */
  | 'date-ambiguous'
  /** Date: carries a time of day other than midnight (usually a time-zone shift). */
  | 'date-time'
  /** Date: a bare year such as `1985`. */
  | 'date-year-only'
  /** Status: a non-ASN employment status (honorer, THL, PTT). */
  | 'not-asn'
  /** A user value map sent the text to something the parser does not accept. */
  | 'value-map';

export interface ParsedValue<T> {
  readonly ok: true;
  readonly value: T;
  /** True when the cleaned raw text was not already canonical. */
  readonly normalised: boolean;
}

export interface ParsedEmpty {
  readonly ok: true;
  readonly value: null;
  readonly normalised: false;
}

export interface ParseFailure {
  readonly ok: false;
  readonly code: ParseCode;
  readonly reason: Text;
}

export type Parsed<T> = ParsedValue<T> | ParsedEmpty | ParseFailure;

/** The result for an empty cell (shared, frozen). */
export const EMPTY: ParsedEmpty = Object.freeze({ ok: true, value: null, normalised: false } as const);

/** A frozen bilingual text. */
export function text(id: string, en: string): Text {
  return Object.freeze({ id, en });
}

/** A frozen failure; call at module level for fixed reasons so that failing cells do not allocate. */
export function fail(code: ParseCode, reason: Text): ParseFailure {
  return Object.freeze({ ok: false, code, reason });
}

/** True for the empty-cell result (not for an explicit "non-eselon" or other null value). */
export function isEmptyResult(p: { ok: boolean; value?: unknown; normalised?: boolean }): boolean {
  return p.ok && p.value === null && p.normalised === false;
}

/**
 * Shared frozen success results for an enum, so that parsing a million cells does not allocate
 * a million result objects.
 */
export function okCache<T extends string>(values: readonly T[]): (value: T, normalised: boolean) => ParsedValue<T> {
  const plain = new Map<T, ParsedValue<T>>();
  const norm = new Map<T, ParsedValue<T>>();
  for (const v of values) {
    plain.set(v, Object.freeze({ ok: true, value: v, normalised: false }));
    norm.set(v, Object.freeze({ ok: true, value: v, normalised: true }));
  }
  return (value, normalised) => (normalised ? norm : plain).get(value)!;
}

// ---------------------------------------------------------------------------------------------
// Cleaning

/** Zero-width and invisible characters that are removed outright. */
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Any whitespace run (includes NBSP, tabs, \r, \n and the other Unicode spaces). */
const SPACE_RUN_RE = /\s+/g;
/** Cheap test: does the string need cleaning at all? */
const DIRTY_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]|[^\S ]| {2}|^ | $/;

/**
 * Trim, collapse whitespace to single spaces, turn NBSP and other Unicode spaces into spaces,
 * and remove zero-width characters, BOM and soft hyphens. Returns the input itself when it is
 * already clean. `null`/`undefined` give `''`.
 */
export function clean(raw: string | null | undefined): string {
  if (raw == null) return '';
  if (!DIRTY_RE.test(raw)) return raw;
  return raw.replace(INVISIBLE_RE, '').replace(SPACE_RUN_RE, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// User value maps

/**
 * A user-configured map from a raw spelling to a spelling the parser accepts, e.g.
 * `{ 'Es. 4A': 'IV.a' }`. Keys match after {@link clean}, case-insensitively. The target is parsed
 * by the same parser (so it may be canonical or any accepted variant); an empty target makes the
 * cell empty. Treat the object as immutable: it is compiled once per object identity.
 */
export type ValueMap = Readonly<Record<string, string>>;

const compiledMaps = new WeakMap<object, ReadonlyMap<string, string>>();

function compile(map: ValueMap): ReadonlyMap<string, string> {
  let m = compiledMaps.get(map);
  if (m === undefined) {
    const built = new Map<string, string>();
    for (const key of Object.keys(map)) {
      const target = map[key];
      if (typeof target === 'string') built.set(clean(key).toLowerCase(), target);
    }
    m = built;
    compiledMaps.set(map, m);
  }
  return m;
}

/** The value-map target for an already cleaned cell, or `undefined` when the map has no entry. */
export function lookupValueMap(cleaned: string, map: ValueMap | undefined): string | undefined {
  if (map === undefined) return undefined;
  const m = compile(map);
  if (m.size === 0) return undefined;
  return m.get(cleaned.toLowerCase());
}

/** The failure for a value-map target that the parser rejects; quotes the target. */
export function valueMapFailure(target: string, inner: ParseFailure): ParseFailure {
  return fail(
    'value-map',
    text(
      `pemetaan nilai menghasilkan '${target}': ${inner.reason.id}`,
      `value map gives '${target}': ${inner.reason.en}`,
    ),
  );
}

/**
 * Results by raw text, per parser and value map: a kind, eselon, golongan or birth-date column holds a few thousand
 * distinct texts at most in a million rows, so each is cleaned and parsed once (results are never changed, so they
 * can be shared, and a parsed date is one string per day). A memo stops growing at MEMO_MAX texts.
 */
const memos = new WeakMap<object, { plain: Map<string, unknown>; mapped: WeakMap<ValueMap, Map<string, unknown>> }>();
const MEMO_MAX = 100_000;

function memoOf(parser: object, valueMap: ValueMap | undefined): Map<string, unknown> {
  let m = memos.get(parser);
  if (!m) memos.set(parser, (m = { plain: new Map(), mapped: new WeakMap() }));
  if (valueMap === undefined) return m.plain;
  let memo = m.mapped.get(valueMap);
  if (!memo) m.mapped.set(valueMap, (memo = new Map()));
  return memo;
}

function remember<R>(memo: Map<string, unknown>, raw: string, r: R): R {
  if (memo.size < MEMO_MAX) memo.set(raw, r);
  return r;
}

/** `parse(raw)`, once per distinct raw text (see `memos`): for parsers without a value map, such as dates. */
export function parseOnce<R>(parse: (raw: string) => R, raw: string): R {
  const memo = memoOf(parse, undefined);
  const r = memo.get(raw) as R | undefined;
  return r !== undefined ? r : remember(memo, raw, parse(raw));
}

/**
 * The shared front of every cell parser: clean, empty → EMPTY, then the user's value map (whose target is
 * parsed by the same rules and always counts as normalised), else the parser's own reading of the cleaned text.
 */
export function parseCell<T, R extends { ok: true; value: T | null } | ParseFailure>(
  raw: string | null | undefined,
  valueMap: ValueMap | undefined,
  parseCleaned: (cleaned: string) => R,
  ok: (value: T, normalised: boolean) => ParsedValue<T>,
): R | ParsedEmpty | ParseFailure | ParsedValue<T> {
  if (raw === null || raw === undefined) return EMPTY;
  const memo = memoOf(parseCleaned, valueMap);
  const r = memo.get(raw) as R | ParsedEmpty | ParseFailure | ParsedValue<T> | undefined;
  return r !== undefined ? r : remember(memo, raw, parseText(raw, valueMap, parseCleaned, ok));
}

function parseText<T, R extends { ok: true; value: T | null } | ParseFailure>(
  raw: string,
  valueMap: ValueMap | undefined,
  parseCleaned: (cleaned: string) => R,
  ok: (value: T, normalised: boolean) => ParsedValue<T>,
): R | ParsedEmpty | ParseFailure | ParsedValue<T> {
  const c = clean(raw);
  if (c === '') return EMPTY;
  const mapped = lookupValueMap(c, valueMap);
  if (mapped === undefined) return parseCleaned(c);
  const mc = clean(mapped);
  if (mc === '') return EMPTY;
  const r = parseCleaned(mc);
  if (!r.ok) return valueMapFailure(mapped, r);
  return r.value === null ? r : ok(r.value as T, true);
}
