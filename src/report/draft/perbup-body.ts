/**
 * The batang tubuh of the Perbup on the work system: BAB (numbered for Roman rendering) and Pasal (continuous),
 * following a derived BAB outline (no real Perbup's body was readable) and the mechanism of PermenPANRB 7/2022 [S1].
 * Every provision whose basis is not confirmed carries an unconfirmed run saying why; the drafter decides.
 */
import type { Block, Line, List, Run } from './legal-doc.js';
import type { BodyRefs } from './perbup-lampiran.js';
import { counted, list, unconfirmed as u, type PerbupContext } from './perbup-text.js';

/** The numbers the body states; they come from the lampiran's own rows (perbupCounts). */
export interface BodyCounts {
  opds: number;
  teams: number;
}

type Ayat = { text: Line; list?: List };

const DEF_7_2022 = 'definisi dari Pasal 1 PermenPANRB 7/2022: sumber hanya memuat parafrasenya [S2][S3]; salin kata demi kata dari teks resmi (Lampiran II UU 12/2011 [P7])';
const defFrom = (reg: string) => `rumusan mengikuti ${reg}, belum dicocokkan dengan teks resminya; definisi kutipan harus sama kata demi kata [P7]`;
const LEVEL = 'Pejabat Level 1 = kepala Perangkat Daerah (JPT Pratama) dan Pejabat Level 2 = administrator adalah tafsiran atas PermenPANRB 7/2022 [S1][S11]';
const LOCAL = 'pilihan pengaturan daerah: tidak ada ketentuan nasional yang terkonfirmasi';
const TEAM_RULES = 'syarat Ketua Tim, jumlah anggota, dan instrumen penetapan Tim Kerja belum diatur dalam peraturan nasional yang terkonfirmasi';
const TRANSITION = 'ketentuan peralihan PermenPANRB 7/2022 tidak terbaca; berakhirnya peran koordinator/subkoordinator terkonfirmasi hanya dari sumber sekunder [S1]';

