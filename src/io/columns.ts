/**
 * Canonical columns per table and the header aliases real SIMPEG/SIASN exports use (seen in public exports), and the
 * mapping of a header to them by name. The values of the first records settle what a name alone cannot (see
 * column-evidence.ts); the result, a {@link ColumnMapping}, records each column's field, how sure, and why.
 */
import { InputError } from '../errors.js';
import type { Text } from '../i18n/index.js';

export type TableKind = 'posts' | 'people' | 'teams' | 'decisions';

export interface ColumnSpec {
  name: string;
  required: boolean;
  /** Aliases in priority order; compared after normaliseHeader(). */
  aliases: string[];
}

export const COLUMNS: Record<TableKind, ColumnSpec[]> = {
  posts: [
    { name: 'id', required: true, aliases: ['id_jabatan', 'kode_jabatan', 'jabatan_id', 'uno_id', 'id_unor', 'unor_id', 'kode'] },
    { name: 'parent_id', required: false, aliases: ['parent', 'diatasan_id', 'uno_diatasan_id', 'id_atasan', 'atasan_id', 'induk_id', 'parent_kode', 'kode_atasan'] },
    { name: 'name', required: true, aliases: ['nama_jabatan', 'jabatan', 'jabatan_nama', 'nama_jab', 'uno_namjab', 'nama'] },
    { name: 'kind', required: false, aliases: ['jenis_jabatan', 'jenis_jabatan_nama', 'jenis_jabatan_id', 'tipe_jabatan', 'skp_jenis_jabatan', 'jenis'] },
    { name: 'eselon', required: false, aliases: ['eselon_id', 'kode_eselon', 'kode_enselon', 'uno_kodesl', 'eselon_nama'] },
    { name: 'unit', required: false, aliases: ['unit_kerja', 'nama_unor', 'unor', 'uno_namuno', 'nama_unit', 'unit_organisasi', 'sub_unit'] },
    { name: 'opd', required: false, aliases: ['perangkat_daerah', 'unor_induk', 'induk_unor', 'skpd', 'nama_opd', 'opd_nama', 'instansi_unit', 'dinas'] },
    { name: 'unit_type', required: false, aliases: ['jenis_unit', 'tipe_unit', 'jenis_unor', 'jenis_unor_nama'] },
    /** Depth in the tree (1 = an OPD head, or 0 for the top), for building a tree without parent ids. */
    { name: 'depth', required: false, aliases: ['kedalaman_hierarki', 'tree_depth', 'hierarchy_depth'] },
  ],
  people: [
    { name: 'nip', required: true, aliases: ['nip_baru', 'pns_nip', 'nip_pegawai', 'nip_pns'] },
    { name: 'name', required: false, aliases: ['nama', 'nama_pegawai', 'nama_lengkap', 'pns_nama'] },
    { name: 'post_id', required: false, aliases: ['new_post_id', 'jabatan_id', 'id_jabatan', 'kode_jabatan', 'unor_id', 'id_unor'] },
    { name: 'golongan', required: false, aliases: ['gol_akhir_nama', 'gol_akhir_id', 'pangkat_golongan', 'golru', 'golongan_ruang', 'gol', 'kode_golongan', 'pangkat_id', 'pangkat'] },
    { name: 'education', required: false, aliases: ['tingkat_pendidikan_nama', 'tingkat_pendidikan_id', 'tingkat_pendidikan', 'pendidikan_terakhir', 'pendidikan'] },
    { name: 'birth_date', required: false, aliases: ['tgl_lahir', 'tanggal_lahir', 'tgllahir'] },
    { name: 'status', required: false, aliases: ['status_pegawai', 'jenis_pegawai', 'status_kepegawaian'] },
    { name: 'role', required: false, aliases: ['peran', 'tugas_tambahan'] },
  ],
  teams: [
    { name: 'team_id', required: true, aliases: ['id_tim', 'kode_tim', 'tim_id'] },
    { name: 'team_name', required: false, aliases: ['nama_tim', 'tim'] },
    { name: 'owner_post_id', required: true, aliases: ['pemilik_jabatan_id', 'jabatan_pemilik', 'owner', 'id_jabatan_pemilik'] },
    { name: 'nip', required: true, aliases: ['nip_baru', 'nip_anggota', 'nip_pegawai'] },
    { name: 'role', required: false, aliases: ['peran', 'jabatan_tim', 'kedudukan'] },
  ],
  decisions: [
    { name: 'post_id', required: true, aliases: ['id_jabatan', 'id', 'jabatan_id'] },
    { name: 'decision', required: true, aliases: ['keputusan', 'keputusan_analis'] },
    { name: 'jf', required: false, aliases: ['jabatan_fungsional', 'jf_analis'] },
    { name: 'jenjang', required: false, aliases: ['jenjang_analis'] },
    { name: 'note', required: false, aliases: ['catatan', 'keterangan', 'catatan_analis'] },
  ],
};

