/**
 * Names for the synthetic data: pelaksana titles, place-name parts, person-name parts and degree titles (the OPD templates
 * are in opd-templates.ts). One source for both generators: the national dataset (`setara generate`) and the sample
 * regency (scripts/make-sample.mjs, from the built package). Everything here is generic; no real person or region is
 * described.
 */

/** Pelaksana titles by the theme of their unit (the generators' themeOf). */
export const PELAKSANA = {
  umum: ['Pengadministrasi Umum', 'Pengadministrasi Kepegawaian', 'Pengurus Barang', 'Pengelola Sarana dan Prasarana Kantor', 'Pengelola Data Kepegawaian'],
  keuangan: ['Bendahara', 'Pengelola Keuangan', 'Verifikator Keuangan', 'Penyusun Laporan Keuangan'],
  perencanaan: ['Analis Perencanaan', 'Penyusun Program Anggaran dan Pelaporan', 'Pengolah Data', 'Pengelola Program dan Kegiatan'],
  teknis: ['Pengolah Data', 'Pengadministrasi Umum', 'Pengelola Program dan Kegiatan', 'Analis Data dan Informasi', 'Pengelola Data'],
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

/** Person-name parts: given names and family names by sex. */
export const MALE_GIVEN = ['Agus', 'Budi', 'Bambang', 'Dedi', 'Eko', 'Fajar', 'Hendra', 'Irwan', 'Joko', 'Lukman', 'Muhammad', 'Nanang', 'Rahmat', 'Rudi', 'Slamet', 'Teguh', 'Wahyu', 'Yudi', 'Zainal', 'Arif', 'Dwi', 'Hadi', 'Indra', 'Bayu', 'Rizky', 'Andi', 'Ahmad', 'Dani', 'Gilang', 'Hari', 'Iwan', 'Taufik', 'Yusuf', 'Sugeng', 'Heru', 'Dimas', 'Aditya', 'Fauzan', 'Ilham', 'Reza', 'Agung', 'Adi', 'Anton', 'Wawan', 'Asep', 'Dadang', 'Cecep', 'Firman', 'Hasan', 'Jamal', 'Krisna', 'Mulyadi', 'Nugraha', 'Rian', 'Sandi', 'Tri', 'Yoga', 'Zulkifli', 'Fikri', 'Rendi', 'Bagus', 'Galih', 'Hamdan', 'Syaiful', 'Erwin', 'Edi', 'Darmawan', 'Kevin', 'Yohanes', 'Petrus'] as const;
export const MALE_FAMILY = ['Setiawan', 'Prasetyo', 'Santoso', 'Hidayat', 'Saputra', 'Wibowo', 'Nugroho', 'Kurniawan', 'Pratama', 'Susanto', 'Firmansyah', 'Gunawan', 'Hermawan', 'Suryana', 'Permana', 'Ramadhan', 'Syahputra', 'Hakim', 'Rahman', 'Maulana', 'Siregar', 'Nasution', 'Harahap', 'Lubis', 'Simanjuntak', 'Tanjung', 'Sinaga', 'Daulay', 'Effendi', 'Kusuma', 'Wijaya', 'Hartono', 'Sulistyo', 'Purnomo', 'Syahrial', 'Iskandar', 'Munandar', 'Sutrisno', 'Hutapea', 'Manurung', 'Pangaribuan', 'Sembiring', 'Ginting', 'Lumban Gaol', 'Fauzi', 'Ardiansyah', 'Hidayatullah', 'Prabowo', 'Utomo', 'Wicaksono'] as const;
export const FEMALE_GIVEN = ['Siti', 'Sri', 'Dewi', 'Rina', 'Yuni', 'Ratna', 'Fitri', 'Nur', 'Indah', 'Ani', 'Eka', 'Dian', 'Ayu', 'Putri', 'Rahma', 'Novi', 'Lia', 'Maya', 'Nia', 'Endang', 'Yanti', 'Rini', 'Wulan', 'Ika', 'Desi', 'Anisa', 'Fatimah', 'Nurul', 'Kartika', 'Retno', 'Suci', 'Mega', 'Intan', 'Yulia', 'Evi', 'Tuti', 'Heni', 'Rosa', 'Maria', 'Lina', 'Astuti', 'Diah', 'Erna', 'Farida', 'Gita', 'Hesti', 'Irma', 'Juwita', 'Lilis', 'Melati', 'Nanda', 'Oktavia', 'Ratih', 'Sari', 'Tika', 'Vina', 'Yeni', 'Zahra', 'Elisabeth', 'Agnes'] as const;
export const FEMALE_FAMILY = ['Rahmawati', 'Handayani', 'Lestari', 'Wulandari', 'Susanti', 'Purwanti', 'Kusumawati', 'Rahayu', 'Safitri', 'Anggraini', 'Permatasari', 'Puspitasari', 'Setyaningsih', 'Nurhayati', 'Maharani', 'Utami', 'Yuliani', 'Pertiwi', 'Hasanah', 'Fitriani', 'Oktaviani', 'Novitasari', 'Aprilia', 'Damayanti', 'Marlina', 'Hartati', 'Kurniasih', 'Siregar', 'Nasution', 'Simatupang', 'Hutagalung', 'Ningsih', 'Sulistyowati', 'Indriani', 'Mulyani', 'Widyastuti', 'Andriani', 'Agustina', 'Febriyanti', 'Ramadhani'] as const;

/** Degree titles by sector (of the OPD or unit); a sector without its own list takes `umum` (degreeTitles). */
export interface DegreePools {
  readonly umum: readonly string[];
  readonly [sector: string]: readonly string[] | undefined;
}

export function degreeTitles(pools: DegreePools, sector: string): readonly string[] {
  return pools[sector] ?? pools.umum;
}

export const S1_TITLES: DegreePools = {
  umum: ['S.Sos.', 'S.AP.', 'S.IP.', 'S.E.', 'S.H.'],
  pemerintahan: ['S.Sos.', 'S.IP.', 'S.AP.', 'S.H.', 'S.STP.'],
  hukum: ['S.H.'],
  sosial: ['S.Sos.', 'S.Ag.', 'S.Psi.'],
  keuangan: ['S.E.', 'S.Ak.', 'S.E.'],
  perencanaan: ['S.E.', 'S.T.', 'S.PWK.', 'S.Si.'],
  kepegawaian: ['S.Sos.', 'S.Psi.', 'S.AP.', 'S.Kom.'],
  pengawasan: ['S.E.', 'S.Ak.', 'S.H.', 'S.T.'],
  kependudukan: ['S.Kom.', 'S.Sos.', 'S.AP.'],
  kesehatan: ['S.KM.', 'S.Kep.', 'S.Farm.', 'S.Gz.'],
  teknik: ['S.T.', 'S.T.', 'S.E.'],
  pertanian: ['S.P.', 'S.Pt.', 'S.P.'],
  lingkungan: ['S.T.', 'S.Si.', 'S.Hut.'],
  komunikasi: ['S.I.Kom.', 'S.Sos.'],
  informatika: ['S.Kom.', 'S.T.', 'S.I.Kom.'],
};
export const S2_TITLES: DegreePools = {
  umum: ['M.Si.', 'M.M.', 'M.AP.'], pemerintahan: ['M.Si.', 'M.AP.', 'M.M.'], hukum: ['M.H.'], sosial: ['M.Si.'],
  keuangan: ['M.Ak.', 'M.E.', 'M.M.'], perencanaan: ['M.Si.', 'M.T.', 'M.E.'], kepegawaian: ['M.Si.', 'M.M.', 'M.Psi.'],
  pengawasan: ['M.Ak.', 'M.M.', 'M.H.'], kependudukan: ['M.Si.', 'M.Kom.'], kesehatan: ['M.Kes.', 'M.K.M.'],
  teknik: ['M.T.', 'M.Eng.'], pertanian: ['M.P.', 'M.Si.'], lingkungan: ['M.T.', 'M.Si.'], komunikasi: ['M.I.Kom.', 'M.Si.'],
  informatika: ['M.Kom.', 'M.T.'],
};
export const D3_TITLES: DegreePools = {
  umum: ['A.Md.'],
  kesehatan: ['A.Md.Kep.', 'A.Md.Keb.', 'A.Md.Kes.'], informatika: ['A.Md.Kom.'], pertanian: ['A.Md.P.', 'A.Md.'],
  keuangan: ['A.Md.Ak.', 'A.Md.'],
};
