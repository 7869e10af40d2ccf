/**
 * The lampiran of the Perbup: I the kedudukan of every OPD after migration (a bagan drawn as a table), II the work
 * teams per OPD, III the Matriks Peran dan Hasil form, IV the form of a decree forming a team. The sections of I and
 * II are also what the body counts (perbupCounts), so the numbers in the body and the rows here cannot disagree.
 */
import { labels } from '../labels.js';
import type { ReportModel, ReportPost, ReportTeam } from '../model.js';
import { orgTree, type TreeNode } from '../org-tree.js';
import { jenjangLabel, reviewRows } from '../tables.js';
import { groupBy } from '../text.js';
import type { Block, Line, Run, TableColumn } from './legal-doc.js';
import { regionRun, signingOffice } from './region.js';
import { list, numberLine, plainList, unconfirmed, type PerbupContext } from './perbup-text.js';

// ---------------------------------------------------------------------------------------------------------------
// Lampiran I: kedudukan

/** One OPD's bagan: rows of four cells (Level 1, Level 2, JF, pelaksana), in tree order. */
export interface KedudukanSection {
  opd: string;
  rows: Line[][];
}

type Place = 'structural' | 'jf' | 'pelaksana';

function placeOf(p: ReportPost, hasChildren: boolean): Place {
  if (p.change === 'equalised' || p.kind === 'fungsional') return 'jf';
  if (p.kind === 'pelaksana') return 'pelaksana';
  if (p.kind === null) return hasChildren ? 'structural' : 'pelaksana';
  return 'structural';
}

