/**
 * Employment status: `pns` (including CPNS) or `pppk`.
 *
 * Accepted: `PNS`, `CPNS`, `Pegawai Negeri Sipil`, `Calon Pegawai Negeri Sipil`, `ASN PNS`,
 * `PNS/CPNS`, `C-PNS` → pns; `PPPK`, `P3K`, `Pegawai Pemerintah dengan Perjanjian Kerja`, `PPPK Paruh Waktu`,
 * `ASN PPPK` → pppk. Non-ASN statuses (`Honorer`, `THL`, `PTT`, `Non ASN`, …) fail with `not-asn`.
 */
import type { EmployeeStatus } from '../types.js';
import {
  parseCell,
  clean, fail, okCache, text, 
  type Parsed, type ValueMap,
} from './result.js';

const ok = okCache<EmployeeStatus>(['pns', 'pppk']);

const NOT_ASN = 0;

/** Keys: upper case, `_ - . /` as spaces, collapsed. */
const TABLE: ReadonlyMap<string, EmployeeStatus | typeof NOT_ASN> = new Map<string, EmployeeStatus | 0>([
  ['PNS', 'pns'], ['CPNS', 'pns'], ['C PNS', 'pns'], ['PEGAWAI NEGERI SIPIL', 'pns'], ['CALON PEGAWAI NEGERI SIPIL', 'pns'],
  ['ASN PNS', 'pns'], ['PNS CPNS', 'pns'], ['CPNS PNS', 'pns'],
  ['PPPK', 'pppk'], ['P3K', 'pppk'], ['PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA', 'pppk'], ['ASN PPPK', 'pppk'],
  ['PPPK PARUH WAKTU', 'pppk'], ['PPPK PENUH WAKTU', 'pppk'],
  ['HONORER', NOT_ASN], ['TENAGA HONORER', NOT_ASN], ['NON ASN', NOT_ASN], ['NONASN', NOT_ASN], ['THL', NOT_ASN],
  ['TENAGA HARIAN LEPAS', NOT_ASN], ['PHL', NOT_ASN], ['PTT', NOT_ASN], ['PEGAWAI TIDAK TETAP', NOT_ASN],
  ['TKK', NOT_ASN], ['TENAGA KONTRAK', NOT_ASN], ['KONTRAK', NOT_ASN], ['TKS', NOT_ASN], ['SUKARELA', NOT_ASN],
]);
const CPNS_KEYS: ReadonlySet<string> = new Set(['CPNS', 'C PNS', 'CALON PEGAWAI NEGERI SIPIL']);

const KEY_SEP_RE = /[\s_\-./]+/g;

const F_UNKNOWN = fail('unknown', text('status kepegawaian tidak dikenali', 'employment status not recognised'));
const F_NOT_ASN = fail('not-asn', text('bukan ASN (bukan PNS/PPPK)', 'not a civil servant (neither PNS nor PPPK)'));

function key(c: string): string {
  return c.toUpperCase().replace(KEY_SEP_RE, ' ').trim();
}

function parseCleaned(c: string): Parsed<EmployeeStatus> {
  const hit = TABLE.get(key(c));
  if (hit === undefined) return F_UNKNOWN;
  if (hit === NOT_ASN) return F_NOT_ASN;
  return ok(hit, c !== hit);
}

/**
 * Parse an employment-status cell. CPNS counts as `pns`; see {@link isCpns}. `valueMap` (user
 * config) is applied first; its target is parsed by the same rules and always counts as normalised.
 */
export function parseStatus(raw: string | null | undefined, valueMap?: ValueMap): Parsed<EmployeeStatus> {
  return parseCell(raw, valueMap, parseCleaned, ok);
}

/** True when the cell says CPNS (candidate civil servant), which {@link parseStatus} reads as `pns`. */
export function isCpns(raw: string | null | undefined): boolean {
  const c = clean(raw);
  return c !== '' && CPNS_KEYS.has(key(c));
}
