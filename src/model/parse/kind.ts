/**
 * Post type (`Kind`): from an explicit column ({@link parseKind}) or, as a last resort, from the
 * post title ({@link inferKindFromTitle}).
 */
import type { Text } from '../../i18n/index.js';
import { KINDS, type Eselon, type Kind } from '../types.js';
import { readEselon, R_INCONSISTENT, UTAMA_FLAG } from './eselon.js';
import {
  parseCell,
  clean, fail, okCache, text, 
  type Parsed, type ValueMap,
} from './result.js';
import { pelaksanaName, type PelaksanaClass } from './pelaksana-names.js';

const ok = okCache(KINDS);

const STRUKTURAL = 1;
const RANGKAP = 2;

/**
 * Keys: upper case, `_ - . / ( )` turned into spaces, collapsed, without a leading `JABATAN `.
 */
const TABLE: ReadonlyMap<string, Kind | typeof STRUKTURAL | typeof RANGKAP> = new Map<string, Kind | 1 | 2>([
  ['JPT UTAMA', 'jpt_utama'], ['PIMPINAN TINGGI UTAMA', 'jpt_utama'],
  ['JPT MADYA', 'jpt_madya'], ['PIMPINAN TINGGI MADYA', 'jpt_madya'],
  ['JPT PRATAMA', 'jpt_pratama'], ['PIMPINAN TINGGI PRATAMA', 'jpt_pratama'],
  ['ADMINISTRATOR', 'administrator'],
  ['PENGAWAS', 'pengawas'],
  ['PELAKSANA', 'pelaksana'], ['JFU', 'pelaksana'], ['FU', 'pelaksana'], ['FUNGSIONAL UMUM', 'pelaksana'],
  ['4', 'pelaksana'],
  ['FUNGSIONAL', 'fungsional'], ['JF', 'fungsional'], ['JFT', 'fungsional'], ['FT', 'fungsional'],
  ['FUNGSIONAL TERTENTU', 'fungsional'], ['2', 'fungsional'],
  ['STRUKTURAL', STRUKTURAL], ['1', STRUKTURAL],
  ['RANGKAP', RANGKAP], ['RANGKAP STRUKTURAL DAN FUNGSIONAL', RANGKAP], ['3', RANGKAP],
]);

const KEY_SEP_RE = /[\s_\-./()]+/g;
const STRUKTURAL_PREFIX_RE = /^(?:JABATAN\s+)?STRUKTURAL\s*[\/(\-–,:]?\s*(.+?)\s*\)?$/;
const DIGITS_RE = /^\d+$/;

const F_STRUKTURAL = fail(
  'struktural',
  text(
    'struktural tanpa eselon: tingkat jabatan tidak dapat ditentukan',
    'struktural without eselon: cannot tell the level',
  ),
);
const F_RANGKAP = fail(
  'ambiguous',
  text(
    'jabatan rangkap (struktural dan fungsional): jenis jabatan tidak dapat ditentukan',
    'dual post (structural and functional): cannot tell the post type',
  ),
);
const F_NON_ESELON = fail(
  'ambiguous',
  text('non-eselon: bisa pelaksana atau fungsional', 'non-eselon: may be pelaksana or fungsional'),
);
const F_INCONSISTENT = fail(
  'inconsistent',
  text('tingkat eselon tidak sesuai dengan jenis jabatan yang menyertainya', 'eselon level does not match the post type given with it'),
);
const F_UNKNOWN = fail('unknown', text('jenis jabatan tidak dikenali', 'post type not recognised'));

