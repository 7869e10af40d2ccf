/**
 * Unit type (`UnitType`): inferred from an Indonesian unit name ({@link inferUnitType}) or read from
 * an explicit column ({@link parseUnitType}).
 */
import { UNIT_TYPES, type UnitType } from '../types.js';
import {
  parseCell,
  clean, fail, okCache, text, 
  type Parsed, type ValueMap,
} from './result.js';

const ok = okCache(UNIT_TYPES);

interface UnitRule {
  readonly re: RegExp;
  readonly type: UnitType;
}

const BADAN_ABBR = String.raw`BAPPEDA|BAPPELITBANGDA|BAPEDA|BAPPEDALITBANG|BKPSDMD?|BKPP|BKPPD|BKD|BPKAD|BPKD|BKAD|BAPENDA|BPPRD|BPBD|BAKESBANGPOL|KESBANGPOL|BPPKAD|BPKPD|BPPD`;

/**
 * First match wins. All rules look at the start of the (cleaned, upper-cased, punctuation-free)
 * name, so `Subbagian Umum pada Sekretariat` is a subbagian, not a sekretariat.
 */
const RULES: readonly UnitRule[] = [
  // Procurement before `Bagian …`: `Bagian Pengadaan Barang/Jasa`, `UKPBJ`, `Unit Layanan Pengadaan`.
  // `Subbidang Pengadaan Pegawai` (staff recruitment) is not procurement: only whole units match.
  {
    re: /^(?:(?:BAGIAN|BIRO|UNIT|KANTOR)\s)?(?:LAYANAN\s)?(?:PENGADAAN\b|UKPBJ\b|ULP\b|UNIT\sKERJA\sPENGADAAN\b|UNIT\sLAYANAN\sPENGADAAN\b)|^BAGIAN\s.*\bPENGADAAN\sBARANG/,
    type: 'pengadaan',
  },
  { re: /^(?:SEKRETARIAT\sDAERAH|SETDA|SEKDA)\b/, type: 'sekretariat_daerah' },
  { re: /^(?:SEKRETARIAT\s(?:DPRD|DEWAN)|SETWAN|SEKWAN)\b/, type: 'sekretariat_dprd' },
  { re: /^SEKRETARIAT\b/, type: 'sekretariat' },
  { re: /^(?:INSPEKTORAT|ITDA|ITKAB|ITKO)\b/, type: 'inspektorat' },
  { re: /^(?:RSUD|RSD|RS\sUD|RUMAH\sSAKIT)\b/, type: 'rsud' },
  { re: /^(?:UPTD?|UPT\sD|UNIT\sPELAKSANA\sTEKNIS|PUSKESMAS)\b/, type: 'upt' },
  // Satpol PP is a dinas-type OPD, with a secretariat of its own.
  { re: /^(?:SATUAN\sPOLISI\sPAMONG\sPRAJA|SATPOL\s?PP)\b/, type: 'dinas' },
  { re: /^(?:DINAS\b|DIS[A-Z]{2,}\b|DIN(?:KES|SOS|KOP|PORA|PERKIM)\b|DP(?!RD\b)[A-Z0-9]{1,8}\b|DLH\b)/, type: 'dinas' },
  { re: new RegExp(String.raw`^(?:BADAN|${BADAN_ABBR})\b`), type: 'badan' },
  { re: /^(?:KECAMATAN|KANTOR\sCAMAT|KANTOR\sKECAMATAN|DISTRIK)\b/, type: 'kecamatan' },
  { re: /^(?:KELURAHAN|KANTOR\sLURAH|KANTOR\sKELURAHAN)\b/, type: 'kelurahan' },
  { re: /^(?:SUB\s?BAGIAN|SUB\s?BAG|SUBAG)\b/, type: 'subbagian' },
  { re: /^(?:SUB\s?BIDANG|SUB\s?BID|SUBID)\b/, type: 'subbidang' },
  { re: /^(?:BIDANG|BID)\b/, type: 'bidang' },
  { re: /^(?:BAGIAN|BAG)\b/, type: 'bagian' },
  { re: /^(?:SEKSI|SIE)\b/, type: 'seksi' },
];

