/** Canonical columns per table and the header aliases real SIMPEG/SIASN exports use (input-conventions.md). */
import { InputError } from '../errors.js';

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
    { name: 'eselon', required: false, aliases: ['eselon_id', 'kode_eselon', 'kode_enselon', 'uno_kodesl', 'eselon_nama', 'level'] },
    { name: 'unit', required: false, aliases: ['unit_kerja', 'nama_unor', 'unor', 'uno_namuno', 'nama_unit', 'unit_organisasi', 'sub_unit'] },
    { name: 'opd', required: false, aliases: ['perangkat_daerah', 'unor_induk', 'induk_unor', 'skpd', 'nama_opd', 'opd_nama', 'instansi_unit', 'dinas'] },
    { name: 'unit_type', required: false, aliases: ['jenis_unit', 'tipe_unit', 'jenis_unor', 'jenis_unor_nama'] },
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

/** `NAMA_JABATAN`, `namaJabatan`, `Nama Jabatan` → `nama_jabatan`. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export interface ColumnMapping {
  /** canonical name → header index */
  index: Map<string, number>;
  /** canonical name → header text it came from */
  source: Map<string, string>;
  unused: string[];
}

/**
 * Maps a header to canonical columns: explicit mapping from the config first, then exact canonical names,
 * then aliases in priority order. A required column that cannot be found is an input error on the header line.
 */
export function mapColumns(
  kind: TableKind, header: string[], file: string, headerLine: number, explicit: Record<string, string> = {},
): ColumnMapping {
  const norm = header.map(normaliseHeader);
  const index = new Map<string, number>();
  const source = new Map<string, string>();
  const taken = new Set<number>();
  const dups = duplicates(norm);
  const use = (canonical: string, i: number) => {
    index.set(canonical, i);
    source.set(canonical, header[i] ?? '');
    taken.add(i);
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
    use(spec.name, i);
  }
  for (const spec of COLUMNS[kind]) {
    if (index.has(spec.name)) continue;
    for (const candidate of [spec.name, ...spec.aliases]) {
      const i = norm.findIndex((h, j) => h === candidate && !taken.has(j));
      if (i !== -1) {
        if (dups.has(norm[i]!))
          throw new InputError({ id: `judul kolom '${header[i]}' muncul dua kali`, en: `column header '${header[i]}' appears twice` }, file, headerLine);
        use(spec.name, i);
        break;
      }
    }
    if (spec.required && !index.has(spec.name)) {
      const tried = [spec.name, ...spec.aliases].join(', ');
      throw new InputError(
        { id: `kolom wajib '${spec.name}' tidak ditemukan (dicoba: ${tried}; petakan di setara.config.yaml)`, en: `required column '${spec.name}' not found (tried: ${tried}; map it in setara.config.yaml)` },
        file, headerLine,
      );
    }
  }
  const unused = header.filter((_, i) => !taken.has(i));
  return { index, source, unused };
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