/**
 * Header names that say "a level" without saying which: the eselon, or the depth in the tree (the issue-15 export whose
 * `level` was the depth gave 61 "eselon I" errors). A name alone maps them to nothing; their values decide between
 * the fields listed (column-evidence.ts).
 */
export const AMBIGUOUS: Partial<Record<TableKind, { names: ReadonlySet<string>; fields: readonly string[] }>> = {
  posts: {
    names: new Set([
      'level', 'lvl', 'tingkat', 'tingkatan', 'depth', 'kedalaman', 'hirarki', 'hierarki', 'hierarchy', 'lapis',
      'level_jabatan', 'tingkat_jabatan', 'level_struktur', 'tingkat_struktur',
    ]),
    fields: ['eselon', 'depth'],
  },
};

/** Required fields the first records' values may still give when no header names them (column-evidence.ts). */
export const BY_VALUES: Partial<Record<TableKind, readonly string[]>> = { posts: ['name'] };

/** `NAMA_JABATAN`, `namaJabatan`, `Nama Jabatan` → `nama_jabatan`. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Every canonical name, alias and ambiguous name of any table, normalised: what a header row is recognised by. */
const KNOWN: ReadonlySet<string> = new Set([
  ...Object.values(COLUMNS).flatMap((specs) => specs.flatMap((s) => [s.name, ...s.aliases])),
  ...Object.values(AMBIGUOUS).flatMap((a) => [...a.names]),
]);

/** Whether a header cell (normalised) is a column name setara knows for some table. */
export function isKnownHeader(normalised: string): boolean {
  return KNOWN.has(normalised);
}

/** Per table: canonical name or alias (not an ambiguous one) → its field. */
const FIELD_OF = {} as Record<TableKind, ReadonlyMap<string, string>>;
for (const [kind, specs] of Object.entries(COLUMNS) as Array<[TableKind, ColumnSpec[]]>) {
  const ambiguous = AMBIGUOUS[kind]?.names;
  const owner = new Map<string, string>();
  for (const s of specs) for (const n of [s.name, ...s.aliases]) if (!ambiguous?.has(n) && !owner.has(n)) owner.set(n, s.name);
  FIELD_OF[kind] = owner;
}

export type Confidence = 'high' | 'medium' | 'low';

/** What put a column on its field: the config, the canonical name, a known alias, or its values (an ambiguous name). */
export type MatchBasis = 'config' | 'name' | 'alias' | 'values';

/** What was decided for one header cell. */
export interface ColumnDecision {
  /** 0-based position in the header. */
  position: number;
  header: string;
  /** The canonical field the column feeds; null when it is not used. */
  field: string | null;
  /** Null when not used. */
  basis: MatchBasis | null;
  /** Null when not used. */
  confidence: Confidence | null;
  /** The name alone could mean several fields (AMBIGUOUS): unless the config maps it, its values decide. */
  ambiguous: boolean;
  /** Why, in a sentence a user can act on. */
  reason: Text;
  /** The first distinct non-empty values of the column (at most SAMPLE_VALUES; empty before the evidence is read). */
  samples: string[];
}

/**
 * How a table's header maps to canonical columns. `index`, `source` and `unused` are what the readers use; `columns`
 * says for each header cell what was decided and why (for --verbose and `setara inspect`).
 */
export interface ColumnMapping {
  kind: TableKind;
  /** The header's physical line (CSV) or sheet row (XLSX). */
  headerLine: number;
  /** canonical name → header index */
  index: Map<string, number>;
  /** canonical name → header text it came from */
  source: Map<string, string>;
  /** Headers feeding no field, in header order. */
  unused: string[];
  /** One per header cell, in header order. */
  columns: ColumnDecision[];
  /** How many records the samples and the evidence come from (0: mapped by name only). */
  sampled: number;
}

