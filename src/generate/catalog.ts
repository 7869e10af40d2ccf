/**
 * Names for the synthetic national dataset: OPD templates modelled on a typical regency SOTK (PP 18/2016),
 * place-name parts and person-name parts. Everything here is generic; no real person or region is described.
 */

export interface BidangTemplate {
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
}

export const OPD_TEMPLATES: readonly OpdTemplate[] = [
  {
    code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', type: 'badan', sector: 'perencanaan', core: true,
    subbagian: ['Umum dan Kepegawaian', 'Keuangan dan Aset'],
    bidang: [
      { name: 'Perencanaan Pemerintahan dan Pembangunan Manusia', subs: ['Pemerintahan dan Aparatur', 'Pendidikan, Kesehatan dan Sosial'], jf: ['Perencana Ahli Muda', 'Perencana Ahli Pertama'] },
      { name: 'Perekonomian dan Sumber Daya Alam', subs: ['Perekonomian', 'Sumber Daya Alam'], jf: ['Perencana Ahli Pertama'] },
      { name: 'Infrastruktur dan Kewilayahan', subs: ['Infrastruktur', 'Kewilayahan dan Lingkungan Hidup'], jf: ['Perencana Ahli Pertama'] },
      { name: 'Penelitian dan Pengembangan', subs: ['Penelitian dan Pengembangan Pemerintahan dan Sosial', 'Inovasi dan Teknologi'], jf: ['Peneliti Ahli Pertama'] },
    ],
    pel: ['Analis Perencanaan', 'Pengolah Data'],
  },
  {
    code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', type: 'badan', sector: 'kepegawaian', core: true,
    bidang: [
      { name: 'Mutasi dan Promosi', subs: ['Mutasi', 'Promosi dan Penilaian Kinerja'], jf: ['Analis Sumber Daya Manusia Aparatur Ahli Muda'] },
      { name: 'Pengembangan Kompetensi', subs: ['Pengembangan Kompetensi Teknis dan Fungsional', 'Pengembangan Kompetensi Manajerial'], jf: ['Asesor Sumber Daya Manusia Aparatur Ahli Pertama'] },
      { name: 'Pengadaan, Pemberhentian dan Informasi', subs: ['Pengadaan dan Pemberhentian', 'Data dan Informasi Kepegawaian'], jf: ['Pranata Komputer Ahli Pertama'] },
    ],
    pel: ['Pengadministrasi Kepegawaian', 'Pengelola Data Kepegawaian'],
  },
  {
    code: 'BPKAD', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', type: 'badan', sector: 'keuangan', core: true,
    subbagian: ['Umum dan Kepegawaian', 'Perencanaan dan Pelaporan'],
    bidang: [
      { name: 'Anggaran', subs: ['Perencanaan Anggaran', 'Pengendalian Anggaran'], jf: ['Analis Keuangan Pusat dan Daerah Ahli Muda'] },
      { name: 'Perbendaharaan', subs: ['Perbendaharaan', 'Kas Daerah'] },
      { name: 'Akuntansi', subs: ['Akuntansi dan Pelaporan', 'Verifikasi'], jf: ['Analis Keuangan Pusat dan Daerah Ahli Pertama'] },
      { name: 'Aset', subs: ['Penatausahaan Aset', 'Pemanfaatan dan Pengamanan Aset'] },
    ],
    pel: ['Pengelola Keuangan', 'Verifikator Keuangan', 'Pengelola Barang Milik Daerah'],
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
      { name: 'Pelayanan Pencatatan Sipil', subs: ['Kelahiran dan Kematian', 'Perkawinan dan Perceraian'] },
      { name: 'Pengelolaan Informasi Administrasi Kependudukan', subs: ['Sistem Informasi Administrasi Kependudukan', 'Pengolahan dan Penyajian Data Kependudukan'], jf: ['Administrator Database Kependudukan Ahli Pertama'] },
    ],
    pel: ['Operator Layanan Operasional', 'Pengelola Data Kependudukan', 'Verifikator Data Kependudukan'],
  },
  {
    code: 'DINKES', name: 'Dinas Kesehatan', type: 'dinas', sector: 'kesehatan', core: true,
    bidang: [
      { name: 'Kesehatan Masyarakat', subs: ['Kesehatan Keluarga dan Gizi', 'Promosi dan Pemberdayaan Masyarakat', 'Kesehatan Lingkungan'], jf: ['Penyuluh Kesehatan Masyarakat Ahli Pertama', 'Nutrisionis Terampil'] },
      { name: 'Pencegahan dan Pengendalian Penyakit', subs: ['Surveilans dan Imunisasi', 'Pencegahan dan Pengendalian Penyakit Menular'], jf: ['Epidemiolog Kesehatan Ahli Pertama'] },
      { name: 'Pelayanan Kesehatan', subs: ['Pelayanan Kesehatan Primer', 'Pelayanan Kesehatan Rujukan'], jf: ['Administrator Kesehatan Ahli Muda'] },
      { name: 'Sumber Daya Kesehatan', subs: ['Kefarmasian dan Alat Kesehatan', 'Sumber Daya Manusia Kesehatan'], jf: ['Apoteker Ahli Pertama'] },
    ],
    upt: { name: 'UPT Puskesmas', count: [3, 9], jf: ['Dokter Ahli Pertama', 'Perawat Ahli Pertama', 'Perawat Terampil', 'Bidan Terampil', 'Nutrisionis Terampil', 'Pranata Laboratorium Kesehatan Mahir'], tu: true },
    pel: ['Pengelola Program dan Kegiatan', 'Analis Data dan Informasi'],
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
      { name: 'Bina Marga', subs: ['Pembangunan Jalan dan Jembatan', 'Preservasi Jalan dan Jembatan'], jf: ['Teknik Jalan dan Jembatan Ahli Pertama'] },
      { name: 'Sumber Daya Air', subs: ['Irigasi', 'Sungai dan Air Baku'], jf: ['Teknik Pengairan Ahli Pertama'] },
      { name: 'Cipta Karya', subs: ['Air Minum dan Sanitasi', 'Penataan Bangunan dan Lingkungan'], jf: ['Teknik Penyehatan Lingkungan Ahli Pertama'] },
      { name: 'Penataan Ruang', subs: ['Perencanaan Tata Ruang', 'Pengendalian Pemanfaatan Ruang'], jf: ['Penata Ruang Ahli Pertama'] },
    ],
    upt: { name: 'UPT Peralatan dan Perbekalan', count: [1, 1], jf: [], tu: true },
    pel: ['Teknisi Jalan dan Jembatan', 'Pengawas Lapangan', 'Juru Ukur'],
  },
  {
    code: 'DISTAN', name: 'Dinas Pertanian', type: 'dinas', sector: 'pertanian',
    bidang: [
      { name: 'Tanaman Pangan', subs: ['Produksi Tanaman Pangan', 'Sarana dan Prasarana Pertanian'], jf: ['Pengendali Organisme Pengganggu Tumbuhan Ahli Pertama'] },
      { name: 'Hortikultura dan Perkebunan', subs: ['Produksi Hortikultura', 'Produksi Perkebunan'], jf: ['Pengawas Benih Tanaman Ahli Pertama'] },
      { name: 'Peternakan', subs: ['Produksi Peternakan', 'Kesehatan Hewan'], jf: ['Medik Veteriner Ahli Pertama', 'Paramedik Veteriner Terampil'] },
      { name: 'Penyuluhan', subs: ['Kelembagaan Penyuluhan', 'Metode dan Informasi Penyuluhan'], jf: ['Penyuluh Pertanian Ahli Muda'] },
    ],
    upt: { name: 'UPT Balai Penyuluhan Pertanian', count: [2, 6], jf: ['Penyuluh Pertanian Ahli Pertama', 'Penyuluh Pertanian Terampil', 'Penyuluh Pertanian Mahir'], tu: false },
    pel: ['Pengelola Sarana dan Prasarana Pertanian', 'Pengolah Data'],
  },
  {
    code: 'DLH', name: 'Dinas Lingkungan Hidup', type: 'dinas', sector: 'lingkungan',
    bidang: [
      { name: 'Tata Lingkungan', subs: ['Kajian Dampak Lingkungan', 'Pemeliharaan Lingkungan Hidup'], jf: ['Pengendali Dampak Lingkungan Ahli Muda'] },
      { name: 'Pengelolaan Sampah dan Limbah', subs: ['Penanganan Sampah', 'Pengelolaan Limbah B3'] },
      { name: 'Pengendalian Pencemaran', subs: ['Pemantauan Lingkungan', 'Pemulihan Kerusakan Lingkungan'], jf: ['Pengawas Lingkungan Hidup Ahli Pertama'] },
    ],
    pel: ['Pengelola Persampahan', 'Pengelola Lingkungan Hidup'],
  },
  {
    code: 'DINSOS', name: 'Dinas Sosial', type: 'dinas', sector: 'sosial', core: true,
    bidang: [
      { name: 'Rehabilitasi Sosial', subs: ['Rehabilitasi Sosial Anak dan Lanjut Usia', 'Rehabilitasi Penyandang Disabilitas'], jf: ['Pekerja Sosial Ahli Pertama', 'Pekerja Sosial Terampil'] },
      { name: 'Perlindungan dan Jaminan Sosial', subs: ['Perlindungan Sosial Korban Bencana', 'Jaminan Sosial Keluarga'] },
      { name: 'Pemberdayaan Sosial', subs: ['Pemberdayaan Sosial Perorangan dan Keluarga', 'Penanganan Fakir Miskin'], jf: ['Penyuluh Sosial Ahli Pertama'] },
    ],
    pel: ['Pendamping Sosial', 'Pengelola Data Kesejahteraan Sosial'],
  },
  {
    code: 'KOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'dinas', sector: 'informatika', core: true,
    bidang: [
      { name: 'Informasi dan Komunikasi Publik', subs: ['Pengelolaan Informasi Publik', 'Pengelolaan Komunikasi Publik'], jf: ['Pranata Hubungan Masyarakat Ahli Pertama'] },
      { name: 'Aplikasi Informatika', subs: ['Layanan Infrastruktur dan Teknologi', 'Pengembangan Aplikasi Informatika'], jf: ['Pranata Komputer Ahli Pertama', 'Pranata Komputer Terampil'] },
      { name: 'Persandian dan Statistik', subs: ['Persandian dan Keamanan Informasi', 'Statistik Sektoral'], jf: ['Statistisi Ahli Pertama', 'Sandiman Ahli Pertama'] },
    ],
    pel: ['Pengelola Teknologi Informasi', 'Pengelola Konten Publikasi'],
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
export const SETDA_ASISTEN: ReadonlyArray<{ name: string; bagian: ReadonlyArray<{ name: string; subs: readonly string[]; jf?: readonly string[]; pengadaan?: boolean }> }> = [
  {
    name: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
    bagian: [
      { name: 'Pemerintahan', subs: ['Administrasi Pemerintahan', 'Otonomi Daerah dan Kerja Sama', 'Administrasi Kewilayahan'] },
      { name: 'Hukum', subs: ['Perundang-undangan', 'Bantuan Hukum', 'Dokumentasi dan Informasi Hukum'], jf: ['Perancang Peraturan Perundang-undangan Ahli Pertama', 'Analis Hukum Ahli Pertama'] },
      { name: 'Kesejahteraan Rakyat', subs: ['Bina Mental Spiritual', 'Kesejahteraan Sosial'] },
    ],
  },
  {
    name: 'Asisten Perekonomian dan Pembangunan',
    bagian: [
      { name: 'Perekonomian dan Sumber Daya Alam', subs: ['Perekonomian', 'Sumber Daya Alam'] },
      { name: 'Pengadaan Barang dan Jasa', subs: ['Pengelolaan Pengadaan Barang dan Jasa', 'Layanan Pengadaan Secara Elektronik'], jf: ['Pengelola Pengadaan Barang/Jasa Ahli Muda', 'Pengelola Pengadaan Barang/Jasa Ahli Pertama'], pengadaan: true },
      { name: 'Administrasi Pembangunan', subs: ['Pengendalian Pembangunan', 'Evaluasi dan Pelaporan Pembangunan'] },
    ],
  },
  {
    name: 'Asisten Administrasi Umum',
    bagian: [
      { name: 'Organisasi', subs: ['Kelembagaan dan Analisis Jabatan', 'Reformasi Birokrasi', 'Tata Laksana'], jf: ['Analis Kebijakan Ahli Pertama'] },
      { name: 'Umum', subs: ['Tata Usaha Pimpinan', 'Rumah Tangga', 'Perlengkapan'], jf: ['Arsiparis Terampil'] },
      { name: 'Protokol dan Komunikasi Pimpinan', subs: ['Protokol', 'Komunikasi Pimpinan'], jf: ['Pranata Hubungan Masyarakat Ahli Pertama'] },
    ],
  },
];

export const SETWAN_BAGIAN: ReadonlyArray<{ name: string; subs: readonly string[] }> = [
  { name: 'Umum dan Keuangan', subs: ['Tata Usaha dan Kepegawaian', 'Keuangan', 'Rumah Tangga dan Perlengkapan'] },
  { name: 'Persidangan dan Perundang-undangan', subs: ['Persidangan dan Risalah', 'Perundang-undangan'] },
  { name: 'Fasilitasi Penganggaran dan Pengawasan', subs: ['Fasilitasi Penganggaran', 'Fasilitasi Pengawasan'] },
];

export const KECAMATAN_SEKSI = ['Pemerintahan', 'Ketenteraman dan Ketertiban Umum', 'Kesejahteraan Sosial', 'Pemberdayaan Masyarakat'] as const;

export const PELAKSANA = {
  umum: ['Pengadministrasi Umum', 'Pengadministrasi Kepegawaian', 'Pengurus Barang', 'Pengelola Sarana dan Prasarana Kantor'],
  keuangan: ['Bendahara', 'Pengelola Keuangan', 'Verifikator Keuangan', 'Penyusun Laporan Keuangan'],
  perencanaan: ['Penyusun Program Anggaran dan Pelaporan', 'Pengolah Data', 'Pengelola Program dan Kegiatan'],
  teknis: ['Pengolah Data', 'Pengadministrasi Umum', 'Pengelola Program dan Kegiatan', 'Analis Data dan Informasi'],
} as const;

/** Place-name parts: index → name is a mixed-radix number, so every name up to the capacity is distinct. */
export const PLACE_HEAD = [
  'Suka', 'Tanjung', 'Sumber', 'Batu', 'Air', 'Bukit', 'Karang', 'Teluk', 'Muara', 'Kota', 'Padang', 'Sungai', 'Rawa', 'Gunung',
  'Labuhan', 'Pulau', 'Lembah', 'Pasir', 'Ujung', 'Tebing', 'Danau', 'Ranah', 'Tanah', 'Sido', 'Mekar', 'Bina', 'Marga', 'Giri',
  'Wana', 'Tirta', 'Sri', 'Bumi', 'Lubuk', 'Kuala', 'Rantau', 'Koto', 'Nagari', 'Tapak', 'Pematang', 'Simpang',
] as const;
export const PLACE_TAIL = [
  'maju', 'jaya', 'makmur', 'rejo', 'sari', 'mulya', 'harapan', 'indah', 'baru', 'raya', 'agung', 'asri', 'lestari', 'damai',
  'sejahtera', 'permai', 'mukti', 'luhur', 'tengah', 'kencana', 'wangi', 'mas', 'putih', 'hijau', 'rahayu', 'abadi', 'bening',
  'sentosa', 'murni', 'tunggal',
] as const;
export const PLACE_DIRECTION = ['', ' Barat', ' Timur', ' Utara', ' Selatan', ' Tengah', ' Hilir', ' Hulu'] as const;

export function placeName(i: number): string {
  const h = PLACE_HEAD.length;
  const t = PLACE_TAIL.length;
  const head = PLACE_HEAD[i % h]!;
  const tail = PLACE_TAIL[Math.floor(i / h) % t]!;
  const dir = PLACE_DIRECTION[Math.floor(i / (h * t)) % PLACE_DIRECTION.length]!;
  const round = Math.floor(i / (h * t * PLACE_DIRECTION.length));
  const joined = /[aiueo]$/.test(head) ? `${head}${tail}` : `${head} ${capitalise(tail)}`;
  return `${joined}${dir}${round ? ` ${round + 1}` : ''}`;
}

function capitalise(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** BPS-style province codes; a region code is the province code plus a two-digit regency number. */
export const PROVINCE_CODES = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82,
  91, 92, 93, 94, 95, 96,
] as const;

export const MALE_GIVEN = ['Agus', 'Budi', 'Bambang', 'Dedi', 'Eko', 'Fajar', 'Hendra', 'Irwan', 'Joko', 'Lukman', 'Muhammad', 'Nanang', 'Rahmat', 'Rudi', 'Slamet', 'Teguh', 'Wahyu', 'Yudi', 'Zainal', 'Arif', 'Dwi', 'Hadi', 'Indra', 'Bayu', 'Rizky', 'Andi', 'Ahmad', 'Dani', 'Gilang', 'Hari', 'Iwan', 'Taufik', 'Yusuf', 'Heru', 'Dimas', 'Aditya', 'Ilham', 'Reza', 'Agung', 'Asep'] as const;
export const MALE_FAMILY = ['Setiawan', 'Prasetyo', 'Santoso', 'Hidayat', 'Saputra', 'Wibowo', 'Nugroho', 'Kurniawan', 'Pratama', 'Susanto', 'Firmansyah', 'Gunawan', 'Hermawan', 'Permana', 'Ramadhan', 'Hakim', 'Rahman', 'Maulana', 'Siregar', 'Nasution', 'Harahap', 'Lubis', 'Sinaga', 'Effendi', 'Kusuma', 'Wijaya', 'Purnomo', 'Iskandar', 'Manurung', 'Ginting'] as const;
export const FEMALE_GIVEN = ['Siti', 'Sri', 'Dewi', 'Rina', 'Yuni', 'Ratna', 'Fitri', 'Nur', 'Indah', 'Ani', 'Eka', 'Dian', 'Ayu', 'Putri', 'Rahma', 'Novi', 'Lia', 'Maya', 'Nia', 'Endang', 'Yanti', 'Rini', 'Wulan', 'Ika', 'Desi', 'Anisa', 'Fatimah', 'Nurul', 'Kartika', 'Retno'] as const;
export const FEMALE_FAMILY = ['Rahmawati', 'Handayani', 'Lestari', 'Wulandari', 'Susanti', 'Purwanti', 'Kusumawati', 'Rahayu', 'Safitri', 'Anggraini', 'Permatasari', 'Puspitasari', 'Nurhayati', 'Maharani', 'Utami', 'Yuliani', 'Pertiwi', 'Hasanah', 'Fitriani', 'Oktaviani', 'Damayanti', 'Marlina', 'Hartati', 'Mulyani', 'Agustina'] as const;

export const S1_TITLES = ['S.Sos.', 'S.AP.', 'S.IP.', 'S.E.', 'S.H.', 'S.T.', 'S.Kom.', 'S.Si.', 'S.P.', 'S.KM.'] as const;
export const S2_TITLES = ['M.Si.', 'M.M.', 'M.AP.', 'M.T.', 'M.Kes.', 'M.H.', 'M.E.'] as const;
