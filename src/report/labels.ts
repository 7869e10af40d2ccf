/** Every word the report prints, Indonesian (default) and English, in one place. */
import type { Lang, Text } from '../i18n/index.js';

const T = {
  reportTitle: { id: 'Laporan Penyetaraan Jabatan', en: 'Job Equalisation Report' },
  subtitle: {
    id: 'Penyederhanaan birokrasi: penyetaraan jabatan administrasi ke dalam jabatan fungsional',
    en: 'Bureaucracy simplification: equalising administrative posts into functional posts',
  },
  source: { id: 'Sumber', en: 'Source' },
  asOf: { id: 'Tanggal acuan', en: 'Reference date' },
  tool: { id: 'Dibuat dengan', en: 'Made with' },
  ruleset: { id: 'Aturan', en: 'Ruleset' },
  contents: { id: 'Daftar isi', en: 'Contents' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  summaryTable: { id: 'Ringkasan per perangkat daerah', en: 'Summary per regional department' },
  opd: { id: 'Perangkat Daerah', en: 'Regional department' },
  opdCode: { id: 'Kode', en: 'Code' },
  postsBefore: { id: 'Jabatan sebelum', en: 'Posts before' },
  postsAfter: { id: 'Jabatan sesudah', en: 'Posts after' },
  structuralBefore: { id: 'Struktural sebelum', en: 'Structural before' },
  structuralAfter: { id: 'Struktural sesudah', en: 'Structural after' },
  equalised: { id: 'Disetarakan', en: 'Equalised' },
  kept: { id: 'Tetap', en: 'Kept' },
  review: { id: 'Telaah', en: 'Review' },
  peopleAffected: { id: 'Pegawai terdampak', en: 'People affected' },
  total: { id: 'Jumlah', en: 'Total' },
  findingsTable: { id: 'Temuan menurut jenis', en: 'Warnings by type' },
  ruleId: { id: 'Aturan', en: 'Rule' },
  severity: { id: 'Tingkat', en: 'Severity' },
  count: { id: 'Jumlah', en: 'Count' },
  description: { id: 'Uraian', en: 'Description' },
  citation: { id: 'Dasar hukum', en: 'Citation' },
  rulesetsTable: { id: 'Aturan dan versi berkas aturan yang dipakai', en: 'Rulesets and rule-file versions used' },
  rulesetId: { id: 'Ruleset', en: 'Ruleset' },
  file: { id: 'Berkas', en: 'File' },
  version: { id: 'Versi aturan', en: 'Rule version' },
  equalisationTable: { id: 'Daftar penyetaraan jabatan', en: 'Equalisation list' },
  no: { id: 'No', en: 'No' },
  postId: { id: 'ID Jabatan', en: 'Post ID' },
  oldPost: { id: 'Nama Jabatan Lama', en: 'Former post' },
  eselon: { id: 'Eselon', en: 'Eselon' },
  unit: { id: 'Unit Organisasi', en: 'Organisational unit' },
  jf: { id: 'Jabatan Fungsional', en: 'Functional post (JF)' },
  jenjang: { id: 'Jenjang', en: 'Level' },
  remarks: { id: 'Keterangan', en: 'Remarks' },
  reviewTable: { id: 'Jabatan yang perlu ditelaah', en: 'Posts for review' },
  proposedJenjang: { id: 'Usulan jenjang', en: 'Proposed level' },
  candidates: { id: 'Kandidat JF (skor)', en: 'JF candidates (score)' },
  reason: { id: 'Alasan', en: 'Reason' },
  peopleTable: { id: 'Daftar pegawai terdampak', en: 'People affected' },
  notEqualisedTable: { id: 'Tidak dapat disetarakan', en: 'Not equalised' },
  postBecomes: { id: 'Jabatan menjadi', en: 'Post becomes' },
  peopleNotEqualised: { id: 'Pegawai tidak disetarakan', en: 'People not equalised' },
  nip: { id: 'NIP', en: 'NIP' },
  name: { id: 'Nama', en: 'Name' },
  pangkat: { id: 'Pangkat/Gol', en: 'Rank/Grade' },
  oldNewPost: { id: 'Jabatan lama → baru', en: 'Post: former → new' },
  oldPostShort: { id: 'Jabatan lama', en: 'Former post' },
  newPostShort: { id: 'Jabatan baru', en: 'New post' },
  change: { id: 'Perubahan', en: 'Change' },
  notes: { id: 'Catatan', en: 'Notes' },
  teamsTable: { id: 'Tim kerja', en: 'Work teams' },
  team: { id: 'Tim', en: 'Team' },
  owner: { id: 'Di bawah', en: 'Reports to' },
  leader: { id: 'Ketua', en: 'Leader' },
  members: { id: 'Anggota', en: 'Members' },
  role: { id: 'Peran', en: 'Role' },
  chartBefore: { id: 'Bagan organisasi sebelum penyetaraan', en: 'Organisation chart before equalisation' },
  chartAfter: { id: 'Bagan organisasi sesudah penyetaraan', en: 'Organisation chart after equalisation' },
  legend: { id: 'Keterangan warna', en: 'Legend' },
  none: { id: 'Tidak ada.', en: 'None.' },
  noPeople: { id: 'Tidak ada data pegawai (migrate dijalankan tanpa --people).', en: 'No people data (migrate ran without --people).' },
  analystDecided: { id: 'diputuskan analis', en: 'decided by the analyst' },
  // Why an equalised post is on the review list: its JF proposal (mapping.csv jf_status).
  jfWeak: { id: 'JF diusulkan dengan bukti lemah; periksa', en: 'JF proposed on weak evidence; check it' },
  jfTie: { id: 'beberapa JF sama kuat; pilih JF', en: 'several JF equally good; choose the JF' },
  jfNone: { id: 'tidak ada JF yang cocok; pilih JF', en: 'no JF candidate; choose the JF' },
  inferredBasis: { id: 'dasar keputusan disimpulkan', en: 'decision rests on an inference' },
  holderNotEqualised: { id: 'pemegang tidak dapat disetarakan (lihat tabel Tidak dapat disetarakan)', en: 'holder not equalised (see the Not equalised table)' },
  // Chart statuses: legend text and the text marker inside each box.
  statusKept: { id: 'Jabatan struktural tetap', en: 'Structural post kept' },
  statusStaff: { id: 'Pelaksana / JF, tidak berubah', en: 'Staff / JF, unchanged' },
  statusEqualised: { id: 'Disetarakan ke JF', en: 'Equalised to a JF' },
  statusDissolved: { id: 'Unit dibubarkan (jabatan disetarakan)', en: 'Unit dissolved (post equalised)' },
  statusReview: { id: 'Perlu telaah', en: 'Needs review' },
  statusMoved: { id: 'Pindah ke atasan baru', en: 'Moved to a new superior' },
  markerEqualised: { id: 'DISETARAKAN', en: 'EQUALISED' },
  markerDissolved: { id: 'DIBUBARKAN', en: 'DISSOLVED' },
  markerReview: { id: 'TELAAH', en: 'REVIEW' },
  markerMoved: { id: 'PINDAH', en: 'MOVED' },
  // Changes of a person's post.
  changeEqualised: { id: 'disetarakan', en: 'equalised' },
  changeReplaced: { id: 'pindah atasan', en: 'new superior' },
  changeUnchanged: { id: 'tetap', en: 'unchanged' },
  changeReview: { id: 'telaah', en: 'review' },
  changeNoPost: { id: 'tanpa jabatan', en: 'no post' },
  changeNotEqualised: { id: 'tidak disetarakan', en: 'not equalised' },
  // DOCX lampiran.
  lampiran: { id: 'LAMPIRAN', en: 'ANNEX' },
  perbup: { id: 'PERATURAN BUPATI', en: 'REGULATION OF THE REGENT (PERATURAN BUPATI) OF' },
  nomor: { id: 'NOMOR', en: 'NUMBER' },
  tahun: { id: 'TAHUN', en: 'YEAR' },
  tentang: { id: 'TENTANG', en: 'ON' },
  perbupSubject: {
    id: 'PENYETARAAN JABATAN ADMINISTRASI KE DALAM JABATAN FUNGSIONAL',
    en: 'THE EQUALISATION OF ADMINISTRATIVE POSTS INTO FUNCTIONAL POSTS',
  },
  docHeading: {
    id: 'DAFTAR PENYETARAAN JABATAN ADMINISTRASI KE DALAM JABATAN FUNGSIONAL',
    en: 'LIST OF ADMINISTRATIVE POSTS EQUALISED INTO FUNCTIONAL POSTS',
  },
  bupati: { id: 'BUPATI', en: 'REGENT OF' },
  signName: { id: '(nama lengkap)', en: '(full name)' },
  page: { id: 'Halaman', en: 'Page' },
  placeholderNote: {
    id: 'Isian bertanda … (disorot) diisi oleh Bagian Organisasi sebelum penetapan.',
    en: 'Fields marked … (highlighted) are filled in by the organisation bureau before enactment.',
  },
  // XLSX sheet names (max 31 characters).
  sheetReview: { id: 'Telaah', en: 'Review' },
  sheetSummary: { id: 'Ringkasan', en: 'Summary' },
  sheetEqualisation: { id: 'Penyetaraan', en: 'Equalisation' },
  sheetPeople: { id: 'Pegawai', en: 'People' },
  sheetNotEqualised: { id: 'Tidak disetarakan', en: 'Not equalised' },
  sheetTeams: { id: 'Tim', en: 'Teams' },
  sheetFindings: { id: 'Temuan', en: 'Warnings' },
  sheetRulesets: { id: 'Aturan', en: 'Rulesets' },
  // Informative columns of the review sheet, after the five columns `migrate --decisions` reads.
  colName: { id: 'nama_jabatan', en: 'post_name' },
  colOpd: { id: 'perangkat_daerah', en: 'department' },
  colUnit: { id: 'unit_organisasi', en: 'unit' },
  colEselon: { id: 'eselon', en: 'eselon' },
  colProposed: { id: 'usulan_jenjang', en: 'proposed_jenjang' },
  colCandidates: { id: 'kandidat_jf', en: 'jf_candidates' },
  colReason: { id: 'alasan_telaah', en: 'review_reason' },
  decisionHelp: {
    id: 'Isi decision (setarakan/tetap/telaah atau equalise/keep/review), jf (ID atau nama JF) dan bila perlu jenjang; baris dengan decision kosong dilewati.',
    en: 'Fill decision (equalise/keep/review), jf (JF id or name) and, if needed, jenjang; rows with an empty decision are skipped.',
  },
  severityError: { id: 'galat', en: 'error' },
  severityWarning: { id: 'peringatan', en: 'warning' },
  severityInfo: { id: 'info', en: 'info' },
  kindJpt: { id: 'JPT', en: 'JPT' },
  kindAdministrator: { id: 'Administrator', en: 'Administrator' },
  kindPengawas: { id: 'Pengawas', en: 'Supervisor (pengawas)' },
  kindPelaksana: { id: 'Pelaksana', en: 'Staff (pelaksana)' },
  kindFungsional: { id: 'JF', en: 'JF' },
} satisfies Record<string, Text>;

export type LabelKey = keyof typeof T;
export type Labels = Record<LabelKey, string>;

const cache = new Map<Lang, Labels>();

/** The report's words in one language. */
export function labels(lang: Lang): Labels {
  let l = cache.get(lang);
  if (!l) {
    l = Object.fromEntries(Object.entries(T).map(([k, v]) => [k, v[lang]])) as Labels;
    cache.set(lang, l);
  }
  return l;
}

export function tableCaption(lang: Lang, n: number, title: string): string {
  return `${lang === 'id' ? 'Tabel' : 'Table'} ${n}. ${title}`;
}

export function severityLabel(l: Labels, s: 'error' | 'warning' | 'info'): string {
  return s === 'error' ? l.severityError : s === 'warning' ? l.severityWarning : l.severityInfo;
}

export function changeLabel(l: Labels, change: string): string {
  switch (change) {
    case 'equalised': return l.changeEqualised;
    case 'replaced': return l.changeReplaced;
    case 'review': return l.changeReview;
    case 'no-post': return l.changeNoPost;
    case 'not-equalised': return l.changeNotEqualised;
    default: return l.changeUnchanged;
  }
}

/** Short label of a post kind, for the eselon column when a post has none and for chart boxes. */
export function kindLabel(l: Labels, kind: string | null): string {
  if (kind === null) return '';
  if (kind.startsWith('jpt_')) return `${l.kindJpt} ${kind.slice(4, 5).toUpperCase()}${kind.slice(5)}`;
  if (kind === 'administrator') return l.kindAdministrator;
  if (kind === 'pengawas') return l.kindPengawas;
  if (kind === 'pelaksana') return l.kindPelaksana;
  if (kind === 'fungsional') return l.kindFungsional;
  return kind;
}
