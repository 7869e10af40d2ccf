/**
 * Names for the synthetic national dataset: pelaksana titles, place-name parts and person-name parts (the OPD templates
 * are in opd-templates.ts). Everything here is generic; no real person or region is described.
 */

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