/** Builds BAB I … and Pasal 1 …, and says where the lampiran are referred to. */
export function batangTubuh(ctx: PerbupContext, counts: BodyCounts): { blocks: Block[]; refs: BodyRefs } {
  const { reg, w } = ctx;
  const blocks: Block[] = [];
  let bab = 0;
  let bagian = 0;
  let pasal = 0;
  const chapter = (title: string) => {
    blocks.push({ kind: 'bab', number: ++bab, title });
    bagian = 0;
  };
  const section = (title: string) => blocks.push({ kind: 'bagian', number: ++bagian, title });
  const article = (ayat: Ayat[]): number => {
    blocks.push(ayat.length === 1 ? { kind: 'pasal', number: ++pasal, body: ayat } : { kind: 'pasal', number: ++pasal, ayat });
    return pasal;
  };
  const inseparable = `yang merupakan bagian tidak terpisahkan dari ${reg} ini`;
  const a = (...text: Run[]): Ayat => ({ text });

  chapter('KETENTUAN UMUM');
  article([{ text: [`Dalam ${reg} ini yang dimaksud dengan:`], list: definitions(ctx) }]);

  chapter('MAKSUD, TUJUAN, DAN RUANG LINGKUP');
  article([
    a(`${reg} ini dimaksudkan sebagai pedoman Penyesuaian Sistem Kerja di lingkungan Pemerintah Daerah setelah penyederhanaan struktur organisasi dan penyetaraan jabatan administrasi ke dalam JF.`),
    {
      text: [`${reg} ini bertujuan untuk:`],
      // The purposes of work-system adjustment [S1][S3].
      list: list(0, [
        ['mewujudkan proses kerja yang efektif dan efisien'],
        ['menjamin tercapainya tujuan, strategi, dan kinerja organisasi'],
        ['mengoptimalkan pemanfaatan sumber daya manusia'],
        ['mengoptimalkan pemanfaatan teknologi informasi dan komunikasi'],
      ], 'dan', '.'),
    },
  ]);
  article([{
    text: [`Ruang lingkup ${reg} ini meliputi:`],
    // The components of the work mechanism [S1].
    list: list(0, [
      ['kedudukan'],
      ['Mekanisme Kerja, yang terdiri atas penugasan, pelaksanaan tugas, dan pertanggungjawaban pelaksanaan tugas'],
      ['pengelolaan kinerja'],
      ['pemanfaatan teknologi informasi dan komunikasi'],
      ['pembinaan dan pemantauan'],
    ], 'dan', '.'),
  }]);

  chapter('KEDUDUKAN');
  article([
    { text: ['Susunan jabatan pada setiap Perangkat Daerah terdiri atas:'], list: list(0, [['Pejabat Level 1'], ['Pejabat Level 2'], ['JF dan Jabatan Pelaksana']], 'dan', '.') },
    // JF sit under the official whose tasks they serve [S62][S75][S1].
    a('JF dan Jabatan Pelaksana berkedudukan di bawah dan bertanggung jawab langsung kepada Pejabat Level 1 atau Pejabat Level 2 yang tugasnya berkaitan dengan tugas JF dan Jabatan Pelaksana tersebut.'),
    // Units meeting the PermenPANRB 25/2021 criteria keep more than two levels [S1][S30].
    a('Pada unit organisasi yang memenuhi kriteria untuk tetap memiliki lebih dari 2 (dua) tingkat jabatan struktural, pejabat pengawas berkedudukan di bawah Pejabat Level 2.'),
  ]);
  article([a(
    counts.opds > 0
      ? `Kedudukan Pejabat Level 1, Pejabat Level 2, JF, dan Jabatan Pelaksana pada ${counted(counts.opds)} Perangkat Daerah tercantum dalam Lampiran I ${inseparable}.`
      : `Kedudukan Pejabat Level 1, Pejabat Level 2, JF, dan Jabatan Pelaksana pada setiap Perangkat Daerah tercantum dalam Lampiran I ${inseparable}.`,
  )]);

  chapter('MEKANISME KERJA');
  section('Penugasan');
  article([
    a('Pejabat Level 1 menetapkan perjanjian kinerja dan strategi pencapaian kinerja Perangkat Daerah.'),
    a('Pejabat Level 1 menugaskan JF dan Jabatan Pelaksana dengan koordinasi Pejabat Level 2.'),
    a('Pejabat Level 2 menentukan pelaksanaan tugas secara individu atau melalui Tim Kerja.'),
  ]);
  article([
    // Cross-unit assignment [S1][S9].
    a('JF dan Jabatan Pelaksana dapat ditugaskan pada unit organisasinya dan pada unit organisasi lain.'),
    a('Pejabat Level 2 memutuskan penugasan JF dan Jabatan Pelaksana yang berasal dari unit organisasi lain.'),
    a(u(`Penugasan JF dan Jabatan Pelaksana lintas Perangkat Daerah ditetapkan oleh Sekretaris Daerah atas usul Pejabat Level 1.`, LOCAL)),
  ]);

  section('Tim Kerja dan Ketua Tim');
  const formed = a('Tim Kerja dan Ketua Tim ', u('ditetapkan dengan keputusan Pejabat Level 1', TEAM_RULES), ` sesuai dengan format sebagaimana tercantum dalam Lampiran IV ${inseparable}.`);
  const teamAyats = [
    // Team composition and the optional leader [S1].
    a('Tim Kerja terdiri atas 1 (satu) atau lebih jenis JF dan/atau Jabatan Pelaksana.'),
    a('Anggota Tim Kerja dapat berasal dari unit organisasi lain dan, apabila diperlukan, dari instansi lain.'),
    a('Tim Kerja dapat dipimpin oleh Ketua Tim.'),
    a('Pejabat Level 2 menentukan perlu tidaknya Ketua Tim dalam Tim Kerja.'),
    formed,
    a(u('Syarat Ketua Tim, jumlah anggota Tim Kerja, dan jumlah Tim Kerja yang dapat diikuti oleh seorang pegawai ditetapkan oleh Pejabat Level 1.', TEAM_RULES)),
  ];
  // Lampiran IV (the decree form) cites this pasal and ayat.
  const refs: BodyRefs = { teamPasal: article(teamAyats), teamAyat: teamAyats.indexOf(formed) + 1 };
  article([
    a('Ketua Tim mengoordinasikan pembagian peran, memantau pelaksanaan tugas, dan memberikan umpan balik kepada anggota Tim Kerja.'),
    // PermenPANRB 6/2022 Pasal 14: the SKP is set by the Pejabat Penilai Kinerja [P13].
    a('Penilaian kinerja anggota Tim Kerja dilakukan oleh Pejabat Penilai Kinerja.'),
    a(u('Ketua Tim memberikan masukan kepada Pejabat Penilai Kinerja mengenai kinerja anggota Tim Kerja.', 'apakah Ketua Tim menilai atau hanya memberi masukan belum terkonfirmasi dalam PermenPANRB 6/2022 maupun 7/2022')),
  ]);
  article([a(
    counts.teams > 0
      ? `Tim Kerja pada Perangkat Daerah pada saat ${reg} ini ditetapkan sebanyak ${counted(counts.teams)} Tim Kerja, beserta Ketua Tim dan anggotanya, tercantum dalam Lampiran II ${inseparable}.`
      : `Tim Kerja pada Perangkat Daerah beserta Ketua Tim dan anggotanya tercantum dalam Lampiran II ${inseparable}.`,
  )]);

  section('Pelaksanaan Tugas');
  // The three phases and who does what in each [S1][P5].
  article([
    { text: ['Pelaksanaan tugas dalam Mekanisme Kerja meliputi tahap:'], list: list(0, [['perencanaan'], ['pelaksanaan'], ['evaluasi']], 'dan', '.') },
    {
      text: ['Pada tahap perencanaan sebagaimana dimaksud pada ayat (1) huruf a:'],
      list: list(0, [
        ['Pejabat Level 1 menetapkan perjanjian kinerja, strategi, dan penugasan'],
        ['Pejabat Level 2 menentukan pelaksanaan tugas secara individu atau Tim Kerja, penugasan dari unit organisasi lain, dan perlu tidaknya Ketua Tim'],
        ['JF menyusun rencana kegiatan dan anggaran'],
      ], 'dan', '.'),
    },
    {
      text: ['Pada tahap pelaksanaan sebagaimana dimaksud pada ayat (1) huruf b:'],
      list: list(0, [
        ['JF dan Jabatan Pelaksana menyusun rencana kegiatan rinci dan pembagian peran'],
        ['Pejabat Level 2 dan/atau Ketua Tim memantau dan memberikan umpan balik'],
        ['hasil pelaksanaan tugas disampaikan kepada Pejabat Level 2'],
      ], 'dan', '.'),
    },
    a('Pada tahap evaluasi sebagaimana dimaksud pada ayat (1) huruf c, Pejabat Level 2 dan Pejabat Level 1 mereviu hasil pelaksanaan tugas.'),
  ]);

  section('Pertanggungjawaban Pelaksanaan Tugas');
  article([
    a('JF, Jabatan Pelaksana, dan Ketua Tim menyampaikan hasil pelaksanaan tugas kepada Pejabat Level 2.'),
    a('Pelaksanaan tugas dinyatakan selesai setelah hasilnya diterima oleh Pejabat Level 1.'),
  ]);

  chapter('PENGELOLAAN KINERJA');
  article([
    {
      // The four stages of PermenPANRB 6/2022 Pasal 5 [S73]; it covers PNS and PPPK.
      text: ['Pengelolaan kinerja Pegawai ASN dalam Sistem Kerja dilaksanakan sesuai dengan ketentuan peraturan perundang-undangan mengenai pengelolaan kinerja pegawai aparatur sipil negara melalui tahap:'],
      list: list(0, [
        ['perencanaan kinerja'],
        ['pelaksanaan, pemantauan kinerja, dan pembinaan kinerja'],
        ['penilaian kinerja'],
        ['tindak lanjut hasil penilaian kinerja'],
      ], 'dan', '.'),
    },
    // The MPH as the bridge from roles to the individual SKP [P12][P13][P14].
    a(`Peran dan hasil setiap Pegawai ASN dalam penugasan individu dan dalam Tim Kerja dituangkan dalam MPH sesuai dengan format sebagaimana tercantum dalam Lampiran III ${inseparable}.`),
    a('Pegawai ASN yang ditugaskan dari unit organisasi lain dicantumkan dalam MPH unit organisasi tempat penugasan sebelum SKP disusun.'),
    a('SKP ditetapkan oleh Pejabat Penilai Kinerja.'),
  ]);

  chapter('PEMANFAATAN TEKNOLOGI INFORMASI DAN KOMUNIKASI');
  article([
    a('Penyesuaian Sistem Kerja dilaksanakan dengan memanfaatkan SPBE dalam penugasan, pemantauan, pelaporan, dan pengelolaan kinerja.'),
    a(u('Proses Bisnis Perangkat Daerah disusun selaras dengan Mekanisme Kerja dan diterapkan melalui SPBE.', LOCAL)),
    // Flexible work by place and time: Perpres 21/2023 and PermenPANRB 4/2025 [P20].
    a('Pelaksanaan tugas kedinasan secara fleksibel dari segi lokasi dan waktu dapat diterapkan sesuai dengan ketentuan peraturan perundang-undangan.'),
  ]);

  chapter('PEMBINAAN DAN PEMANTAUAN');
  article([
    a(u('Sekretaris Daerah melakukan pembinaan dan pemantauan pelaksanaan Sistem Kerja pada Perangkat Daerah.', LOCAL)),
    a(u('Dalam melaksanakan pembinaan dan pemantauan sebagaimana dimaksud pada ayat (1), Sekretaris Daerah dibantu oleh unit kerja yang membidangi organisasi dan Perangkat Daerah yang membidangi kepegawaian.', LOCAL)),
    a(u(`Hasil pemantauan sebagaimana dimaksud pada ayat (1) dilaporkan kepada ${w.head} paling sedikit 1 (satu) kali dalam 1 (satu) tahun.`, LOCAL)),
  ]);

  chapter('KETENTUAN PERALIHAN');
  article([
    a(u(`Pada saat ${reg} ini mulai berlaku, penugasan sebagai koordinator dan subkoordinator dinyatakan berakhir.`, TRANSITION)),
    a(u(`JF yang sebelumnya ditugaskan sebagai koordinator atau subkoordinator dapat ditunjuk sebagai Ketua Tim sesuai dengan ketentuan dalam ${reg} ini.`, TRANSITION)),
    a(u(`Keputusan pembentukan tim kerja yang ditetapkan sebelum ${reg} ini mulai berlaku, tetap berlaku sampai dengan ditetapkannya keputusan pembentukan Tim Kerja berdasarkan ${reg} ini.`, LOCAL)),
  ]);

  chapter('KETENTUAN PENUTUP');
  // A Perkada takes effect on promulgation unless it says otherwise [P22][P23].
  article([a(`${reg} ini mulai berlaku pada tanggal diundangkan.`)]);

  return { blocks, refs };
}

