/**
 * OPD templates modelled on a typical regency SOTK (PP 18/2016): Dinas and Badan, the Asisten and Bagian of the Setda,
 * the Bagian of the Sekretariat DPRD, and the sub-units every OPD of a kind has. One source for both generators: the
 * national dataset (`setara generate`, region.ts) and the sample regency (scripts/make-sample.mjs, which writes
 * fixtures/kabupaten-contoh from the built package). Where the sample regency differs (fuller unit lists, its own JF
 * and pelaksana titles, a few more units) the template says so in `sample`, and `sampleOnly` marks a unit only it has.
 */

/** The sample regency's values, given only where they differ from the national template's. */
export interface BidangSample {
  name?: string;
  subs?: readonly string[];
  jf?: readonly string[];
  /** Pelaksana titles of the Bidang's sub-units (else the OPD's). */
  pel?: readonly string[];
}

export interface BidangTemplate extends SampleParts<BidangSample> {
  name: string;
  subs: readonly string[];
  /** JF posts placed directly under the Kepala Bidang. */
  jf?: readonly string[];
}

export interface UptTemplate {
  /** Unit name before the place name, e.g. `UPT Puskesmas`. */
  name: string;
  count: readonly [number, number];
  jf: readonly string[];
  tu: boolean;
}

export interface OpdSample {
  code?: string;
  name?: string;
  subbagian?: readonly string[];
  pel?: readonly string[];
  /** JF posts under the Sekretaris, and under the head. */
  sekJf?: readonly string[];
  headJf?: readonly string[];
}

export interface OpdTemplate {
  code: string;
  name: string;
  type: 'dinas' | 'badan';
  sector: string;
  /** Included in every region (otherwise drawn at random). */
  core?: boolean;
  subbagian?: readonly string[];
  bidang: readonly BidangTemplate[];
  upt?: UptTemplate;
  /** Pelaksana titles typical of the sector, mixed with the generic ones. */
  pel?: readonly string[];
  /** The OPD in the sample regency (absent: the sample regency has no such OPD). */
  sample?: OpdSample;
}

export interface BagianTemplate extends SampleParts<{ subs: readonly string[] }> {
  name: string;
  subs: readonly string[];
  jf?: readonly string[];
  /** A Bagian of the procurement function (unit type `pengadaan`). */
  pengadaan?: boolean;
  /** The field its officials' degrees come from (the degree titles of catalog.ts), else the OPD's. */
  sector?: string;
}

export interface SampleParts<S> {
  sample?: S;
  /** A unit of the sample regency only. */
  sampleOnly?: true;
}

/** The Subbagian of a Sekretariat when the template names none. */
export const SEKRETARIAT_SUBBAGIAN = ['Umum dan Kepegawaian', 'Keuangan', 'Perencanaan dan Pelaporan'] as const;

