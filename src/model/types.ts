/** Domain types shared by every stage, named in English: post = jabatan, opd = perangkat daerah, jenjang = JF level. */

export const KINDS = [
  'jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas', 'pelaksana', 'fungsional',
] as const;
export type Kind = (typeof KINDS)[number];

export const ESELONS = ['I.a', 'I.b', 'II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b', 'V.a', 'V.b'] as const;
export type Eselon = (typeof ESELONS)[number];

/** Golongan ruang in canonical form, e.g. `III/b`. PPPK grades (`V`, `IX`) are kept as roman numerals. */
export const GOLONGANS = [
  'I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const;
export type Golongan = (typeof GOLONGANS)[number];

export const EDUCATIONS = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type Education = (typeof EDUCATIONS)[number];

export const JENJANGS = [
  'ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama', 'pemula', 'terampil', 'mahir', 'penyelia',
] as const;
export type Jenjang = (typeof JENJANGS)[number];

export const UNIT_TYPES = [
  'sekretariat_daerah', 'sekretariat_dprd', 'sekretariat', 'inspektorat', 'dinas', 'badan', 'kecamatan',
  'kelurahan', 'rsud', 'upt', 'bidang', 'bagian', 'seksi', 'subbagian', 'subbidang', 'pengadaan', 'lainnya',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export type EmployeeStatus = 'pns' | 'pppk';

/** Where a record came from: physical line (1-based, of the record's first line) and record number (1-based, header excluded). */
export interface SourceRef {
  file: string;
  line: number;
  row: number;
}

/** The SourceRef of a post or person (a fresh object: most rows never need one). */
export function srcOf(x: SourceRef): SourceRef {
  return { file: x.file, line: x.line, row: x.row };
}

/** A row of the posts table as read; its links (parent, children, head, holders) are the Structure's (model/structure.ts). */
export interface Post {
  id: string;
  parentId: string | null;
  name: string;
  kind: Kind | null;
  eselon: Eselon | null;
  unit: string;
  opd: string;
  unitType: UnitType | null;
  /** What was not read from the data as it stands (POST_FLAG bits; absent = none): one field, not three per post. */
  flags?: number;
  /** Where the row is (see SourceRef): fields, not an object, for a million rows. */
  file: string;
  line: number;
  row: number;
}

/** Bits of `Post.flags`. */
export const POST_FLAG = {
  /** kind or eselon was not in the data but inferred (reported as info findings) */
  kindInferred: 1,
  eselonInferred: 2,
  /** the eselon cell had text that could not be read (already reported) */
  eselonUnreadable: 4,
  /** listed without a parent: the parent was inferred from titles and eselon (model/infer-tree.ts) */
  parentInferred: 8,
} as const;

export function hasFlag(p: Post, flag: number): boolean {
  return ((p.flags ?? 0) & flag) !== 0;
}

/** A row of the people table as read; the post a person holds is found through the Structure. */
export interface Person {
  nip: string;
  name: string;
  postId: string | null;
  golongan: Golongan | null;
  education: Education | null;
  /** ISO date YYYY-MM-DD. */
  birthDate: string | null;
  status: EmployeeStatus | null;
  /** Transitional role such as `koordinator` / `subkoordinator` (abolished by PermenPANRB 7/2022). */
  role: string | null;
  file: string;
  line: number;
  row: number;
}

export type TeamRole = 'ketua' | 'anggota';

export interface TeamMembership {
  teamId: string;
  teamName: string;
  ownerPostId: string;
  nip: string;
  role: TeamRole;
  src: SourceRef;
}