const R_CONFIG: Text = { id: 'dipetakan di setara.config.yaml', en: 'mapped in setara.config.yaml' };
const R_NAME: Text = { id: 'nama kolom baku', en: 'canonical column name' };
const R_UNKNOWN: Text = { id: 'nama kolom tidak dikenal', en: 'unknown column name' };
/** The reason of an ambiguous column until its values are read (inferMapping replaces it). */
const R_PENDING: Text = { id: 'nama ambigu; menunggu nilai', en: 'ambiguous name; awaiting its values' };

/**
 * Maps a header to canonical columns by name: explicit mapping from the config first, then exact canonical names,
 * then aliases in priority order. A required column that cannot be found is an input error on the header line that
 * names the columns found and the closest known names, except the `pending` ones (BY_VALUES: the caller reads the
 * values, then calls requireColumns). Ambiguous names (AMBIGUOUS) stay unmapped here, pending their values
 * (inferMapping in column-evidence.ts).
 */
export function mapColumns(
  kind: TableKind, header: string[], file: string, headerLine: number, explicit: Record<string, string> = {}, pending: readonly string[] = [],
): ColumnMapping {
  const mapping = placeColumns(kind, header, file, headerLine, explicit);
  requireColumns(mapping, file, pending);
  return mapping;
}

/** Throws the input error for the first required column the mapping lacks, `pending` ones aside. */
export function requireColumns(mapping: ColumnMapping, file: string, pending: readonly string[] = []): void {
  const missing = missingRequired(mapping).find((spec) => !pending.includes(spec.name));
  if (!missing) return;
  const header = mapping.columns.map((c) => c.header);
  // The nearest names offered for a missing column are among the columns left unused.
  const unused = mapping.columns.map((c) => (c.field === null ? normaliseHeader(c.header) : ''));
  throw missingColumn(mapping.kind, missing, header, unused, file, mapping.headerLine);
}

/** The required columns a mapping lacks, in spec order. */
export function missingRequired(mapping: ColumnMapping): ColumnSpec[] {
  return COLUMNS[mapping.kind].filter((spec) => spec.required && !mapping.index.has(spec.name));
}

/** mapColumns without refusing a missing required column (`setara inspect` shows such a table instead). */
export function placeColumns(
  kind: TableKind, header: string[], file: string, headerLine: number, explicit: Record<string, string> = {},
): ColumnMapping {
  const norm = header.map(normaliseHeader);
  const index = new Map<string, number>();
  const source = new Map<string, string>();
  const dups = duplicates(norm);
  const ambiguous = AMBIGUOUS[kind]?.names;
  const columns: ColumnDecision[] = header.map((h, i) => {
    const unsure = ambiguous?.has(norm[i]!) === true;
    return { position: i, header: h, field: null, basis: null, confidence: null, ambiguous: unsure, reason: unsure ? R_PENDING : R_UNKNOWN, samples: [] };
  });
  const use = (canonical: string, i: number, basis: MatchBasis, reason: Text) => {
    index.set(canonical, i);
    source.set(canonical, header[i] ?? '');
    Object.assign(columns[i]!, { field: canonical, basis, confidence: 'high', reason });
  };
  for (const spec of COLUMNS[kind]) {
    const wanted = explicit[spec.name];
    if (wanted === undefined) continue;
    const i = header.findIndex((h) => h === wanted || normaliseHeader(h) === normaliseHeader(wanted));
    if (i === -1)
      throw new InputError(
        { id: `kolom '${wanted}' (dipetakan ke ${spec.name} di konfigurasi) tidak ada`, en: `column '${wanted}' (mapped to ${spec.name} in the config) not found` },
        file, headerLine,
      );
    use(spec.name, i, 'config', R_CONFIG);
  }
  for (const spec of COLUMNS[kind]) {
    if (index.has(spec.name)) continue;
    const candidates = [spec.name, ...spec.aliases];
    for (let c = 0; c < candidates.length; c++) {
      const candidate = candidates[c]!;
      if (ambiguous?.has(candidate)) continue; // `depth`: its values decide
      const i = norm.findIndex((h, j) => h === candidate && columns[j]!.field === null);
      if (i === -1) continue;
      if (dups.has(norm[i]!))
        throw new InputError({ id: `judul kolom '${header[i]}' muncul dua kali`, en: `column header '${header[i]}' appears twice` }, file, headerLine);
      if (c === 0) use(spec.name, i, 'name', R_NAME);
      else use(spec.name, i, 'alias', { id: `nama lain yang dikenal untuk '${spec.name}'`, en: `known alias of '${spec.name}'` });
      break;
    }
  }
  // A known name whose field another column already feeds: say which, so that the user sees why it is left out.
  const owner = FIELD_OF[kind];
  columns.forEach((c, i) => {
    const field = c.field === null ? owner.get(norm[i]!) : undefined;
    const from = field === undefined ? undefined : source.get(field);
    if (from !== undefined)
      c.reason = { id: `'${field}' sudah diambil dari kolom '${from}'`, en: `'${field}' already comes from column '${from}'` };
  });
  return { kind, headerLine, index, source, unused: header.filter((_, i) => columns[i]!.field === null), columns, sampled: 0 };
}

