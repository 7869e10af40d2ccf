/**
 * What every diff formatter shares: its context, the words (Indonesian, English), and the one-line description of a
 * change. Pure.
 */
import type { ChalkInstance } from 'chalk';
import type { Lang, Text } from '../../i18n/index.js';
import type { Change, ChangeKind, Diff, FieldChange } from '../../model/diff/index.js';
import type { Structure } from '../../model/structure.js';

export interface DiffFormatContext {
  lang: Lang;
  /** Only the stylish format colours; null: plain text. */
  color: ChalkInstance | null;
  toolName: string;
  toolVersion: string;
  /** The two versions' posts, for the HTML charts (absent: no charts). */
  structures?: { old: Structure; new: Structure };
}

/** A diff formatter is pure: the same diff and context give byte-identical output. */
export type DiffFormatter = (diff: Diff, ctx: DiffFormatContext) => string;

export const KIND_TITLE: Record<ChangeKind, Text> = {
  'post-added': { id: 'Jabatan ditambah', en: 'Posts added' },
  'post-removed': { id: 'Jabatan dihapus', en: 'Posts removed' },
  'post-rekeyed': { id: 'Jabatan berganti ID', en: 'Posts re-keyed' },
  'post-moved': { id: 'Jabatan pindah atasan', en: 'Posts moved to another parent' },
  'post-renamed': { id: 'Jabatan berganti nama', en: 'Posts renamed' },
  'post-kind': { id: 'Jenis atau eselon berubah', en: 'Kind or eselon changed' },
  'post-unit': { id: 'Unit atau OPD berubah', en: 'Unit or OPD changed' },
  'person-joined': { id: 'Pegawai masuk', en: 'People joined' },
  'person-left': { id: 'Pegawai keluar', en: 'People left' },
  'person-moved': { id: 'Pegawai pindah jabatan', en: 'People moved post' },
  'person-golongan': { id: 'Golongan berubah', en: 'Golongan changed' },
  'team-formed': { id: 'Tim kerja dibentuk', en: 'Teams formed' },
  'team-dissolved': { id: 'Tim kerja dibubarkan', en: 'Teams dissolved' },
  'team-members': { id: 'Anggota tim kerja berubah', en: 'Team members changed' },
};

const FIELD: Record<string, Text> = {
  id: { id: 'ID', en: 'id' },
  name: { id: 'nama', en: 'title' },
  parent_id: { id: 'atasan', en: 'parent' },
  kind: { id: 'jenis', en: 'kind' },
  eselon: { id: 'eselon', en: 'eselon' },
  unit: { id: 'unit', en: 'unit' },
  opd: { id: 'OPD', en: 'OPD' },
  post_id: { id: 'jabatan', en: 'post' },
  golongan: { id: 'golongan', en: 'golongan' },
  member: { id: 'anggota', en: 'member' },
};

const T = {
  none: { id: 'Tidak ada perubahan.', en: 'No changes.' },
  title: { id: 'Perubahan struktur', en: 'Structure changes' },
  kind: { id: 'Perubahan', en: 'Change' },
  count: { id: 'Jumlah', en: 'Count' },
  where: { id: 'Berkas:baris', en: 'File:line' },
  what: { id: 'Rincian', en: 'Details' },
  subject: { id: 'ID dan nama', en: 'Id and name' },
  posts: { id: 'jabatan', en: 'posts' },
  people: { id: 'pegawai', en: 'people' },
  teams: { id: 'tim', en: 'teams' },
  duplicates: { id: 'jabatan dengan ID ganda tidak dibandingkan: {old} di versi lama, {new} di versi baru', en: 'posts with a duplicate id were not compared: {old} in the old version, {new} in the new one' },
} satisfies Record<string, Text>;

export type DiffWord = keyof typeof T;

export function word(lang: Lang, w: DiffWord): string {
  return T[w][lang];
}

export function kindTitle(lang: Lang, kind: ChangeKind): string {
  return KIND_TITLE[kind][lang];
}

/** `12 perubahan` / `1 change`. */
export function changesCount(lang: Lang, n: number): string {
  return lang === 'id' ? `${n} perubahan` : `${n} ${n === 1 ? 'change' : 'changes'}`;
}

/** `and 12 more` under a list cut short. */
export function andMore(lang: Lang, n: number): string {
  return lang === 'id' ? `dan ${n} lainnya` : `and ${n} more`;
}

/** `jabatan 600 → 601; pegawai 752 → 753`: the size of each table in both versions. */
export function sizes(diff: Diff, lang: Lang): string {
  const parts = (['posts', 'people', 'teams'] as const)
    .filter((t) => diff.counts.old[t] !== undefined && diff.counts.new[t] !== undefined)
    .map((t) => `${word(lang, t)} ${diff.counts.old[t]} → ${diff.counts.new[t]}`);
  return parts.join('; ');
}

/** The note on posts left out for a duplicate id, or '' when there are none. */
export function duplicatesNote(diff: Diff, lang: Lang): string {
  const { old, new: next } = diff.duplicates;
  return old || next ? word(lang, 'duplicates').replace('{old}', String(old)).replace('{new}', String(next)) : '';
}

/** What changed is about: `DINKES.03 Kepala Bidang P2P`, a re-keyed post as `DINKES.03 → DINKES.05 …`. */
export function subject(c: Change): string {
  return `${c.oldKey !== undefined ? `${c.oldKey} → ` : ''}${c.key} ${c.label}`.trim();
}

/** The changed values: `eselon IV.b → IV.a; jenis pengawas → pelaksana` (a re-keyed post's id is in its subject). */
export function details(c: Change, lang: Lang): string {
  return c.fields
    .filter((f) => c.kind !== 'post-rekeyed' || f.field !== 'id')
    .map((f) => `${FIELD[f.field]?.[lang] ?? f.field} ${value(f.before, f.beforeName)} → ${value(f.after, f.afterName)}`)
    .join('; ');
}

/** Subject and details on one line. */
export function describe(c: Change, lang: Lang): string {
  const d = details(c, lang);
  return d ? `${subject(c)}: ${d}` : subject(c);
}

function value(v: FieldChange['before'], name: string | undefined): string {
  if (v === null || v === '') return '—';
  return name ? `${v} (${name})` : v;
}

/** The changes of each kind, in the diff's order (sorted by kind already). */
export function byKind(changes: readonly Change[]): Map<ChangeKind, Change[]> {
  const groups = new Map<ChangeKind, Change[]>();
  for (const c of changes) {
    const g = groups.get(c.kind);
    if (g) g.push(c);
    else groups.set(c.kind, [c]);
  }
  return groups;
}