const KIND_BY_LEVEL: readonly Kind[] = ['pelaksana', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas', 'pelaksana'];

function parseCleaned(c: string): Parsed<Kind> {
  const u = c.toUpperCase();
  let key = u.replace(KEY_SEP_RE, ' ').trim();
  if (key.startsWith('JABATAN ')) key = key.slice(8);
  const hit = TABLE.get(key);
  if (hit !== undefined) {
    if (hit === STRUKTURAL) return F_STRUKTURAL;
    if (hit === RANGKAP) return F_RANGKAP;
    return ok(hit, c !== hit);
  }
  if (u === '99') return F_NON_ESELON;
  if (DIGITS_RE.test(u)) return F_UNKNOWN;
  // An eselon written in the kind column: `ESELON IV / Pengawas`, `Eselon III.a`, `Struktural (IV.a)`.
  const m = STRUKTURAL_PREFIX_RE.exec(u);
  const code = readEselon(m !== null ? m[1]! : u);
  if (code > 0) {
    if (code > UTAMA_FLAG) return ok('jpt_utama', true);
    return ok(KIND_BY_LEVEL[(code / 10) | 0]!, true);
  }
  if (code === 0) return m !== null ? F_STRUKTURAL : F_NON_ESELON;
  if (code === R_INCONSISTENT) return F_INCONSISTENT;
  return F_UNKNOWN;
}

/**
 * Parse a post-type (jenis jabatan) cell: canonical values (`jpt_pratama`), labels (`JPT Pratama`,
 * `Administrator`, `Pengawas`, `Pelaksana`, `Fungsional`, `JABATAN FUNGSIONAL`), abbreviations
 * (`JFT`/`FT` → fungsional, `JFU`/`FU`/`Jabatan Fungsional Umum` → pelaksana), BKN jenis jabatan
 * ids (`2` fungsional, `4` pelaksana), and eselon labels (`ESELON IV / Pengawas` → pengawas,
 * `Eselon III` → administrator, eselon V → pelaksana, eselon I → jpt_madya unless labelled Utama).
 *
 * Fails with code `struktural` for `Struktural` / BKN `1` (the level is unknown: use the eselon
 * column, or {@link inferKindFromTitle}), and `ambiguous` for BKN `3` (rangkap) and `Non Eselon`.
 */
export function parseKind(raw: string | null | undefined, valueMap?: ValueMap): Parsed<Kind> {
  return parseCell(raw, valueMap, parseCleaned, ok);
}

const STRUCTURAL_KINDS: ReadonlySet<string> = new Set<Kind>(['jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas']);

/** JPT, administrator and pengawas are structural; pelaksana and fungsional are not, nor is a post of no known kind. */
export function kindIsStructural(kind: string | null): boolean {
  return kind !== null && STRUCTURAL_KINDS.has(kind);
}

// ---------------------------------------------------------------------------------------------
// Inference from the title

export interface InferredKind {
  readonly kind: Kind;
  /** Only where regional practice fixes the eselon (PP 18/2016 practice, UNCONFIRMED). */
  readonly eselonHint?: Eselon;
  readonly reason: Text;
}

interface TitleRule {
  readonly re: RegExp;
  readonly result: InferredKind;
}

function inferred(kind: Kind, id: string, en: string, eselonHint?: Eselon): InferredKind {
  return eselonHint === undefined
    ? Object.freeze({ kind, reason: text(id, en) })
    : Object.freeze({ kind, eselonHint, reason: text(id, en) });
}

function rule(re: RegExp, kind: Kind, id: string, en: string, eselonHint?: Eselon): TitleRule {
  return { re, result: inferred(kind, id, en, eselonHint) };
}

/** `KEPALA `, `KA `, or `KA` glued to the next word (`KABID`, `KASUBBAG`). */
const HEAD = String.raw`(?:KEPALA\s|KA\s?)`;
const h = (body: string): RegExp => new RegExp(`^${HEAD}${body}`);

const OPD_ABBR = String.raw`(?:BAPPEDA|BAPPELITBANGDA|BAPEDA|BKPSDMD?|BKPP|BKD|BPKAD|BPKD|BKAD|BAPENDA|BPPRD|BPBD|BAKESBANGPOL|KESBANGPOL|BPPKAD|BPKPD)`;

const JF_WORDS = String.raw`(?:PERENCANA|ANALIS|AUDITOR|ARSIPARIS|PRANATA|PENYULUH|PENGAWAS|PUSTAKAWAN|DOKTER|PERAWAT|BIDAN|APOTEKER|GURU|PENELITI|PERANCANG|STATISTISI|PENGELOLA|PENATA|PENGENDALI|PEMERIKSA|PENILAI|PENERJEMAH|SANITARIAN|NUTRISIONIS|EPIDEMIOLOG|ENTOMOLOG|FISIOTERAPIS|RADIOGRAFER|WIDYAISWARA|PENILIK|PAMONG|PEKERJA|MEDIATOR|ASESOR|INSTRUKTUR|PENGUJI|PENERA|PENYIDIK|PENGAMAT|PEREKAM|ADMINISTRATOR|POLISI|TERAPIS|ASISTEN)`;

/** First match wins; the order matters (see comments). */
const TITLE_RULES: readonly TitleRule[] = [
  // JF with a keahlian jenjang anywhere (`Analis Kebijakan Ahli Muda`). Before structural rules
  // so that `Asisten …`/`Pengawas …` JF are not read as structural.
  rule(/\bAHLI\s(?:PERTAMA|MUDA|MADYA|UTAMA)\b/, 'fungsional', 'jenjang JF keahlian pada nama jabatan', 'JF keahlian jenjang in the title'),
  // --- Sekretaris: the specific ones before the generic one.
  rule(/^(?:SEKRETARIS\sDAERAH|SEKDA)\b/, 'jpt_pratama', 'Sekretaris Daerah (kabupaten/kota: II.a)', 'Sekretaris Daerah (regency/city: II.a)', 'II.a'),
  rule(/^(?:SEKRETARIS\s(?:DPRD|DEWAN)|SEKWAN)\b/, 'jpt_pratama', 'Sekretaris DPRD', 'Sekretaris DPRD', 'II.b'),
  // Sekcam III.b under PP 18/2016 practice (rules/data/eselon-typical.yaml; other typical lists put it at IV: both unconfirmed).
  rule(/^(?:SEKRETARIS\s(?:KECAMATAN|CAMAT)|SEKCAM)\b/, 'administrator', 'Sekretaris Kecamatan', 'Sekretaris Kecamatan'),
  rule(/^(?:SEKRETARIS\s(?:KELURAHAN|LURAH)|SEKLUR)\b/, 'pengawas', 'Sekretaris Kelurahan', 'Sekretaris Kelurahan'),
  rule(/^(?:SEKRETARIS(?!\s(?:PIMPINAN|DESA|KOMISI|PRIBADI|FRAKSI)\b)|SEKDIS|SEKBAN)\b/, 'administrator', 'Sekretaris perangkat daerah', 'secretary of a regional department'),
  // --- JPT Pratama
  rule(new RegExp(String.raw`^${HEAD}(?:DINAS|DIS|BADAN|BAN|${OPD_ABBR})\b`), 'jpt_pratama', 'Kepala Dinas/Badan', 'head of a Dinas/Badan', 'II.b'),
  rule(/^(?:KEPALA\sSATUAN\sPOLISI|KASATPOL)/, 'jpt_pratama', 'Kepala Satuan Polisi Pamong Praja', 'head of the Satpol PP', 'II.b'),
  rule(/^(?:KEPALA\sPELAKSANA|KALAKSA)\b/, 'jpt_pratama', 'Kepala Pelaksana (BPBD)', 'executive head (BPBD)', 'II.b'),
  rule(/^(?:INSPEKTUR\sPEMBANTU|IRBAN)/, 'administrator', 'Inspektur Pembantu', 'Inspektur Pembantu'),
  rule(/^INSPEKTUR(?:\s(?:DAERAH|KABUPATEN|KOTA|PROVINSI)\b.*)?$/, 'jpt_pratama', 'Inspektur', 'Inspektur', 'II.b'),
  rule(
    /^ASISTEN(?:\s(?:I{1,3}|IV|[1-4]|SEKRETARIS|SEKDA|BIDANG|PEMERINTAHAN|PEREKONOMIAN|EKONOMI|ADMINISTRASI|ADM|KESEJAHTERAAN|KESRA|PEMBANGUNAN|UMUM|PEMKESRA|EKBANG)\b|$)/,
    'jpt_pratama', 'Asisten Sekretaris Daerah', 'assistant to the Sekretaris Daerah', 'II.b',
  ),
  rule(/^STAF{1,2}\sAHLI\b/, 'jpt_pratama', 'Staf Ahli', 'Staf Ahli (expert staff)', 'II.b'),
  // Hospital class decides between II.b and III.a: no hint.
  rule(/^DIREKTUR(?:\s(?:UTAMA\s)?(?:RSUD|RSD|RUMAH\sSAKIT)\b|$)/, 'jpt_pratama', 'Direktur RSUD (eselon menurut kelas rumah sakit)', 'RSUD director (eselon depends on hospital class)'),
  // --- Administrator
  rule(/^(?:WAKIL\sDIREKTUR|WADIR)\b/, 'administrator', 'Wakil Direktur', 'deputy director'),
  rule(h(String.raw`(?:BIDANG|BID)\b`), 'administrator', 'Kepala Bidang', 'head of a Bidang'),
  rule(h(String.raw`(?:BAGIAN|BAG)\b`), 'administrator', 'Kepala Bagian', 'head of a Bagian'),
  rule(new RegExp(String.raw`^(?:CAMAT|${HEAD}(?:KECAMATAN|DISTRIK))\b`), 'administrator', 'Camat', 'Camat (head of a kecamatan)'),
  rule(h(String.raw`KANTOR\b`), 'administrator', 'Kepala Kantor', 'head of a Kantor'),
  // --- Pengawas
  rule(h(String.raw`(?:SEKSI|SIE|SI)\b`), 'pengawas', 'Kepala Seksi', 'head of a Seksi'),
  rule(h(String.raw`(?:SUB\s?BAGIAN|SUB\s?BAG|SUBAG)\b`), 'pengawas', 'Kepala Subbagian', 'head of a Subbagian'),
  rule(h(String.raw`(?:SUB\s?BIDANG|SUB\s?BID|SUBID)\b`), 'pengawas', 'Kepala Subbidang', 'head of a Subbidang'),
  rule(new RegExp(String.raw`^(?:LURAH|${HEAD}KELURAHAN)\b`), 'pengawas', 'Lurah', 'Lurah (head of a kelurahan)'),
  rule(h(String.raw`(?:UPTD?|UNIT\sPELAKSANA\sTEKNIS|PUSKESMAS)\b`), 'pengawas', 'Kepala UPT (dianggap pengawas IV.a)', 'head of a UPT (assumed pengawas IV.a)', 'IV.a'),
  rule(h(String.raw`(?:TATA\sUSAHA|TU)\b`), 'pengawas', 'Kepala Tata Usaha', 'head of administration (tata usaha)'),
  // --- JF by keterampilan jenjang or old jenjang naming (`Perencana Muda`, `Arsiparis Pelaksana Lanjutan`).
  rule(/\b(?:TERAMPIL|MAHIR|PENYELIA|PEMULA)\b|\bPELAKSANA\sLANJUTAN\b/, 'fungsional', 'jenjang JF keterampilan pada nama jabatan', 'JF keterampilan jenjang in the title'),
  rule(
    new RegExp(String.raw`^${JF_WORDS}\b.*\s(?:PERTAMA|MUDA|MADYA|UTAMA|PELAKSANA)$`),
    'fungsional', 'nama JF dengan jenjang (penamaan lama)', 'JF name with a jenjang (old naming)',
  ),
  // --- JF names that are never pelaksana titles, even without a jenjang.
  rule(
    /^(?:AUDITOR|ARSIPARIS|PUSTAKAWAN|PERENCANA|GURU|DOKTER|PERAWAT|BIDAN|APOTEKER|WIDYAISWARA|PENILIK|SANITARIAN|NUTRISIONIS|EPIDEMIOLOG|ENTOMOLOG|RADIOGRAFER|FISIOTERAPIS|PEREKAM\sMEDIS|PENYULUH|STATISTISI|PRANATA\s(?:KOMPUTER|HUBUNGAN\sMASYARAKAT|HUMAS|LABORATORIUM)|PAMONG\sBELAJAR|PENGAWAS\s(?:SEKOLAH|LINGKUNGAN|PENYELENGGARAAN|PEMERINTAHAN)|PENGELOLA\sPENGADAAN\sBARANG|PERANCANG\sPERATURAN|POLISI\sPAMONG\sPRAJA|ADMINISTRATOR\s(?:DATABASE|KESEHATAN)|ASISTEN\s(?:APOTEKER|PENATA\sANESTESI)|PEKERJA\sSOSIAL|PENGANTAR\sKERJA|PENERJEMAH|PENATA\sRUANG)\b/,
    'fungsional', 'nama JF (tanpa jenjang)', 'JF name (without jenjang)',
  ),
  // --- Pelaksana nomenclature (`Analis` without a jenjang is a pelaksana title).
  rule(
    /^(?:PENGADMINISTRASI|PENGELOLA|PENGOLAH|ANALIS|OPERATOR|STAF{1,2}|PELAKSANA|BENDAHARA|PENGEMUDI|SOPIR|CARAKA|PRAMU\s?BAKTI|PETUGAS|PENJAGA|PENYUSUN|VERIFIKATOR|KASIR|PENGAWAL)\b/,
    'pelaksana', 'nama jabatan pelaksana', 'pelaksana title',
  ),
];

/** A listed pelaksana name (pelaksana-names.ts), one shared result per class (the class is unconfirmed, see there). */
const LISTED_PELAKSANA: Record<PelaksanaClass, InferredKind> = {
  klerek: inferred('pelaksana', 'nama jabatan pelaksana (PermenPANRB 45/2022; klasifikasi klerek, belum terkonfirmasi)', 'pelaksana title (PermenPANRB 45/2022; klerek class, unconfirmed)'),
  operator: inferred('pelaksana', 'nama jabatan pelaksana (PermenPANRB 45/2022; klasifikasi operator, belum terkonfirmasi)', 'pelaksana title (PermenPANRB 45/2022; operator class, unconfirmed)'),
  teknisi: inferred('pelaksana', 'nama jabatan pelaksana (PermenPANRB 45/2022; klasifikasi teknisi, belum terkonfirmasi)', 'pelaksana title (PermenPANRB 45/2022; teknisi class, unconfirmed)'),
};

const TITLE_PUNCT_RE = /[.,;:()[\]"'`_-]+/g;
const SPACES_RE = /\s+/g;
const ACTING_RE = /^(?:PLT|PLH|PJ|PJS|PELAKSANA\sTUGAS|PELAKSANA\sHARIAN)\s+/;

/**
 * Last resort when neither the kind nor the eselon column says anything: guess the post type from
 * its title (Indonesian, any case, abbreviations such as `Kasi`, `Kasubag`, `Kabid`, `Sekdis`,
 * acting prefixes `Plt.`/`Plh.` ignored). Returns a shared frozen object, or `null` when nothing
 * matches. `eselonHint` is given only for Sekretaris Daerah (II.a, assuming kabupaten/kota),
 * other JPT Pratama posts (II.b) and Kepala UPT (IV.a); these are regional practice, UNCONFIRMED.
 */
export function inferKindFromTitle(title: string | null | undefined): InferredKind | null {
  const c = clean(title);
  if (c === '') return null;
  let t = c.toUpperCase().replace(TITLE_PUNCT_RE, ' ').replace(SPACES_RE, ' ').trim();
  t = t.replace(ACTING_RE, '');
  const listed = pelaksanaName(t);
  if (listed) return LISTED_PELAKSANA[listed.class];
  for (const r of TITLE_RULES) {
    if (r.re.test(t)) return r.result;
  }
  return null;
}