/** Columns listed in a one-line error: enough to recognise the row, not a 100k-column dump. */
const LIST_MAX = 12;
const CELL_MAX = 40;

/**
 * The error for a required column that is missing: the header row it looked at, the columns found there, and the
 * headers closest to the column's known names (edit distance, or one containing the other), so a wrong header row
 * or a near-miss name shows at once.
 */
function missingColumn(kind: TableKind, spec: ColumnSpec, header: string[], norm: string[], file: string, line: number): InputError {
  const shown = header.slice(0, LIST_MAX).map((h) => (h.length > CELL_MAX ? `${h.slice(0, CELL_MAX)}…` : h) || '""');
  const found = `${shown.join(', ')}${header.length > LIST_MAX ? `, … (+${header.length - LIST_MAX})` : ''}`;
  const near = closest([spec.name, ...spec.aliases], header, norm);
  const nearId = near.length ? `; terdekat: ${near.map(([h, k]) => `'${h}' ≈ ${k}`).join(', ')}` : '';
  const nearEn = near.length ? `; closest: ${near.map(([h, k]) => `'${h}' ≈ ${k}`).join(', ')}` : '';
  const tried = [spec.name, ...spec.aliases].join(', ');
  const where = `columns.${kind}.${spec.name}`;
  return new InputError(
    {
      id: `kolom wajib '${spec.name}' tidak ditemukan di baris judul (baris ${line}: ${found})${nearId}; nama yang dikenal: ${tried}; petakan di setara.config.yaml (${where}) atau pilih baris judul dengan --header-row N`,
      en: `required column '${spec.name}' not found in the header (line ${line}: ${found})${nearEn}; known names: ${tried}; map it in setara.config.yaml (${where}) or choose the header row with --header-row N`,
    },
    file, line,
  );
}

/**
 * Headers near one of `names` (at most 3, nearest first): [header text, known name]. Looks at the first 1000 headers;
 * `norm` has '' for the columns already used.
 */
function closest(names: string[], header: string[], norm: string[]): Array<[string, string]> {
  const hits: Array<{ d: number; i: number; name: string }> = [];
  for (let i = 0; i < Math.min(norm.length, 1000); i++) {
    const h = norm[i]!;
    if (h === '' || h.length > 64) continue;
    let best: { d: number; name: string } | undefined;
    for (const name of names) {
      const limit = Math.max(1, Math.floor(Math.max(h.length, name.length) / 3));
      const contains = Math.min(h.length, name.length) >= 3 && (h.includes(name) || name.includes(h));
      const d = contains ? Math.abs(h.length - name.length) / 10 : editDistance(h, name, limit);
      if (d <= limit && (!best || d < best.d)) best = { d, name };
    }
    if (best) hits.push({ ...best, i });
  }
  return hits.sort((a, b) => a.d - b.d || a.i - b.i).slice(0, 3).map((x) => [header[x.i]!, x.name]);
}

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Every header that appears more than once (not only the first: `x,x,id,id` must not take the first `id` silently). */
function duplicates(values: string[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const v of values) {
    if (v !== '' && seen.has(v)) out.add(v);
    seen.add(v);
  }
  return out;
}