/** Every OPD of the model in plan order, each with its migrated structure as bagan rows. */
export function kedudukanSections(model: ReportModel): KedudukanSection[] {
  const l = labels('id');
  const postsByOpd = groupBy(model.posts, (p) => p.opd);
  return model.opds.map(({ opd }) => {
    const posts = postsByOpd.get(opd) ?? [];
    const byId = new Map(posts.map((p) => [p.id, p]));
    // A post the rules or the analyst must still settle is shown, marked with why.
    const review = new Map(reviewRows(posts, l).map((r) => [r.postId, r.reason]));
    const rows: Line[][] = [];
    const cell = (node: TreeNode): Run => {
      const p = byId.get(node.id)!;
      const jenjang = jenjangLabel(p.jenjang);
      const text = jenjang && !node.title.includes(jenjang) ? `${node.title} ${jenjang}` : node.title;
      const why = review.get(p.id) ?? (p.kind === null ? 'jenis jabatan tidak diketahui; periksa posts.csv' : undefined);
      return why ? unconfirmed(text, why) : text;
    };
    /** Rows for the JF and pelaksana among `nodes`; returns the officials found beneath them, to be walked next. */
    const staffRows = (nodes: readonly TreeNode[]): TreeNode[] => {
      // JF and pelaksana reached through other JF or pelaksana serve the same official: one row per title, counted.
      const seen = new Map<string, { run: Run; place: Place; n: number }>();
      const officials: TreeNode[] = [];
      const visit = (n: TreeNode) => {
        const place = placeOf(byId.get(n.id)!, n.children.length > 0);
        if (place === 'structural') return void officials.push(n);
        const run = cell(n);
        const key = `${place}\u0000${typeof run === 'string' ? run : JSON.stringify(run)}`;
        const e = seen.get(key);
        if (e) e.n++;
        else seen.set(key, { run, place, n: 1 });
        n.children.forEach(visit);
      };
      nodes.forEach(visit);
      for (const { run, place, n } of seen.values()) {
        const line: Line = n > 1 ? [run, ` (${n} jabatan)`] : [run];
        rows.push(place === 'jf' ? [[], [], line, []] : [[], [], [], line]);
      }
      return officials;
    };
    const walk = (node: TreeNode, depth: number, superior: string, orphan: boolean) => {
      const head: Line = orphan ? [unconfirmed(node.title, 'atasan tidak ditemukan dalam struktur; periksa parent_id')] : [cell(node)];
      if (depth === 0) rows.push([head, [], [], []]);
      else rows.push([[], depth === 1 ? head : [...head, ` (di bawah ${superior})`], [], []]);
      // An official under a JF (a JF may lead a unit, PermenPANRB 1/2023) is drawn under this one.
      for (const c of staffRows(node.children)) walk(c, depth + 1, node.title, false);
    };
    // Every post appears once: a tree whose root is not an official (a broken chain) starts with its staff rows.
    orgTree(posts, 'after', l).forEach((root, i) => {
      for (const official of staffRows([root])) walk(official, 0, '', i > 0 || official !== root);
    });
    return { opd, rows };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Lampiran II: tim kerja

export interface TeamSection {
  /** The OPD's name, or a marked line when the team's owner is not in the structure. */
  opd: Line;
  teams: ReportTeam[];
}

/** The teams grouped by the owner's OPD in plan order; teams whose owner is not in the structure come last. */
export function teamSections(model: ReportModel): TeamSection[] {
  const byOpd = groupBy(model.teams, (t) => t.opd);
  const out: TeamSection[] = model.opds.filter((o) => byOpd.has(o.opd)).map((o) => ({ opd: [o.opd], teams: byOpd.get(o.opd)! }));
  const known = new Set(model.opds.map((o) => o.opd));
  const lost = model.teams.filter((t) => !known.has(t.opd));
  if (lost.length > 0) out.push({ opd: [unconfirmed('Perangkat Daerah tidak diketahui', 'jabatan pemilik tim tidak ada dalam struktur; perbaiki teams.csv')], teams: lost });
  return out;
}

function teamRows(model: ReportModel, teams: readonly ReportTeam[]): Line[][] {
  const postOf = new Map(model.people.map((p) => [p.nip, p.newPost]));
  const person = (m: ReportTeam['members'][number]): Run[] => {
    const post = postOf.get(m.nip);
    const text = `${m.name || m.nip}${m.name ? `, NIP ${m.nip}` : ''}${post ? `, ${post}` : ''}`;
    return [m.name ? text : unconfirmed(text, 'NIP tidak ada dalam tabel pegawai')];
  };
  const joined = (ms: ReportTeam['members']): Line => ms.flatMap((m, i) => (i === 0 ? person(m) : ['; ', ...person(m)]));
  return teams.map((t, i) => {
    const ketua = t.members.filter((m) => m.role === 'ketua');
    const leader: Line =
      ketua.length === 0 ? ['tanpa Ketua Tim']
        : ketua.length > 1 ? [unconfirmed(ketua.map((m) => `${m.name || m.nip}, NIP ${m.nip}`).join('; '), `${ketua.length} ketua tercantum; tetapkan satu Ketua Tim`)]
          : joined(ketua);
    const owner: Line = t.ownerName ? [t.ownerName] : [unconfirmed(t.ownerPostId, 'jabatan pemilik tim tidak ada dalam struktur')];
    return [[String(i + 1)], [t.teamName], owner, leader, joined(t.members.filter((m) => m.role !== 'ketua'))];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The four lampiran

/** Where in the body the lampiran are ordered: the pasal that sets up work teams (Lampiran IV cites it). */
export interface BodyRefs {
  teamPasal: number;
  teamAyat: number;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function head(ctx: PerbupContext, n: number, name: string, landscape: boolean): Block[] {
  return [
    { kind: 'pageBreak', landscape },
    { kind: 'lampiranHead', lines: [[`LAMPIRAN ${ROMAN[n - 1]}`], [`${ctx.reg.toUpperCase()} `, ctx.PLACE], numberLine(ctx), ['TENTANG'], ctx.TITLE] },
    { kind: 'heading', lines: [[name]], bold: true },
  ];
}

/** The head's office and name at the foot of each lampiran (no place or date: those stand under the body). */
function foot(ctx: PerbupContext): Block {
  return { kind: 'signature', place: [], date: [], office: signingOffice(ctx.region), name: [regionRun(ctx.region, 'head.name', { upper: true })] };
}

const KEDUDUKAN_COLUMNS: TableColumn[] = [
  { head: 'Pejabat Level 1', w: 0.22 },
  { head: 'Pejabat Level 2', w: 0.28 },
  { head: 'Jabatan Fungsional (nama dan jenjang)', w: 0.28 },
  { head: 'Jabatan Pelaksana', w: 0.22 },
];

const TEAM_COLUMNS: TableColumn[] = [
  { head: 'No', w: 0.05 },
  { head: 'Tim Kerja', w: 0.17 },
  { head: 'Pejabat Penanggung Jawab', w: 0.2 },
  { head: 'Ketua Tim (nama, NIP, jabatan)', w: 0.22 },
  { head: 'Anggota (nama, NIP, jabatan)', w: 0.36 },
];

export function lampiran(ctx: PerbupContext, model: ReportModel, kedudukan: readonly KedudukanSection[], teams: readonly TeamSection[], refs: BodyRefs): Block[] {
  const out: Block[] = [];
  const numbered = (i: number, opd: Line): Block => ({ kind: 'para', text: [`${i + 1}. `, ...opd], bold: true });

  out.push(...head(ctx, 1, 'KEDUDUKAN PEJABAT LEVEL 1, PEJABAT LEVEL 2, JABATAN FUNGSIONAL, DAN JABATAN PELAKSANA PADA PERANGKAT DAERAH', true));
  out.push({ kind: 'para', text: [{ text: 'Bagan kedudukan dalam bentuk grafis tersedia pada laporan setara report --format html.', italic: true }] });
  if (kedudukan.length === 0) out.push({ kind: 'para', text: ['Tidak ada Perangkat Daerah dalam data migrasi.'] });
  kedudukan.forEach((s, i) => out.push(numbered(i, [s.opd]), { kind: 'table', columns: KEDUDUKAN_COLUMNS, rows: s.rows, repeatHeader: true }));
  out.push(foot(ctx));

  out.push(...head(ctx, 2, 'DAFTAR TIM KERJA PADA PERANGKAT DAERAH', true));
  if (teams.length === 0) out.push({ kind: 'para', text: ['Belum ada Tim Kerja dalam data migrasi (teams.csv).'] });
  teams.forEach((s, i) => out.push(numbered(i, s.opd), { kind: 'table', columns: TEAM_COLUMNS, rows: teamRows(model, s.teams), repeatHeader: true }));
  out.push(foot(ctx));

  out.push(...head(ctx, 3, 'FORMAT MATRIKS PERAN DAN HASIL', true), ...mphForm(), foot(ctx));
  out.push(...head(ctx, 4, 'FORMAT KEPUTUSAN PEMBENTUKAN TIM KERJA', false), ...teamDecreeForm(ctx, refs), foot(ctx));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Lampiran III and IV: forms. Their blanks are dots, as printed in an enacted form: the OPD fills them in later, so
// they are not placeholders for the drafter of this Perbup.

const MPH_SOURCE = 'format MPH menurut bahan BKPSDM dan SE Sekda DKI 13/SE/2024 [P12][P14]; bentuk baku dalam PermenPANRB 6/2022 belum dicocokkan';

function mphForm(): Block[] {
  const dots: Line = ['…'];
  return [
    { kind: 'para', text: ['A. Penyelarasan satu tingkat'], bold: true },
    {
      kind: 'table',
      columns: [
        { head: 'No', w: 0.05 },
        { head: 'Nama / NIP', w: 0.17 },
        { head: 'Jabatan', w: 0.15 },
        { head: 'Peran (individu / Ketua Tim / anggota)', w: 0.15 },
        { head: 'IKI 1 Pejabat Level 1: …', w: 0.16 },
        { head: 'IKI 2 Pejabat Level 1: …', w: 0.16 },
        { head: 'IKI …', w: 0.16 },
      ],
      rows: [
        [['1'], dots, dots, dots, ['peran-hasil …'], ['peran-hasil …'], dots],
        [dots, dots, dots, dots, dots, dots, dots],
      ],
    },
    { kind: 'para', text: ['B. Penyelarasan dua tingkat'], bold: true },
    {
      kind: 'table',
      columns: [
        { head: 'No', w: 0.05 },
        { head: 'IKI Pejabat Level 1', w: 0.25 },
        { head: 'Peran-hasil Ketua Tim / JF (nama, jabatan)', w: 0.35 },
        { head: 'Peran-hasil Anggota Tim Kerja (nama, jabatan)', w: 0.35 },
      ],
      rows: [[['1'], ['…'], ['…'], ['…']], [['…'], ['…'], ['…'], ['…']]],
    },
    { kind: 'para', text: ['Petunjuk pengisian:'] },
    {
      kind: 'para',
      text: [unconfirmed('Lajur teratas memuat indikator kinerja individu (IKI) Pejabat Level 1; lajur kiri memuat setiap pegawai dengan jabatannya dan perannya, secara individu atau sebagai Ketua Tim; setiap sel memuat peran-hasil pegawai yang dirumuskan dalam bahasa hasil; pegawai yang ditugaskan dari unit organisasi lain dicantumkan dalam MPH unit organisasi tempat penugasan sebelum SKP disusun; peran-hasil Ketua Tim menjadi rencana kinerja Ketua Tim dalam SKP.', MPH_SOURCE)],
    },
  ];
}

const DECREE_INSTRUMENT = 'instrumen pembentukan Tim Kerja (keputusan atau surat tugas) dan pejabat yang menetapkannya belum diatur dalam peraturan nasional yang terkonfirmasi';

function teamDecreeForm(ctx: PerbupContext, refs: BodyRefs): Block[] {
  const perbup: Line = [`${ctx.reg} `, ctx.place, ' Nomor … Tahun … tentang ', ...ctx.title];
  return [
    { kind: 'para', text: [unconfirmed('Keputusan ditetapkan oleh Pejabat Level 1 pada Perangkat Daerah pemilik Tim Kerja.', DECREE_INSTRUMENT)] },
    { kind: 'heading', lines: [['KEPUTUSAN KEPALA …'], ['NOMOR … TAHUN …'], ['TENTANG'], ['PEMBENTUKAN TIM KERJA …']] },
    { kind: 'heading', lines: [['KEPALA …,']] },
    {
      kind: 'considerans', label: 'Menimbang',
      list: plainList('alpha', [[`bahwa untuk melaksanakan ketentuan Pasal ${refs.teamPasal} ayat (${refs.teamAyat}) `, ...perbup, ', perlu menetapkan Keputusan Kepala … tentang Pembentukan Tim Kerja …']]),
    },
    { kind: 'considerans', label: 'Mengingat', list: plainList('num', [perbup]) },
    { kind: 'heading', lines: [['MEMUTUSKAN:']] },
    { kind: 'diktum', label: 'Menetapkan', text: ['KEPUTUSAN KEPALA … TENTANG PEMBENTUKAN TIM KERJA ….'] },
    { kind: 'diktum', label: 'KESATU', text: ['Membentuk Tim Kerja … dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.'] },
    { kind: 'diktum', label: 'KEDUA', text: ['Tim Kerja sebagaimana dimaksud dalam Diktum KESATU bertugas:'], list: list(0, [['…'], ['…'], ['…']], 'dan', '.') },
    { kind: 'diktum', label: 'KETIGA', text: ['Tim Kerja menyampaikan hasil pelaksanaan tugas kepada Pejabat Level 2 ….'] },
    { kind: 'diktum', label: 'KEEMPAT', text: ['Keputusan ini mulai berlaku pada tanggal ditetapkan.'] },
    { kind: 'signature', place: ['…'], date: ['…'], office: ['KEPALA …'], name: ['…'] },
    {
      kind: 'table', caption: 'Susunan keanggotaan Tim Kerja …',
      columns: [{ head: 'No', w: 0.06 }, { head: 'Nama', w: 0.26 }, { head: 'NIP', w: 0.2 }, { head: 'Jabatan', w: 0.28 }, { head: 'Kedudukan dalam Tim', w: 0.2 }],
      rows: [[['1'], ['…'], ['…'], ['…'], ['Ketua Tim']], [['2'], ['…'], ['…'], ['…'], ['Anggota']], [['…'], ['…'], ['…'], ['…'], ['Anggota']]],
    },
  ];
}