const PUNCT_RE = /[.,;:()[\]"'_-]+/g;
const SPACES_RE = /\s+/g;

function norm(name: string): string {
  return clean(name).toUpperCase().replace(PUNCT_RE, ' ').replace(SPACES_RE, ' ').trim();
}

function fromName(n: string): UnitType | null {
  if (n === '') return null;
  for (const r of RULES) if (r.re.test(n)) return r.type;
  return null;
}

/**
 * Infer the unit type from its Indonesian name (any case): `Sekretariat Daerah`/`Setda`,
 * `Sekretariat DPRD`/`Setwan`, `Sekretariat` (of a Dinas/Badan/Kecamatan), `Inspektorat`, `Dinas …`,
 * `Badan …` (and Bappeda, BKPSDM, BPKAD, BPBD, …), `Kecamatan …`, `Kelurahan …`, `RSUD`/`Rumah
 * Sakit …`, `UPT`/`UPTD`/`Puskesmas`/`Unit Pelaksana Teknis`, `Bidang`, `Bagian`, `Seksi`,
 * `Sub Bagian`/`Subbagian`/`Subbag`, `Sub Bidang`/`Subbidang`/`Subbid`, and procurement units
 * (`Bagian Pengadaan Barang/Jasa`, `UKPBJ`) → `pengadaan`. Satpol PP → `dinas`.
 *
 * `opdName` is used only when the unit name is empty or is the OPD name itself (a row for the
 * OPD). Returns null when nothing matches.
 */
export function inferUnitType(unitName: string | null | undefined, opdName?: string | null): UnitType | null {
  const u = read(unitName ?? '');
  if (u.type !== null || opdName == null) return u.type;
  const o = read(opdName);
  return u.norm === '' || u.norm === o.norm ? o.type : null;
}

/**
 * A name's normal form and type, once per distinct name: unit and OPD names repeat on every post of a unit (bounded;
 * cleared when full).
 */
const names = new Map<string, { norm: string; type: UnitType | null }>();
function read(name: string): { norm: string; type: UnitType | null } {
  let r = names.get(name);
  if (r === undefined) {
    if (names.size >= 50_000) names.clear();
    const n = norm(name);
    names.set(name, (r = { norm: n, type: fromName(n) }));
  }
  return r;
}

/** Keys: lower case with spaces, hyphens, underscores and dots removed. */
const TABLE: ReadonlyMap<string, UnitType> = new Map<string, UnitType>([
  ...UNIT_TYPES.map((t) => [t.replace(/_/g, ''), t] as const),
  ['setda', 'sekretariat_daerah'],
  ['setwan', 'sekretariat_dprd'], ['sekretariatdewan', 'sekretariat_dprd'],
  ['rumahsakit', 'rsud'], ['rumahsakitumumdaerah', 'rsud'],
  ['uptd', 'upt'], ['unitpelaksanateknis', 'upt'], ['puskesmas', 'upt'],
  ['sie', 'seksi'],
  ['subbag', 'subbagian'], ['subag', 'subbagian'],
  ['subbid', 'subbidang'], ['subid', 'subbidang'],
  ['ukpbj', 'pengadaan'], ['pengadaanbarangjasa', 'pengadaan'],
  ['lain', 'lainnya'], ['lainlain', 'lainnya'], ['other', 'lainnya'], ['others', 'lainnya'],
]);

const KEY_STRIP_RE = /[\s\-_./]+/g;

const F_UNKNOWN = fail('unknown', text('jenis unit tidak dikenali', 'unit type not recognised'));

/**
 * Parse an explicit unit-type column: canonical names (`subbagian`, `sekretariat_daerah`) with any
 * case and spacing (`Sub Bagian`, `SEKRETARIAT DAERAH`, `sub-bidang`), a few abbreviations (`Setda`,
 * `UPTD`, `Subbag`), and otherwise a unit name as understood by {@link inferUnitType}
 * (`Dinas Kesehatan` → dinas, normalised). `valueMap` (user config) is applied first; its target is
 * parsed by the same rules and always counts as normalised.
 */
export function parseUnitType(raw: string | null | undefined, valueMap?: ValueMap): Parsed<UnitType> {
  return parseCell(raw, valueMap, parseCleaned, ok);
}

function parseCleaned(c: string): Parsed<UnitType> {
  const hit = TABLE.get(c.toLowerCase().replace(KEY_STRIP_RE, ''));
  if (hit !== undefined) return ok(hit, c !== hit);
  const inferred = fromName(norm(c));
  return inferred === null ? F_UNKNOWN : ok(inferred, true);
}