export const OPD_TEMPLATES: readonly OpdTemplate[] = [
  {
    code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', type: 'badan', sector: 'perencanaan', core: true,
    subbagian: ['Umum dan Kepegawaian', 'Keuangan dan Aset'],
    bidang: [
      { name: 'Perencanaan Pemerintahan dan Pembangunan Manusia', subs: ['Pemerintahan dan Aparatur', 'Pendidikan, Kesehatan dan Sosial'], jf: ['Perencana Ahli Muda', 'Perencana Ahli Pertama'] },
      { name: 'Perekonomian dan Sumber Daya Alam', subs: ['Perekonomian', 'Sumber Daya Alam'], jf: ['Perencana Ahli Pertama'], sample: { jf: ['Perencana Ahli Muda'] } },
      { name: 'Infrastruktur dan Kewilayahan', subs: ['Infrastruktur', 'Kewilayahan dan Lingkungan Hidup'], jf: ['Perencana Ahli Pertama'] },
      { name: 'Penelitian dan Pengembangan', subs: ['Penelitian dan Pengembangan Pemerintahan dan Sosial', 'Inovasi dan Teknologi'], jf: ['Peneliti Ahli Pertama'] },
    ],
    pel: ['Analis Perencanaan', 'Pengolah Data'],
    sample: { sekJf: ['Perencana Ahli Pertama'], headJf: ['Perencana Ahli Madya'] },
  },
  {
    code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', type: 'badan', sector: 'kepegawaian', core: true,
    bidang: [
      { name: 'Mutasi dan Promosi', subs: ['Mutasi', 'Promosi dan Penilaian Kinerja'], jf: ['Analis Sumber Daya Manusia Aparatur Ahli Muda'] },
      { name: 'Pengembangan Kompetensi', subs: ['Pengembangan Kompetensi Teknis dan Fungsional', 'Pengembangan Kompetensi Manajerial'], jf: ['Asesor Sumber Daya Manusia Aparatur Ahli Pertama'] },
      { name: 'Pengadaan, Pemberhentian dan Informasi', subs: ['Pengadaan dan Pemberhentian', 'Data dan Informasi Kepegawaian'], jf: ['Pranata Komputer Ahli Pertama'], sample: { jf: ['Pranata Komputer Ahli Pertama', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama'] } },
    ],
    pel: ['Pengadministrasi Kepegawaian', 'Pengelola Data Kepegawaian'],
    sample: {
      code: 'BKPSDMD', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah', subbagian: ['Umum dan Kepegawaian', 'Keuangan', 'Program dan Pelaporan'],
      sekJf: ['Arsiparis Terampil'], pel: ['Pengadministrasi Kepegawaian', 'Pengelola Data Kepegawaian', 'Analis Kepegawaian'],
    },
  },
  {
    code: 'BPKAD', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', type: 'badan', sector: 'keuangan', core: true,
    subbagian: ['Umum dan Kepegawaian', 'Perencanaan dan Pelaporan'],
    bidang: [
      { name: 'Anggaran', subs: ['Perencanaan Anggaran', 'Pengendalian Anggaran'], jf: ['Analis Keuangan Pusat dan Daerah Ahli Muda'] },
      { name: 'Perbendaharaan', subs: ['Perbendaharaan', 'Kas Daerah'], sample: { subs: ['Perbendaharaan I', 'Perbendaharaan II', 'Kas Daerah'] } },
      { name: 'Akuntansi', subs: ['Akuntansi dan Pelaporan', 'Verifikasi'], jf: ['Analis Keuangan Pusat dan Daerah Ahli Pertama'] },
      { name: 'Aset', subs: ['Penatausahaan Aset', 'Pemanfaatan dan Pengamanan Aset'] },
    ],
    pel: ['Pengelola Keuangan', 'Verifikator Keuangan', 'Pengelola Barang Milik Daerah'],
    sample: { pel: ['Pengelola Keuangan', 'Verifikator Keuangan', 'Pengadministrasi Keuangan', 'Pengelola Barang Milik Daerah'] },
  },
  {
    code: 'BAPENDA', name: 'Badan Pendapatan Daerah', type: 'badan', sector: 'keuangan',
    bidang: [
      { name: 'Pendataan dan Penetapan', subs: ['Pendataan', 'Penetapan'] },
      { name: 'Penagihan dan Keberatan', subs: ['Penagihan', 'Keberatan dan Pengurangan'] },
      { name: 'Pajak Bumi dan Bangunan', subs: ['Pelayanan Pajak Bumi dan Bangunan', 'Pengolahan Data Pajak Bumi dan Bangunan'] },
    ],
    pel: ['Pengelola Pajak Daerah', 'Penagih Pajak Daerah', 'Pengolah Data'],
  },
  {
    code: 'DUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil', type: 'dinas', sector: 'kependudukan', core: true,
    bidang: [
      { name: 'Pelayanan Pendaftaran Penduduk', subs: ['Identitas Penduduk', 'Pindah Datang dan Pendataan Penduduk'] },
      { name: 'Pelayanan Pencatatan Sipil', subs: ['Kelahiran dan Kematian', 'Perkawinan dan Perceraian'], sample: { subs: ['Kelahiran dan Kematian', 'Perkawinan, Perceraian, Perubahan Status Anak dan Pewarganegaraan'] } },
      { name: 'Pengelolaan Informasi Administrasi Kependudukan', subs: ['Sistem Informasi Administrasi Kependudukan', 'Pengolahan dan Penyajian Data Kependudukan'], jf: ['Administrator Database Kependudukan Ahli Pertama'], sample: { jf: ['Administrator Database Kependudukan Ahli Pertama', 'Pranata Komputer Terampil'] } },
      { name: 'Pemanfaatan Data dan Inovasi Pelayanan', subs: ['Kerja Sama', 'Inovasi Pelayanan'], sampleOnly: true },
    ],
    pel: ['Operator Layanan Operasional', 'Pengelola Data Kependudukan', 'Verifikator Data Kependudukan'],
    sample: { subbagian: ['Umum dan Kepegawaian', 'Keuangan', 'Perencanaan dan Evaluasi'] },
  },
  {
    code: 'DINKES', name: 'Dinas Kesehatan', type: 'dinas', sector: 'kesehatan', core: true,
    bidang: [
      { name: 'Kesehatan Masyarakat', subs: ['Kesehatan Keluarga dan Gizi', 'Promosi dan Pemberdayaan Masyarakat', 'Kesehatan Lingkungan'], jf: ['Penyuluh Kesehatan Masyarakat Ahli Pertama', 'Nutrisionis Terampil'], sample: { subs: ['Kesehatan Keluarga dan Gizi', 'Promosi dan Pemberdayaan Masyarakat', 'Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga'] } },
      { name: 'Pencegahan dan Pengendalian Penyakit', subs: ['Surveilans dan Imunisasi', 'Pencegahan dan Pengendalian Penyakit Menular'], jf: ['Epidemiolog Kesehatan Ahli Pertama'], sample: { subs: ['Surveilans dan Imunisasi', 'Pencegahan dan Pengendalian Penyakit Menular', 'Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa'] } },
      { name: 'Pelayanan Kesehatan', subs: ['Pelayanan Kesehatan Primer', 'Pelayanan Kesehatan Rujukan'], jf: ['Administrator Kesehatan Ahli Muda'], sample: { subs: ['Pelayanan Kesehatan Primer', 'Pelayanan Kesehatan Rujukan', 'Pelayanan Kesehatan Tradisional'] } },
      { name: 'Sumber Daya Kesehatan', subs: ['Kefarmasian dan Alat Kesehatan', 'Sumber Daya Manusia Kesehatan'], jf: ['Apoteker Ahli Pertama'] },
    ],
    upt: { name: 'UPT Puskesmas', count: [3, 9], jf: ['Dokter Ahli Pertama', 'Perawat Ahli Pertama', 'Perawat Terampil', 'Bidan Terampil', 'Nutrisionis Terampil', 'Pranata Laboratorium Kesehatan Mahir'], tu: true },
    pel: ['Pengelola Program dan Kegiatan', 'Analis Data dan Informasi'],
    sample: {
      subbagian: ['Umum dan Kepegawaian', 'Keuangan dan Aset', 'Perencanaan dan Evaluasi'],
      pel: ['Pengelola Program dan Kegiatan', 'Analis Data dan Informasi', 'Pengadministrasi Umum'],
    },
  },
  {
    code: 'DISDIK', name: 'Dinas Pendidikan dan Kebudayaan', type: 'dinas', sector: 'pendidikan', core: true,
    bidang: [
      { name: 'Pembinaan Sekolah Dasar', subs: ['Kurikulum Sekolah Dasar', 'Peserta Didik Sekolah Dasar', 'Sarana dan Prasarana Sekolah Dasar'] },
      { name: 'Pembinaan Sekolah Menengah Pertama', subs: ['Kurikulum Sekolah Menengah Pertama', 'Peserta Didik Sekolah Menengah Pertama'] },
      { name: 'Pembinaan Ketenagaan', subs: ['Pendidik', 'Tenaga Kependidikan'] },
      { name: 'Kebudayaan', subs: ['Sejarah dan Cagar Budaya', 'Kesenian dan Tradisi'], jf: ['Pamong Budaya Ahli Pertama'] },
    ],
    upt: { name: 'UPT Satuan Pendidikan Sanggar Kegiatan Belajar', count: [1, 2], jf: ['Pamong Belajar Ahli Pertama', 'Penilik Ahli Pertama'], tu: false },
    pel: ['Pengelola Data Pendidikan', 'Pengadministrasi Sekolah'],
  },
  {
    code: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', type: 'dinas', sector: 'teknik', core: true,
    bidang: [
      { name: 'Bina Marga', subs: ['Pembangunan Jalan dan Jembatan', 'Preservasi Jalan dan Jembatan'], jf: ['Teknik Jalan dan Jembatan Ahli Pertama'], sample: { pel: ['Teknisi Jalan dan Jembatan', 'Pengawas Lapangan'] } },
      { name: 'Sumber Daya Air', subs: ['Irigasi', 'Sungai dan Air Baku'], jf: ['Teknik Pengairan Ahli Pertama'], sample: { pel: ['Teknisi Pengairan', 'Juru Pengairan'] } },
      { name: 'Cipta Karya', subs: ['Air Minum dan Sanitasi', 'Penataan Bangunan dan Lingkungan'], jf: ['Teknik Penyehatan Lingkungan Ahli Pertama'], sample: { pel: ['Pengawas Bangunan', 'Pengolah Data'] } },
      { name: 'Penataan Ruang', subs: ['Perencanaan Tata Ruang', 'Pengendalian Pemanfaatan Ruang'], jf: ['Penata Ruang Ahli Pertama'], sample: { subs: ['Perencanaan Tata Ruang', 'Pemanfaatan dan Pengendalian Pemanfaatan Ruang'], pel: ['Pengolah Data Tata Ruang', 'Juru Ukur'] } },
    ],
    upt: { name: 'UPT Peralatan dan Perbekalan', count: [1, 1], jf: [], tu: true },
    pel: ['Teknisi Jalan dan Jembatan', 'Pengawas Lapangan', 'Juru Ukur'],
    sample: {},
  },
  {
    code: 'DISTAN', name: 'Dinas Pertanian', type: 'dinas', sector: 'pertanian',
    bidang: [
      { name: 'Tanaman Pangan', subs: ['Produksi Tanaman Pangan', 'Sarana dan Prasarana Pertanian'], jf: ['Pengendali Organisme Pengganggu Tumbuhan Ahli Pertama'] },
      { name: 'Hortikultura dan Perkebunan', subs: ['Produksi Hortikultura', 'Produksi Perkebunan'], jf: ['Pengawas Benih Tanaman Ahli Pertama'] },
      { name: 'Peternakan', subs: ['Produksi Peternakan', 'Kesehatan Hewan'], jf: ['Medik Veteriner Ahli Pertama', 'Paramedik Veteriner Terampil'], sample: { subs: ['Produksi Peternakan', 'Kesehatan Hewan dan Kesehatan Masyarakat Veteriner'] } },
      { name: 'Penyuluhan', subs: ['Kelembagaan Penyuluhan', 'Metode dan Informasi Penyuluhan'], jf: ['Penyuluh Pertanian Ahli Muda'], sample: { subs: ['Kelembagaan dan Ketenagaan Penyuluhan', 'Metode dan Informasi Penyuluhan'] } },
    ],
    upt: { name: 'UPT Balai Penyuluhan Pertanian', count: [2, 6], jf: ['Penyuluh Pertanian Ahli Pertama', 'Penyuluh Pertanian Terampil', 'Penyuluh Pertanian Mahir'], tu: false },
    pel: ['Pengelola Sarana dan Prasarana Pertanian', 'Pengolah Data'],
    sample: { pel: ['Pengelola Sarana dan Prasarana Pertanian', 'Pengolah Data', 'Pengelola Program dan Kegiatan'] },
  },
  {
    code: 'DLH', name: 'Dinas Lingkungan Hidup', type: 'dinas', sector: 'lingkungan',
    bidang: [
      { name: 'Tata Lingkungan', subs: ['Kajian Dampak Lingkungan', 'Pemeliharaan Lingkungan Hidup'], jf: ['Pengendali Dampak Lingkungan Ahli Muda'], sample: { subs: ['Perencanaan dan Kajian Dampak Lingkungan', 'Pemeliharaan Lingkungan Hidup'] } },
      { name: 'Pengelolaan Sampah dan Limbah', subs: ['Penanganan Sampah', 'Pengelolaan Limbah B3'],
        sample: { name: 'Pengelolaan Sampah dan Limbah Bahan Berbahaya dan Beracun', subs: ['Pengurangan dan Penanganan Sampah', 'Pengelolaan Limbah B3'], pel: ['Pengelola Persampahan', 'Pengawas Lapangan'] },
      },
      { name: 'Pengendalian Pencemaran', subs: ['Pemantauan Lingkungan', 'Pemulihan Kerusakan Lingkungan'], jf: ['Pengawas Lingkungan Hidup Ahli Pertama'], sample: { name: 'Pengendalian Pencemaran dan Kerusakan Lingkungan', jf: ['Pengendali Dampak Lingkungan Ahli Pertama'] } },
      { name: 'Penaatan dan Peningkatan Kapasitas Lingkungan Hidup', subs: ['Pengaduan dan Penyelesaian Sengketa Lingkungan', 'Peningkatan Kapasitas Lingkungan Hidup'], jf: ['Pengawas Lingkungan Hidup Ahli Pertama', 'Penyuluh Lingkungan Hidup Ahli Pertama'], sampleOnly: true },
    ],
    pel: ['Pengelola Persampahan', 'Pengelola Lingkungan Hidup'],
    sample: {
      subbagian: ['Umum dan Kepegawaian', 'Keuangan dan Perencanaan'],
      sekJf: ['Subkoordinator Perencanaan'], // a transitional role, for the sistem-kerja checks
      pel: ['Pengolah Data', 'Pengelola Lingkungan Hidup'],
    },
  },
  {
    code: 'DINSOS', name: 'Dinas Sosial', type: 'dinas', sector: 'sosial', core: true,
    bidang: [
      { name: 'Rehabilitasi Sosial', subs: ['Rehabilitasi Sosial Anak dan Lanjut Usia', 'Rehabilitasi Penyandang Disabilitas'], jf: ['Pekerja Sosial Ahli Pertama', 'Pekerja Sosial Terampil'], sample: { subs: ['Rehabilitasi Sosial Anak, Lanjut Usia dan Penyandang Disabilitas', 'Rehabilitasi Tuna Sosial dan Korban Perdagangan Orang'] } },
      { name: 'Perlindungan dan Jaminan Sosial', subs: ['Perlindungan Sosial Korban Bencana', 'Jaminan Sosial Keluarga'] },
      { name: 'Pemberdayaan Sosial', subs: ['Pemberdayaan Sosial Perorangan dan Keluarga', 'Penanganan Fakir Miskin'], jf: ['Penyuluh Sosial Ahli Pertama'], sample: { name: 'Pemberdayaan Sosial dan Penanganan Fakir Miskin', subs: ['Pemberdayaan Sosial Perorangan, Keluarga dan Kelembagaan Masyarakat', 'Penanganan Fakir Miskin'] } },
    ],
    pel: ['Pendamping Sosial', 'Pengelola Data Kesejahteraan Sosial'],
    sample: { subbagian: ['Umum dan Kepegawaian', 'Program dan Keuangan'] },
  },
  {
    code: 'KOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'dinas', sector: 'informatika', core: true,
    bidang: [
      { name: 'Informasi dan Komunikasi Publik', subs: ['Pengelolaan Informasi Publik', 'Pengelolaan Komunikasi Publik'], jf: ['Pranata Hubungan Masyarakat Ahli Pertama'] },
      { name: 'Aplikasi Informatika', subs: ['Layanan Infrastruktur dan Teknologi', 'Pengembangan Aplikasi Informatika'], jf: ['Pranata Komputer Ahli Pertama', 'Pranata Komputer Terampil'] },
      // The sample's third JF is a transitional role, for the sistem-kerja checks.
      { name: 'Persandian dan Statistik', subs: ['Persandian dan Keamanan Informasi', 'Statistik Sektoral'], jf: ['Statistisi Ahli Pertama', 'Sandiman Ahli Pertama'], sample: { jf: ['Statistisi Ahli Pertama', 'Sandiman Ahli Pertama', 'Koordinator Pengelolaan Data'] } },
    ],
    pel: ['Pengelola Teknologi Informasi', 'Pengelola Konten Publikasi'],
    sample: {
      code: 'DISKOMINFO', sekJf: ['Arsiparis Terampil'], pel: ['Pengelola Teknologi Informasi', 'Pengolah Data', 'Pengelola Konten Publikasi'],
    },
  },
  {
    code: 'DISHUB', name: 'Dinas Perhubungan', type: 'dinas', sector: 'teknik',
    bidang: [
      { name: 'Lalu Lintas dan Angkutan', subs: ['Manajemen Lalu Lintas', 'Angkutan Jalan'], jf: ['Penguji Kendaraan Bermotor Terampil'] },
      { name: 'Sarana dan Prasarana', subs: ['Sarana Perhubungan', 'Prasarana Perhubungan'] },
    ],
    upt: { name: 'UPT Pengujian Kendaraan Bermotor', count: [1, 1], jf: ['Penguji Kendaraan Bermotor Mahir'], tu: true },
    pel: ['Petugas Perhubungan', 'Pengatur Lalu Lintas'],
  },
  {
    code: 'DPKP', name: 'Dinas Perumahan dan Kawasan Permukiman', type: 'dinas', sector: 'teknik',
    bidang: [
      { name: 'Perumahan', subs: ['Pendataan dan Perencanaan Perumahan', 'Pembangunan Perumahan'] },
      { name: 'Kawasan Permukiman', subs: ['Peningkatan Kualitas Permukiman', 'Prasarana Permukiman'], jf: ['Teknik Tata Bangunan dan Perumahan Ahli Pertama'] },
    ],
    pel: ['Pengawas Bangunan', 'Pengolah Data'],
  },
  {
    code: 'DISKOPUKM', name: 'Dinas Koperasi, Usaha Kecil dan Menengah', type: 'dinas', sector: 'ekonomi',
    bidang: [
      { name: 'Koperasi', subs: ['Kelembagaan Koperasi', 'Pengawasan Koperasi'], jf: ['Pengawas Koperasi Ahli Pertama'] },
      { name: 'Usaha Kecil dan Menengah', subs: ['Pemberdayaan Usaha Kecil', 'Pengembangan Usaha Menengah'] },
    ],
    pel: ['Pengelola Usaha Mikro', 'Pengolah Data'],
  },
  {
    code: 'DISPERINDAG', name: 'Dinas Perindustrian dan Perdagangan', type: 'dinas', sector: 'ekonomi',
    bidang: [
      { name: 'Perindustrian', subs: ['Industri Agro dan Kimia', 'Industri Logam dan Aneka'] },
      { name: 'Perdagangan', subs: ['Perdagangan Dalam Negeri', 'Pengembangan Pasar'], jf: ['Pengawas Perdagangan Ahli Pertama'] },
      { name: 'Metrologi Legal', subs: ['Tera dan Tera Ulang', 'Pengawasan Metrologi'], jf: ['Penera Terampil'] },
    ],
    pel: ['Pengelola Pasar', 'Pengolah Data'],
  },
  {
    code: 'DISPARPORA', name: 'Dinas Pariwisata, Pemuda dan Olahraga', type: 'dinas', sector: 'ekonomi',
    bidang: [
      { name: 'Destinasi Pariwisata', subs: ['Pengembangan Destinasi', 'Sumber Daya Pariwisata'] },
      { name: 'Pemasaran Pariwisata', subs: ['Promosi Pariwisata', 'Ekonomi Kreatif'] },
      { name: 'Pemuda dan Olahraga', subs: ['Kepemudaan', 'Keolahragaan'] },
    ],
    pel: ['Pengelola Objek Wisata', 'Pengolah Data'],
  },
  {
    code: 'DKP', name: 'Dinas Ketahanan Pangan dan Perikanan', type: 'dinas', sector: 'pertanian',
    bidang: [
      { name: 'Ketahanan Pangan', subs: ['Ketersediaan dan Distribusi Pangan', 'Konsumsi dan Keamanan Pangan'], jf: ['Analis Ketahanan Pangan Ahli Pertama'] },
      { name: 'Perikanan', subs: ['Perikanan Budidaya', 'Perikanan Tangkap'], jf: ['Penyuluh Perikanan Ahli Pertama'] },
    ],
    pel: ['Pengelola Ketahanan Pangan', 'Pengolah Data'],
  },
  {
    code: 'DPMD', name: 'Dinas Pemberdayaan Masyarakat dan Desa', type: 'dinas', sector: 'pemerintahan',
    bidang: [
      { name: 'Pemerintahan Desa', subs: ['Administrasi Pemerintahan Desa', 'Keuangan dan Aset Desa'] },
      { name: 'Pemberdayaan Masyarakat', subs: ['Kelembagaan Masyarakat', 'Usaha Ekonomi Masyarakat'] },
    ],
    pel: ['Pendamping Desa', 'Pengolah Data'],
  },
  {
    code: 'DP3AKB', name: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana', type: 'dinas', sector: 'sosial',
    bidang: [
      { name: 'Pemberdayaan Perempuan dan Perlindungan Anak', subs: ['Pemberdayaan Perempuan', 'Perlindungan Anak'] },
      { name: 'Keluarga Berencana', subs: ['Pengendalian Penduduk', 'Keluarga Sejahtera'], jf: ['Penyuluh Keluarga Berencana Ahli Pertama'] },
    ],
    pel: ['Pengelola Data Gender dan Anak', 'Pengolah Data'],
  },
  {
    code: 'DISNAKER', name: 'Dinas Tenaga Kerja dan Transmigrasi', type: 'dinas', sector: 'ekonomi',
    bidang: [
      { name: 'Pelatihan dan Penempatan Tenaga Kerja', subs: ['Pelatihan Kerja', 'Penempatan Tenaga Kerja'], jf: ['Instruktur Ahli Pertama'] },
      { name: 'Hubungan Industrial', subs: ['Hubungan Industrial', 'Jaminan Sosial Tenaga Kerja'], jf: ['Mediator Hubungan Industrial Ahli Pertama'] },
    ],
    pel: ['Pengantar Kerja', 'Pengolah Data'],
  },
  {
    code: 'DISPUSIP', name: 'Dinas Perpustakaan dan Kearsipan', type: 'dinas', sector: 'umum',
    bidang: [
      { name: 'Perpustakaan', subs: ['Layanan Perpustakaan', 'Pengembangan Koleksi'], jf: ['Pustakawan Ahli Pertama', 'Pustakawan Terampil'] },
      { name: 'Kearsipan', subs: ['Pengelolaan Arsip', 'Pembinaan Kearsipan'], jf: ['Arsiparis Ahli Pertama', 'Arsiparis Terampil'] },
    ],
    pel: ['Pengelola Arsip', 'Pengelola Perpustakaan'],
  },
  {
    code: 'DPMPTSP', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', type: 'dinas', sector: 'ekonomi',
    bidang: [
      { name: 'Penanaman Modal', subs: ['Promosi Penanaman Modal', 'Pengendalian Penanaman Modal'] },
      { name: 'Pelayanan Perizinan', subs: ['Perizinan Usaha', 'Perizinan Non Usaha'] },
    ],
    pel: ['Pengelola Perizinan', 'Verifikator Perizinan'],
  },
  {
    code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja', type: 'dinas', sector: 'pemerintahan',
    bidang: [
      { name: 'Penegakan Peraturan Daerah', subs: ['Pembinaan dan Penyuluhan', 'Penyelidikan dan Penyidikan'], jf: ['Polisi Pamong Praja Terampil'] },
      { name: 'Ketertiban Umum dan Ketenteraman Masyarakat', subs: ['Operasi dan Pengendalian', 'Kerja Sama'], jf: ['Polisi Pamong Praja Ahli Pertama'] },
      { name: 'Pemadam Kebakaran', subs: ['Pencegahan Kebakaran', 'Operasi Pemadaman'], jf: ['Analis Kebakaran Ahli Pertama'] },
    ],
    pel: ['Pengawal Tahanan', 'Pengolah Data'],
  },
  {
    code: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', type: 'badan', sector: 'pemerintahan',
    bidang: [
      { name: 'Pencegahan dan Kesiapsiagaan', subs: ['Pencegahan', 'Kesiapsiagaan'] },
      { name: 'Kedaruratan dan Logistik', subs: ['Kedaruratan', 'Logistik'] },
      { name: 'Rehabilitasi dan Rekonstruksi', subs: ['Rehabilitasi', 'Rekonstruksi'], jf: ['Analis Bencana Ahli Pertama'] },
    ],
    pel: ['Pengelola Logistik', 'Pengolah Data'],
  },
  {
    code: 'KESBANGPOL', name: 'Badan Kesatuan Bangsa dan Politik', type: 'badan', sector: 'pemerintahan',
    bidang: [
      { name: 'Ideologi dan Wawasan Kebangsaan', subs: ['Ideologi', 'Wawasan Kebangsaan'] },
      { name: 'Politik Dalam Negeri', subs: ['Sistem dan Implementasi Politik', 'Organisasi Kemasyarakatan'] },
    ],
    pel: ['Pengolah Data', 'Analis Kebijakan Politik'],
  },
];

/** Setda: three Asisten, each with Bagian (III.a) and Subbagian (IV.a). */
export const SETDA_ASISTEN: ReadonlyArray<{ name: string; bagian: readonly BagianTemplate[] }> = [
  {
    name: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
    bagian: [
      { name: 'Pemerintahan', subs: ['Administrasi Pemerintahan', 'Otonomi Daerah dan Kerja Sama', 'Administrasi Kewilayahan'], sector: 'pemerintahan' },
      { name: 'Hukum', subs: ['Perundang-undangan', 'Bantuan Hukum', 'Dokumentasi dan Informasi Hukum'], jf: ['Perancang Peraturan Perundang-undangan Ahli Pertama', 'Analis Hukum Ahli Pertama'], sector: 'hukum' },
      { name: 'Kesejahteraan Rakyat', subs: ['Bina Mental Spiritual', 'Kesejahteraan Sosial'], sector: 'sosial' },
    ],
  },
  {
    name: 'Asisten Perekonomian dan Pembangunan',
    bagian: [
      { name: 'Perekonomian dan Sumber Daya Alam', subs: ['Perekonomian', 'Sumber Daya Alam'], sector: 'keuangan' },
      { name: 'Pengadaan Barang dan Jasa', subs: ['Pengelolaan Pengadaan Barang dan Jasa', 'Layanan Pengadaan Secara Elektronik'], jf: ['Pengelola Pengadaan Barang/Jasa Ahli Muda', 'Pengelola Pengadaan Barang/Jasa Ahli Pertama'], pengadaan: true, sector: 'teknik',
        sample: { subs: ['Pengelolaan Pengadaan Barang dan Jasa', 'Pengelolaan Layanan Pengadaan Secara Elektronik', 'Pembinaan dan Advokasi Pengadaan Barang dan Jasa'] },
      },
      { name: 'Administrasi Pembangunan', subs: ['Pengendalian Pembangunan', 'Evaluasi dan Pelaporan Pembangunan'], sector: 'perencanaan' },
    ],
  },
  {
    name: 'Asisten Administrasi Umum',
    bagian: [
      { name: 'Organisasi', subs: ['Kelembagaan dan Analisis Jabatan', 'Reformasi Birokrasi', 'Tata Laksana'], jf: ['Analis Kebijakan Ahli Pertama'], sector: 'pemerintahan',
        sample: { subs: ['Kelembagaan dan Analisis Jabatan', 'Reformasi Birokrasi dan Akuntabilitas Kinerja', 'Tata Laksana dan Pelayanan Publik'] },
      },
      { name: 'Umum', subs: ['Tata Usaha Pimpinan', 'Rumah Tangga', 'Perlengkapan'], jf: ['Arsiparis Terampil'], sector: 'pemerintahan' },
      { name: 'Protokol dan Komunikasi Pimpinan', subs: ['Protokol', 'Komunikasi Pimpinan'], jf: ['Pranata Hubungan Masyarakat Ahli Pertama'], sector: 'komunikasi' },
      { name: 'Perencanaan dan Keuangan', subs: ['Perencanaan dan Pelaporan', 'Keuangan'], sector: 'keuangan', sampleOnly: true },
    ],
  },
];

export const SETWAN_BAGIAN: readonly BagianTemplate[] = [
  { name: 'Umum dan Keuangan', subs: ['Tata Usaha dan Kepegawaian', 'Keuangan', 'Rumah Tangga dan Perlengkapan'] },
  { name: 'Persidangan dan Perundang-undangan', subs: ['Persidangan dan Risalah', 'Perundang-undangan'] },
  { name: 'Fasilitasi Penganggaran dan Pengawasan', subs: ['Fasilitasi Penganggaran', 'Fasilitasi Pengawasan'], sample: { subs: ['Fasilitasi Penganggaran', 'Fasilitasi Pengawasan', 'Hubungan Masyarakat dan Protokol'] } },
];

/** Sub-units alike in both generators. */
export const KECAMATAN_SEKSI = ['Pemerintahan', 'Ketenteraman dan Ketertiban Umum', 'Kesejahteraan Sosial', 'Pemberdayaan Masyarakat'] as const;
export const INSPEKTORAT_SUBBAGIAN = ['Umum dan Kepegawaian', 'Perencanaan dan Keuangan', 'Evaluasi dan Pelaporan'] as const;
export const KECAMATAN_SUBBAGIAN = ['Umum dan Kepegawaian', 'Perencanaan dan Keuangan'] as const;
export const KELURAHAN_SEKSI = ['Pemerintahan dan Ketenteraman', 'Pemberdayaan Masyarakat dan Kesejahteraan Sosial'] as const;

/** The units of the national generator: those of the sample regency only left out. */
export function national<T extends SampleParts<unknown>>(units: readonly T[]): T[] {
  return units.filter((u) => !u.sampleOnly);
}

/** A unit as the sample regency has it: its `sample` values over the template's. */
export function inSample<S extends object, T extends SampleParts<S>>(unit: T): T & S {
  return { ...unit, ...unit.sample } as T & S;
}

/** A Dinas or Badan of the sample regency, by its code there, with its Bidang as the sample regency has them. */
export function sampleOpd(code: string): Omit<OpdTemplate & OpdSample, 'bidang'> & { bidang: Array<BidangTemplate & BidangSample> } {
  const t = OPD_TEMPLATES.find((o) => o.sample && (o.sample.code ?? o.code) === code);
  if (!t) throw new Error(`no OPD ${code} in the sample regency`);
  return { ...inSample<OpdSample, OpdTemplate>(t), bidang: t.bidang.map((b) => inSample<BidangSample, BidangTemplate>(b)) };
}