/** Pasal 1: the terms, numbered, each ending with a full stop. */
function definitions(ctx: PerbupContext): List {
  const { w, name, place } = ctx;
  const def = (term: string, ...rest: Run[]): { text: Line } => ({ text: [`${term} adalah `, ...rest, '.'] });
  return {
    style: 'num',
    items: [
      def('Daerah', name),
      def('Pemerintah Daerah', u(`${w.head} sebagai unsur penyelenggara Pemerintahan Daerah yang memimpin pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom`, defFrom('UU 23/2014'))),
      def(w.head, `${w.head} `, place),
      def('Sekretaris Daerah', 'Sekretaris Daerah ', name),
      def('Perangkat Daerah', u(`unsur pembantu ${w.head} dan Dewan Perwakilan Rakyat Daerah dalam penyelenggaraan urusan pemerintahan yang menjadi kewenangan Daerah`, defFrom('UU 23/2014'))),
      def('Pegawai Aparatur Sipil Negara yang selanjutnya disebut Pegawai ASN', u('pegawai negeri sipil dan pegawai pemerintah dengan perjanjian kerja yang bekerja pada instansi pemerintah', defFrom('UU 20/2023'))),
      def('Jabatan Fungsional yang selanjutnya disingkat JF', u('sekelompok jabatan yang berisi fungsi dan tugas berkaitan dengan pelayanan fungsional yang berdasarkan pada keahlian dan keterampilan tertentu', defFrom('UU 20/2023'))),
      def('Jabatan Pelaksana', u('jabatan yang diisi oleh Pegawai ASN yang bertanggung jawab melaksanakan kegiatan pelayanan publik serta administrasi pemerintahan dan pembangunan', defFrom('PermenPANRB 45/2022'))),
      def('Pejabat Level 1', u('kepala Perangkat Daerah', LEVEL), ' yang menetapkan perjanjian kinerja dan strategi pencapaian kinerja serta menugaskan JF dan Jabatan Pelaksana'),
      def('Pejabat Level 2', u('pejabat administrator satu tingkat di bawah Pejabat Level 1', LEVEL), ' yang mengoordinasikan, memantau, dan mereviu pelaksanaan tugas JF dan Jabatan Pelaksana'),
      def('Tim Kerja', 'kelompok JF dan/atau Jabatan Pelaksana yang ditugaskan untuk melaksanakan tugas tertentu secara bersama, yang anggotanya dapat berasal dari lintas unit organisasi'),
      def('Ketua Tim', 'Pegawai ASN anggota Tim Kerja yang ditunjuk untuk memimpin Tim Kerja'),
      def('Sistem Kerja', u('rangkaian prosedur dan tata kerja yang membentuk suatu pola kerja organisasi dalam melaksanakan tugas dan fungsi', DEF_7_2022)),
      def('Penyesuaian Sistem Kerja', u('penyempurnaan dan pengembangan Mekanisme Kerja dan Proses Bisnis Pegawai ASN dengan memanfaatkan sistem pemerintahan berbasis elektronik', DEF_7_2022)),
      def('Mekanisme Kerja', u('proses dan cara kerja yang menggambarkan alur pelaksanaan tugas Pegawai ASN dengan mengedepankan kompetensi, keahlian, dan/atau keterampilan', DEF_7_2022)),
      def('Proses Bisnis', u('sekumpulan kegiatan kerja terstruktur yang menggambarkan hubungan kerja yang efektif dan efisien antarunit organisasi untuk menghasilkan kinerja dan keluaran yang bernilai tambah', DEF_7_2022)),
      def('Sistem Pemerintahan Berbasis Elektronik yang selanjutnya disingkat SPBE', u('penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan kepada pengguna SPBE', DEF_7_2022)),
      def('Sasaran Kinerja Pegawai yang selanjutnya disingkat SKP', u('rencana kinerja dan target yang akan dicapai oleh pegawai', defFrom('PermenPANRB 6/2022'))),
      def('Matriks Peran dan Hasil yang selanjutnya disingkat MPH', u('matriks yang menggambarkan pembagian peran dan hasil setiap pegawai terhadap indikator kinerja individu pimpinannya', 'nama dan rumusan dalam PermenPANRB 6/2022 belum dicocokkan; satu sumber menyebut "Matriks Pembagian Peran dan Hasil" [S73][P12]')),
      def('Pejabat Penilai Kinerja', u('atasan langsung pegawai paling rendah pejabat pengawas atau pejabat lain yang diberi pendelegasian kewenangan', defFrom('PermenPANRB 6/2022 Pasal 1 [P13]'))),
    ],
  };
}
