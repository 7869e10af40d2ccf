#!/usr/bin/env node
// Builds rules/data/jf-catalog.yaml from the raw BKN "kelompok jabatan fungsional" CSV.
//
//   node scripts/curate-jf.mjs path/to/bkn-kelompok-jabatan-fungsional.csv > rules/data/jf-catalog.yaml
//   node scripts/curate-jf.mjs --ids path/to/bkn-kelompok-jabatan-fungsional.csv > test/rules/bkn-jf-ids.json
//
// The committed YAML is the source of truth; this script documents how it was first built and reproduces it
// byte for byte from the same CSV. Every curation decision is in the tables below: which CSV rows make one JF,
// its current name, kategori/jenjang (general knowledge unless a source in docs/sources.md confirms it), and which rows are
// not JF at all. The script fails when a CSV row is not accounted for, or is claimed twice.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Document, visit, isSeq, isScalar } from 'yaml';

// ---------------------------------------------------------------------------------------------------------------
// Jenjang shorthands. Order of output follows the canonical enum in src/model/types.ts.
const JENJANG_ORDER = ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama', 'pemula', 'terampil', 'mahir', 'penyelia'];
const SHORT = {
  K4: ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'],
  K3: ['ahli_pertama', 'ahli_muda', 'ahli_madya'],
  T4: ['pemula', 'terampil', 'mahir', 'penyelia'],
  T3: ['terampil', 'mahir', 'penyelia'],
};
const KATEGORI_WORDS = { keahlian: 'keahlian', keterampilan: 'keterampilan', both: 'keahlian-keterampilan', unknown: 'unknown' };

// Notes reused below.
const N_UTAMA = 'Ahli Utama not listed: its availability was not checked.';
const N_SECTOR_PEMBINA =
  'Pembina as listed in the BKN CSV; the pembina of a sector JF is UNCONFIRMED (no source names it per JF).';

// Successor or alternative names of supervising agencies (2021 BRIN integration, 2024 cabinet changes). General
// knowledge, unconfirmed: used to recognise a pembina name, never as the authoritative pembina.
const PEMBINA_ALIASES = {
  'Kementerian Komunikasi dan Informatika': ['Kementerian Komunikasi dan Digital'],
  'Lembaga Ilmu Pengetahuan Indonesia': ['Badan Riset dan Inovasi Nasional'],
  'Badan Pengkajian dan Penerapan Teknologi': ['Badan Riset dan Inovasi Nasional'],
  'Badan Tenaga Nuklir Nasional': ['Badan Riset dan Inovasi Nasional'],
  'Kementerian Pekerjaan Umum dan Perumahan Rakyat': ['Kementerian Pekerjaan Umum'],
  'Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi': ['Kementerian Desa dan Pembangunan Daerah Tertinggal'],
  'Kementerian Investasi/Badan Koordinasi Penanaman Modal': ['Kementerian Investasi dan Hilirisasi/Badan Koordinasi Penanaman Modal'],
  'Kementerian Pariwisata dan Ekonomi Kreatif/Badan Pariwisata dan Ekonomi Kreatif': ['Kementerian Pariwisata', 'Kementerian Ekonomi Kreatif/Badan Ekonomi Kreatif'],
};
const A_HUKUM = ['Kementerian Hukum'];
const A_IMIPAS = ['Kementerian Imigrasi dan Pemasyarakatan'];
const A_LH = ['Kementerian Lingkungan Hidup/Badan Pengendalian Lingkungan Hidup'];
const A_HUTAN = ['Kementerian Kehutanan'];
const A_DIKDASMEN = ['Kementerian Pendidikan Dasar dan Menengah'];

// ---------------------------------------------------------------------------------------------------------------
// The catalog. Each entry: [id, name, rows, spec, extra?]
//   rows: raw CSV names (compared case- and space-insensitively) whose rows make this JF; the first is the primary
//         row (pembina and group come from it). [] for JF not in the CSV (then extra.source = 'domain').
//   spec: jenjang shorthands ('T3 K4') or a kategori word (keahlian | keterampilan | both | unknown).
//   extra: { aliases, pembina, pembina_aliases, pembina_confidence, confidence, citation, note, group, source }
const P = 'PermenPANRB';
const JF = [
  ['adikara-siaran', 'Adikara Siaran', ['Adikara Siaran'], 'unknown'],
  ['administrator-database-kependudukan', 'Administrator Database Kependudukan', ['Administrator Database Kependudukan'], 'K3',
    { aliases: ['ADB Kependudukan'], note: `Keterampilan jenjang not checked; ${N_UTAMA}` }],
  ['administrator-kesehatan', 'Administrator Kesehatan', ['Administrator Kesehatan'], 'K3', { note: N_UTAMA }],
  ['adyatama-kepariwisataan-dan-ekonomi-kreatif', 'Adyatama Kepariwisataan dan Ekonomi Kreatif', ['Adyatama Kepariwisataan dan Ekonomi Kreatif'], 'keahlian',
    { aliases: ['Adyatama Kepariwisataan'] }],
  ['agen-intelijen', 'Agen Intelijen', ['Agen Intelijen'], 'keahlian'],
  ['analis-akuakultur', 'Analis Akuakultur', ['Analis Akuakultur'], 'keahlian'],
  ['analis-anggaran', 'Analis Anggaran', ['Analis Anggaran'], 'K3',
    { pembina_confidence: 'unconfirmed', citation: { regulation: `${P} 21/2016`, confidence: 'confirmed', source: '[S66]' },
      note: `Pembina UNCONFIRMED (BKN juklak cites Kemenkeu). ${N_UTAMA}` }],
  ['analis-apbn', 'Analis APBN', ['Analis APBN'], 'keahlian', { aliases: ['Analis Anggaran Pendapatan dan Belanja Negara'] }],
  ['analis-data-ilmiah', 'Analis Data Ilmiah', ['Analis Data Ilmiah'], 'keahlian'],
  ['analis-hukum', 'Analis Hukum', ['Analis Hukum'], 'K3', { pembina_aliases: A_HUKUM, note: N_UTAMA }],
  ['analis-intelijen', 'Analis Intelijen', ['Analis Intelijen'], 'keahlian'],
  ['analis-investigasi-dan-pengamanan-perdagangan', 'Analis Investigasi dan Pengamanan Perdagangan', ['Analis Investigasi dan Pengamanan Perdagangan'], 'keahlian'],
  ['analis-kebakaran', 'Analis Kebakaran', ['Analis Kebakaran'], 'keahlian'],
  ['analis-kebencanaan', 'Analis Kebencanaan', ['Analis Kebencanaan'], 'K3',
    { note: 'Public BNPB material reports a later consolidation of the disaster JF into Analis Kebencanaan (keahlian) and a keterampilan JF; not checked.' }],
  ['analis-kebijakan', 'Analis Kebijakan', ['Analis Kebijakan'], 'K4',
    { citation: { regulation: `${P} 45/2013`, confidence: 'confirmed', source: '[S57][S79]' } }],
  ['analis-keimigrasian', 'Analis Keimigrasian', ['Analis Keimigrasian'], 'keahlian', { pembina_aliases: A_IMIPAS }],
  ['analis-sdm-aparatur', 'Analis Sumber Daya Manusia Aparatur', ['Analis Kepegawaian'], 'K4',
    { aliases: ['Analis SDM Aparatur'], confidence: 'confirmed',
      citation: { regulation: `${P} 37/2020`, confidence: 'confirmed', source: '[S60]' },
      note: 'Renamed from Analis Kepegawaian by PermenPANRB 37/2020 (the BKN CSV still uses the old name). Four keahlian jenjang: [S70] gives kelas jabatan 8/10/12/14.' }],
  ['analis-ketahanan-pangan', 'Analis Ketahanan Pangan', ['Analis Ketahanan Pangan'], 'keahlian'],
  ['analis-keuangan-pusat-dan-daerah', 'Analis Keuangan Pusat dan Daerah', ['Analis Keuangan Pusat dan Daerah'], 'K3',
    { aliases: ['AKPD'], citation: { regulation: `${P} 42/2014`, confidence: 'confirmed', source: '[S59]' }, note: N_UTAMA }],
  ['analis-legislatif', 'Analis Legislatif', ['Analis Legislatif'], 'keahlian'],
  ['analis-pasar-hasil-perikanan', 'Analis Pasar Hasil Perikanan', ['Analis Pasar Hasil Perikanan'], 'keahlian'],
  ['analis-pasar-hasil-pertanian', 'Analis Pasar Hasil Pertanian', ['Analis Pasar Hasil Pertanian'], 'K3',
    { note: `Keterampilan jenjang not checked; ${N_UTAMA}` }],
  ['analis-pemanfaatan-iptek', 'Analis Pemanfaatan Ilmu Pengetahuan dan Teknologi', ['Analis Pemanfaatan Ilmu Pengetahuan dan Teknologi'], 'keahlian',
    { aliases: ['Analis Pemanfaatan IPTEK'] }],
  ['analis-pemantauan-peraturan-perundang-undangan-legislatif', 'Analis Pemantauan Peraturan Perundang-undangan Legislatif', ['Analis Pemantauan Peraturan Perundang-undangan Legislatif'], 'keahlian'],
  ['analis-pemberantasan-tindak-pidana-korupsi', 'Analis Pemberantasan Tindak Pidana Korupsi', ['Analis Pemberantasan Tindak Pidana Korupsi'], 'keahlian'],
  ['analis-pembiayaan-dan-risiko-keuangan', 'Analis Pembiayaan dan Risiko Keuangan', ['Analis Pembiayaan dan Risiko Keuangan'], 'keahlian'],
  ['analis-pengelolaan-keuangan-apbn', 'Analis Pengelolaan Keuangan APBN', ['Analis Pengelolaan Keuangan APBN'], 'keahlian'],
  ['analis-pengembangan-kompetensi', 'Analis Pengembangan Kompetensi', ['Analis Pengembangan Kompetensi'], 'keahlian'],
  ['analis-pengusahaan-jasa-kelautan', 'Analis Pengusahaan Jasa Kelautan', ['Analis Pengusahaan Jasa Kelautan'], 'keahlian'],
  ['analis-perbendaharaan-negara', 'Analis Perbendaharaan Negara', ['Analis Perbendaharaan Negara'], 'keahlian'],
  ['analis-perdagangan', 'Analis Perdagangan', ['Analis Perdagangan'], 'keahlian'],
  ['analis-perkarantinaan-tumbuhan', 'Analis Perkarantinaan Tumbuhan', ['Analis Perkarantinaan Tumbuhan'], 'keahlian'],
  ['analis-perkebunrayaan', 'Analis Perkebunrayaan', ['Analis Perkebunrayaan'], 'keahlian'],
  ['analis-pertahanan-negara', 'Analis Pertahanan Negara', ['Analis Pertahanan Negara'], 'keahlian'],
  ['analis-prasarana-dan-sarana-pertanian', 'Analis Prasarana dan Sarana Pertanian', ['ANALIS PRASARANA DAN SARANA PERTANIAN'], 'keahlian'],
  ['analis-standardisasi', 'Analis Standardisasi', ['Analis Standardisasi'], 'keahlian'],
  ['analis-transaksi-keuangan', 'Analis Transaksi Keuangan', ['Analis Transaksi Keuangan'], 'keahlian'],
  ['andalan-siaran', 'Andalan Siaran', ['Andalan Siaran'], 'unknown'],
  ['apoteker', 'Apoteker', ['Apoteker'], 'K4'],
  ['arsiparis', 'Arsiparis', ['Arsiparis'], 'T3 K4',
    { citation: { regulation: `${P} 48/2014`, article: 'Pasal 6', confidence: 'confirmed', source: '[S63]' } }],
  ['asesor-manajemen-mutu-industri', 'Asesor Manajemen Mutu Industri', ['Asesor Manajemen Mutu Industri'], 'keahlian'],
  ['asesor-sdm-aparatur', 'Asesor Sumber Daya Manusia Aparatur', ['Asesor Sumber Daya Manusia Aparatur', 'Assesor SDM Aparatur'], 'keahlian',
    { aliases: ['Asesor SDM Aparatur'], note: 'Two BKN rows (full name and the misspelt "Assesor SDM Aparatur") merged.' }],
  ['asisten-agen-intelijen', 'Asisten Agen Intelijen', ['Asisten Agen Intelijen'], 'keterampilan'],
  ['asisten-ahli-hakim-konstitusi', 'Asisten Ahli Hakim Konstitusi', ['Asisten Ahli Hakim Konstitusi'], 'unknown'],
  ['asisten-apoteker', 'Asisten Apoteker', ['Asisten Apoteker'], 'keterampilan'],
  ['asisten-inspektur-angkutan-udara', 'Asisten Inspektur Angkutan Udara', ['Asisten Inspektur Angkutan Udara'], 'keterampilan'],
  ['asisten-inspektur-bandar-udara', 'Asisten Inspektur Bandar Udara', ['Asisten Inspektur Bandar Udara'], 'keterampilan'],
  ['asisten-inspektur-keamanan-penerbangan', 'Asisten Inspektur Keamanan Penerbangan', ['Asisten Inspektur Keamanan Penerbangan'], 'keterampilan'],
  ['asisten-inspektur-kelaikudaraan-pesawat-udara', 'Asisten Inspektur Kelaikudaraan Pesawat Udara', ['Asisten Inspektur Kelaikudaraan Pesawat Udara'], 'keterampilan'],
  ['asisten-inspektur-mutu-hasil-perikanan', 'Asisten Inspektur Mutu Hasil Perikanan', ['Asisten Inspektur Mutu Hasil Perikanan'], 'keterampilan'],
  ['asisten-inspektur-navigasi-penerbangan', 'Asisten Inspektur Navigasi Penerbangan', ['Asisten Inspektur Navigasi Penerbangan'], 'keterampilan'],
  ['asisten-inspektur-pengoperasian-pesawat-udara', 'Asisten Inspektur Pengoperasian Pesawat Udara', ['Asisten Inspektur Pengoperasian Pesawat Udara'], 'keterampilan'],
  ['asisten-konselor-adiksi', 'Asisten Konselor Adiksi', ['Asisten Konselor Adiksi'], 'keterampilan'],
  ['asisten-pelatih-olahraga', 'Asisten Pelatih Olahraga', ['Asisten Pelatih Olahraga'], 'keterampilan'],
  ['asisten-pembimbing-kemasyarakatan', 'Asisten Pembimbing Kemasyarakatan', ['Asisten Pembimbing Kemasyarakatan'], 'keterampilan', { pembina_aliases: A_IMIPAS }],
  ['asisten-pembina-mutu-hasil-kelautan-dan-perikanan', 'Asisten Pembina Mutu Hasil Kelautan dan Perikanan', ['Asisten Pembina Mutu Hasil Kelautan dan Perikanan'], 'keterampilan'],
  ['asisten-pemeriksa-bea-dan-cukai', 'Asisten Pemeriksa Bea dan Cukai', ['Asisten Pemeriksa Bea dan Cukai'], 'keterampilan'],
  ['asisten-penata-anestesi', 'Asisten Penata Anestesi', ['Asisten Penata Anestesi'], 'keterampilan'],
  ['asisten-penata-kadastral', 'Asisten Penata Kadastral', ['Asisten Penata Kadastral'], 'keterampilan'],
  ['asisten-penata-laboratorium-narkotika', 'Asisten Penata Laboratorium Narkotika', ['Asisten Penata Laboratorium Narkotika'], 'keterampilan'],
  ['asisten-pengelola-produksi-perikanan-tangkap', 'Asisten Pengelola Produksi Perikanan Tangkap', ['Asisten Pengelola Produksi Perikanan Tangkap'], 'keterampilan'],
  ['asisten-penguji-perangkat-telekomunikasi', 'Asisten Penguji Perangkat Telekomunikasi', ['Asisten Penguji Perangkat Telekomunikasi'], 'keterampilan'],
  ['asisten-penilai-pajak', 'Asisten Penilai Pajak', ['Asisten Penilai Pajak'], 'keterampilan'],
  ['asisten-perisalah-legislatif', 'Asisten Perisalah Legislatif', ['Asisten Perisalah Legislatif'], 'keterampilan'],
  ['asisten-pranata-siaran', 'Asisten Pranata Siaran', ['Asisten Pranata Siaran'], 'keterampilan'],
  ['asisten-teknisi-siaran', 'Asisten Teknisi Siaran', ['Asisten Teknisi Siaran'], 'keterampilan'],
  ['auditor', 'Auditor', ['Auditor'], 'T3 K4',
    { pembina_confidence: 'unconfirmed', note: 'Pembina (BPKP) and the current PermenPANRB are UNCONFIRMED (general knowledge).' }],
  ['auditor-manajemen-asn', 'Auditor Manajemen ASN', ['Auditor Manajemen ASN'], 'keahlian', { aliases: ['Auditor Manajemen Aparatur Sipil Negara'] }],
  ['bidan', 'Bidan', ['Bidan'], 'both'],
  ['diplomat', 'Diplomat', ['Diplomat'], 'keahlian'],
  ['dokter', 'Dokter', ['Dokter'], 'K4'],
  ['dokter-gigi', 'Dokter Gigi', ['Dokter Gigi'], 'K4'],
  ['dokter-hewan-karantina', 'Dokter Hewan Karantina', ['Dokter Hewan Karantina'], 'keahlian'],
  ['dokter-pendidik-klinis', 'Dokter Pendidik Klinis', ['Dokter Pendidik Klinis'], 'keahlian'],
  ['dosen', 'Dosen', ['Dosen'], 'unknown',
    { pembina_aliases: ['Kementerian Pendidikan Tinggi, Sains, dan Teknologi'],
      note: 'Dosen have their own academic ranks (Asisten Ahli, Lektor, Lektor Kepala, Profesor), not the ahli/keterampilan jenjang; BUP set by a specific law (PP 11/2017 Pasal 240).' }],
  ['entomolog-kesehatan', 'Entomolog Kesehatan', ['Entomolog Kesehatan'], 'unknown'],
  ['epidemiolog-kesehatan', 'Epidemiolog Kesehatan', ['Epidemiolog Kesehatan'], 'T3 K3', { note: N_UTAMA }],
  ['fisikawan-medis', 'Fisikawan Medis', ['Fisikawan Medis'], 'keahlian'],
  ['fisioterapis', 'Fisioterapis', ['Fisioterapis'], 'both'],
  ['guru', 'Guru', ['Guru', 'GURU PEMBINA TK.I'], 'K4',
    { pembina_aliases: A_DIKDASMEN,
      note: 'The row "GURU PEMBINA TK.I" (a Pemerintah Provinsi Riau entry, group tenaga-teknis) is Guru with a pangkat (Pembina Tk. I, IV/b) in its name; merged. BUP set by a specific law (PP 11/2017 Pasal 240).' }],
  ['inspektur-angkutan-udara', 'Inspektur Angkutan Udara', ['Inspektur Angkutan Udara'], 'keahlian'],
  ['inspektur-bandar-udara', 'Inspektur Bandar Udara', ['Inspektur Bandar Udara'], 'keahlian'],
  ['inspektur-keamanan-penerbangan', 'Inspektur Keamanan Penerbangan', ['Inspektur Keamanan Penerbangan'], 'keahlian'],
  ['inspektur-kelaikudaraan-pesawat-udara', 'Inspektur Kelaikudaraan Pesawat Udara', ['Inspektur Kelaikudaraan Pesawat Udara'], 'keahlian'],
  ['inspektur-ketenagalistrikan', 'Inspektur Ketenagalistrikan', ['Inspektur Ketenagalistrikan'], 'unknown'],
  ['inspektur-minyak-dan-gas-bumi', 'Inspektur Minyak dan Gas Bumi', ['Inspektur Minyak dan Gas Bumi'], 'unknown'],
  ['inspektur-mutu-hasil-perikanan', 'Inspektur Mutu Hasil Perikanan', ['Inspektur Mutu Hasil Perikanan'], 'keahlian'],
  ['inspektur-navigasi-penerbangan', 'Inspektur Navigasi Penerbangan', ['Inspektur Navigasi Penerbangan'], 'keahlian'],
  ['inspektur-panas-bumi', 'Inspektur Panas Bumi', ['Inspektur Panas Bumi'], 'unknown'],
  ['inspektur-pengoperasian-pesawat-udara', 'Inspektur Pengoperasian Pesawat Udara', ['Inspektur Pengoperasian Pesawat Udara'], 'keahlian'],
  ['inspektur-tambang', 'Inspektur Tambang', ['Inspektur Tambang'], 'unknown'],
  ['instruktur', 'Instruktur', ['Instruktur', 'Instruktur Latihan Kerja'], 'both',
    { note: 'The legacy row "Instruktur Latihan Kerja" (BKN placeholder pembina, no rumpun) is taken as an older name of Instruktur (assumption, unconfirmed).' }],
  ['jaksa', 'Jaksa', ['Jaksa', 'Jaksa Utama Madya / Kepala'], 'unknown',
    { note: 'Jaksa have their own ranks (Ajun Jaksa … Jaksa Utama), not the ahli/keterampilan jenjang. The row "Jaksa Utama Madya / Kepala" carries a rank in its name; merged.' }],
  ['juru-penerang', 'Juru Penerang', ['Juru Penerang'], 'unknown'],
  ['juru-sita', 'Juru Sita', ['Juru Sita'], 'unknown'],
  ['kataloger', 'Kataloger', ['Kataloger'], 'unknown'],
  ['konselor-adiksi', 'Konselor Adiksi', ['Konselor Adiksi'], 'keahlian'],
  ['kurator-keperdataan', 'Kurator Keperdataan', ['Kurator Keperdataan'], 'keahlian', { pembina_aliases: A_HUKUM }],
  ['kurator-koleksi-hayati', 'Kurator Koleksi Hayati', ['Kurator Koleksi Hayati'], 'keahlian'],
  ['manggala-informatika', 'Manggala Informatika', ['Manggala Informatika'], 'keahlian'],
  ['mediator-hubungan-industrial', 'Mediator Hubungan Industrial', ['Mediator Hubungan Industrial', 'Perantara Hubungan Industrial'], 'keahlian',
    { note: 'The legacy row "Perantara Hubungan Industrial" (BKN placeholder pembina, no rumpun) is taken as the older name of Mediator Hubungan Industrial (assumption, unconfirmed).' }],
  ['medik-veteriner', 'Medik Veteriner', ['Medik Veteriner'], 'keahlian'],
  ['metrolog', 'Metrolog', ['Metrolog'], 'unknown'],
  ['negosiator-perdagangan', 'Negosiator Perdagangan', ['Negosiator Perdagangan'], 'keahlian'],
  ['nutrisionis', 'Nutrisionis', ['Nutrisionis'], 'both'],
  ['okupasi-terapis', 'Okupasi Terapis', ['Okupasi Terapis'], 'both'],
  ['operator-siak', 'Operator Sistem Informasi Administrasi Kependudukan', ['Operator Sistem Informasi Administrasi Kependudukan'], 'keterampilan',
    { aliases: ['Operator SIAK'] }],
  ['operator-transmisi-sandi', 'Operator Transmisi Sandi', ['Operator Transmisi Sandi'], 'keterampilan'],
  ['ortotis-prostetis', 'Ortotis Prostetis', ['Ortotis Prostetis', 'ortetis Pratetis Pelaksana Lanjutan'], 'keterampilan',
    { note: 'The row "ortetis Pratetis Pelaksana Lanjutan" is a misspelling with an old jenjang name (Pelaksana Lanjutan = Mahir [S42]); merged. Keahlian jenjang not checked.' }],
  ['pamong-belajar', 'Pamong Belajar', ['Pamong Belajar'], 'keahlian',
    { pembina_aliases: A_DIKDASMEN, note: 'Two BKN rows ("Pamong Belajar", "PAMONG BELAJAR") merged.' }],
  ['pamong-budaya', 'Pamong Budaya', ['Pamong Budaya'], 'K3',
    { pembina_aliases: ['Kementerian Kebudayaan'], note: `Keterampilan jenjang not checked; ${N_UTAMA}` }],
  ['panitera', 'Panitera', ['Panitera'], 'unknown'],
  ['paramedik-karantina-hewan', 'Paramedik Karantina Hewan', ['Paramedik Karantina Hewan'], 'keterampilan'],
  ['paramedik-veteriner', 'Paramedik Veteriner', ['Paramedik Veteriner'], 'keterampilan'],
  ['pekerja-sosial', 'Pekerja Sosial', ['Pekerja Sosial'], 'T3 K3',
    { pembina_confidence: 'unconfirmed', note: `${N_SECTOR_PEMBINA} ${N_UTAMA}` }],
  ['pelatih-olahraga', 'Pelatih Olahraga', ['Pelatih Olahraga'], 'keahlian'],
  ['pelelang', 'Pelelang', ['Pelelang'], 'unknown'],
  ['pemadam-kebakaran', 'Pemadam Kebakaran', ['Pemadam Kebakaran'], 'keterampilan'],
  ['pembimbing-kemasyarakatan', 'Pembimbing Kemasyarakatan', ['Pembimbing Kemasyarakatan'], 'keahlian', { pembina_aliases: A_IMIPAS }],
  ['pembimbing-kesehatan-kerja', 'Pembimbing Kesehatan Kerja', ['Pembimbing Kesehatan Kerja'], 'keahlian'],
  ['pembina-industri', 'Pembina Industri', ['Pembina Industri'], 'keahlian'],
  ['pembina-jasa-konstruksi', 'Pembina Jasa Konstruksi', ['Pembina Jasa Konstruksi'], 'K3',
    { pembina_confidence: 'unconfirmed', note: `${N_SECTOR_PEMBINA} ${N_UTAMA}` }],
  ['pembina-mutu-hasil-kelautan-dan-perikanan', 'Pembina Mutu Hasil Kelautan dan Perikanan', ['Pembina Mutu Hasil Kelautan dan Perikanan'], 'keahlian'],
  ['pembina-teknis-perbendaharaan-negara', 'Pembina Teknis Perbendaharaan Negara', ['Pembina Teknis Perbendaharaan Negara'], 'keahlian'],
  ['pemeriksa', 'Pemeriksa', ['Pemeriksa'], 'keahlian', { aliases: ['Pemeriksa BPK'] }],
  ['pemeriksa-bea-dan-cukai', 'Pemeriksa Bea dan Cukai', ['Pemeriksa Bea dan Cukai'], 'keahlian'],
  ['pemeriksa-desain-industri', 'Pemeriksa Desain Industri', ['Pemeriksa Desain Industri'], 'keahlian',
    { pembina_aliases: A_HUKUM, note: 'Two BKN rows ("PEMERIKSA DESAIN INDUSTRI", "Pemeriksa Desain Industri ") merged.' }],
  ['pemeriksa-karantina-tumbuhan', 'Pemeriksa Karantina Tumbuhan', ['Pemeriksa Karantina Tumbuhan'], 'keterampilan'],
  ['pemeriksa-keimigrasian', 'Pemeriksa Keimigrasian', ['Pemeriksa Keimigrasian'], 'keterampilan', { pembina_aliases: A_IMIPAS }],
  ['pemeriksa-merek', 'Pemeriksa Merek', ['Pemeriksa Merek'], 'keahlian', { pembina_aliases: A_HUKUM }],
  ['pemeriksa-pajak', 'Pemeriksa Pajak', ['Pemeriksa Pajak'], 'unknown'],
  ['pemeriksa-paten', 'Pemeriksa Paten', ['Pemeriksa Paten'], 'keahlian', { pembina_aliases: A_HUKUM }],
  ['pemeriksa-perdagangan-berjangka-komoditi', 'Pemeriksa Perdagangan Berjangka Komoditi', ['Pemeriksa Perdagangan Berjangka Komoditi'], 'keahlian'],
  ['pemeriksa-perlindungan-varietas-tanaman', 'Pemeriksa Perlindungan Varietas Tanaman', ['Pemeriksa Perlindungan Varietas Tanaman'], 'keahlian'],
  ['penata-anestesi', 'Penata Anestesi', ['Penata Anestesi'], 'keahlian'],
  ['penata-kadastral', 'Penata Kadastral', ['Penata Kadastral'], 'keahlian'],
  ['penata-kanselerai', 'Penata Kanselerai', ['Penata Kanselerai'], 'keterampilan'],
  ['penata-kehakiman', 'Penata Kehakiman', ['Penata Kehakiman'], 'unknown'],
  ['penata-kelola-bangunan-gedung-dan-kawasan-permukiman', 'Penata Kelola Bangunan Gedung dan Kawasan Permukiman', ['Penata Kelola Bangunan Gedung dan Kawasan Permukiman'], 'keahlian'],
  ['penata-kelola-intelijen', 'Penata Kelola Intelijen', ['Penata Kelola Intelijen'], 'unknown'],
  ['penata-kelola-jalan-dan-jembatan', 'Penata Kelola Jalan dan Jembatan', ['Penata Kelola Jalan dan Jembatan'], 'K3',
    { pembina_confidence: 'unconfirmed', note: `${N_SECTOR_PEMBINA} ${N_UTAMA}` }],
  ['penata-kelola-pemilihan-umum', 'Penata Kelola Pemilihan Umum', ['Penata Kelola Pemilihan Umum'], 'keahlian'],
  ['penata-kelola-penanaman-modal', 'Penata Kelola Penanaman Modal', ['Penata Kelola Penanaman Modal'], 'keahlian'],
  ['penata-kelola-pencarian-dan-pertolongan', 'Penata Kelola Pencarian dan Pertolongan', ['Penata Kelola Pencarian dan Pertolongan'], 'keahlian'],
  ['penata-kelola-penyehatan-lingkungan', 'Penata Kelola Penyehatan Lingkungan', ['Penata Kelola Penyehatan Lingkungan'], 'keahlian'],
  ['penata-kelola-perumahan', 'Penata Kelola Perumahan', ['Penata Kelola Perumahan'], 'keahlian',
    { pembina_aliases: ['Kementerian Perumahan dan Kawasan Permukiman'] }],
  ['penata-kelola-perusahaan-negara', 'Penata Kelola Perusahaan Negara', ['Penata Kelola Perusahaan Negara'], 'keahlian'],
  ['penata-kkb', 'Penata Kependudukan dan Keluarga Berencana', ['Penata Kependudukan dan Keluarga Berencana'], 'K3',
    { aliases: ['Penata KKB'], pembina_confidence: 'unconfirmed', note: `${N_SECTOR_PEMBINA} ${N_UTAMA}` }],
  ['penata-laboratorium-narkotika', 'Penata Laboratorium Narkotika', ['Penata Laboratorium Narkotika'], 'keahlian'],
  ['penata-laksana-bangunan-gedung-dan-kawasan-permukiman', 'Penata Laksana Bangunan Gedung dan Kawasan Permukiman', ['Penata Laksana Bangunan Gedung dan Kawasan Permukiman'], 'keterampilan'],
  ['penata-laksana-barang', 'Penata Laksana Barang', ['Penata Laksana Barang'], 'keterampilan'],
  ['penata-mediasi-sengketa-ham', 'Penata Mediasi Sengketa HAM', ['Penata Mediasi Sengketa HAM'], 'keahlian'],
  ['penata-penanggulangan-bencana', 'Penata Penanggulangan Bencana', ['Penata Penanggulangan Bencana'], 'K3',
    { pembina_confidence: 'unconfirmed', note: `${N_SECTOR_PEMBINA} A regency's JF roster [S68] names it "Penata Penanggulangan Bencana"; see also Analis Kebencanaan.` }],
  ['penata-penerbitan-ilmiah', 'Penata Penerbitan Ilmiah', ['Penata Penerbitan Ilmiah'], 'unknown'],
  ['penata-perizinan', 'Penata Perizinan', ['PENATA PERIZINAN'], 'keahlian',
    { note: 'Listed under Kementerian Dalam Negeri in the BKN CSV; kategori and availability in regions not checked.' }],
  ['penata-perlindungan-saksi-dan-korban', 'Penata Perlindungan Saksi dan Korban', ['Penata Perlindungan Saksi dan Korban'], 'unknown'],
  ['penata-pertanahan', 'Penata Pertanahan', ['Penata Pertanahan'], 'unknown'],
  ['penata-ruang', 'Penata Ruang', ['Penata Ruang'], 'K3',
    { pembina_confidence: 'unconfirmed', note: `${N_SECTOR_PEMBINA} ${N_UTAMA}` }],
  ['peneliti', 'Peneliti', ['Peneliti', 'Ahli Peneliti'], 'K4',
    { note: 'The legacy row "Ahli Peneliti" (BKN placeholder pembina, no rumpun) is the old title form of Peneliti (e.g. "Ahli Peneliti Utama"); merged (assumption, unconfirmed).' }],
  ['penera', 'Penera', ['Penera'], 'unknown'],
  ['penerjemah', 'Penerjemah', ['Penerjemah'], 'keahlian'],
  ['pengamat-gunung-api', 'Pengamat Gunung Api', ['Pengamat Gunung Api'], 'unknown'],
  ['pengamat-meteorologi-dan-geofisika', 'Pengamat Meteorologi dan Geofisika', ['Pengamat Meteorologi dan Geofisika'], 'unknown'],
  ['pengamat-tera', 'Pengamat Tera', ['Pengamat Tera'], 'keterampilan'],
  ['pengantar-kerja', 'Pengantar Kerja', ['Pengantar Kerja'], 'keahlian'],
  ['pengawas-alat-dan-mesin-pertanian', 'Pengawas Alat dan Mesin Pertanian', ['Pengawas Alat dan Mesin Pertanian'], 'keahlian', { aliases: ['Pengawas Alsintan'] }],
  ['pengawas-benih-ikan', 'Pengawas Benih Ikan', ['Pengawas Benih Ikan'], 'unknown'],
  ['pengawas-benih-tanaman', 'Pengawas Benih Tanaman', ['Pengawas Benih Tanaman'], 'both',
    { pembina_confidence: 'unconfirmed', note: N_SECTOR_PEMBINA }],
  ['pengawas-bibit-ternak', 'Pengawas Bibit Ternak', ['Pengawas Bibit Ternak'], 'both'],
  ['pengawas-farmasi-dan-makanan', 'Pengawas Farmasi dan Makanan', ['Pengawas Farmasi dan Makanan'], 'keahlian'],
  ['pengawas-intelijen', 'Pengawas Intelijen', ['Pengawas Intelijen'], 'unknown'],
  ['pengawas-kemetrologian', 'Pengawas Kemetrologian', ['Pengawas Kemetrologian'], 'keahlian'],
  ['pengawas-keselamatan-pelayaran', 'Pengawas Keselamatan Pelayaran', ['Pengawas Keselamatan Pelayaran'], 'unknown'],
  ['pengawas-ketenagakerjaan', 'Pengawas Ketenagakerjaan', ['Pengawas Ketenagakerjaan'], 'keahlian'],
  ['pengawas-koperasi', 'Pengawas Koperasi', ['Pengawas Koperasi'], 'K3',
    { pembina_confidence: 'unconfirmed', pembina_aliases: ['Kementerian Koperasi'], note: `${N_SECTOR_PEMBINA} ${N_UTAMA}` }],
  ['pengawas-lingkungan-hidup', 'Pengawas Lingkungan Hidup', ['Pengawas Lingkungan Hidup'], 'K3',
    { pembina_confidence: 'unconfirmed', pembina_aliases: A_LH, note: `${N_SECTOR_PEMBINA} ${N_UTAMA}` }],
  ['pengawas-mutu-hasil-pertanian', 'Pengawas Mutu Hasil Pertanian', ['Pengawas Mutu Hasil Pertanian'], 'both',
    { pembina_confidence: 'unconfirmed', note: N_SECTOR_PEMBINA }],
  ['pengawas-mutu-pakan', 'Pengawas Mutu Pakan', ['Pengawas Mutu Pakan'], 'both'],
  ['ppupd', 'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', ['Pengawas Penyelenggaraan Urusan Pemerintahan Daerah', 'PENGAWAS PEMERINTAHAN MADYA'], 'K3',
    { aliases: ['PPUPD', 'P2UPD', 'Pengawas Pemerintahan'], pembina_confidence: 'unconfirmed',
      citation: { regulation: `${P} 36/2020`, confidence: 'confirmed', source: '[S65]' },
      note: `Pembina UNCONFIRMED (probably Kemendagri). The row "PENGAWAS PEMERINTAHAN MADYA" (jenjang in the name) is taken as an older name of this JF (assumption, unconfirmed). ${N_UTAMA}` }],
  ['pengawas-perdagangan', 'Pengawas Perdagangan', ['Pengawas Perdagangan'], 'K3',
    { pembina_confidence: 'unconfirmed', note: `${N_SECTOR_PEMBINA} ${N_UTAMA}` }],
  ['pengawas-perikanan', 'Pengawas Perikanan', ['Pengawas Perikanan'], 'both'],
  ['pengawas-radiasi', 'Pengawas Radiasi', ['Pengawas Radiasi'], 'keahlian'],
  ['pengawas-sekolah', 'Pengawas Sekolah', ['Pengawas Sekolah', 'Pengawas Sekolah Utama  - Tk Menengah'], 'keahlian',
    { pembina_aliases: A_DIKDASMEN, note: 'The row "Pengawas Sekolah Utama - Tk Menengah" carries a jenjang and school level in its name; merged.' }],
  ['pengelola-ekosistem-laut-dan-pesisir', 'Pengelola Ekosistem Laut dan Pesisir', ['Pengelola Ekosistem Laut dan Pesisir'], 'keahlian'],
  ['pengelola-kesehatan-ikan', 'Pengelola Kesehatan Ikan', ['Pengelola Kesehatan Ikan'], 'keahlian'],
  ['pengelola-pengadaan-barang-jasa', 'Pengelola Pengadaan Barang/Jasa', ['Pengelola Pengadaan Barang/Jasa'], 'K3',
    { aliases: ['Pengelola PBJ', 'Pengelola Pengadaan Barang dan Jasa'],
      citation: { regulation: `${P} 77/2012`, confidence: 'confirmed', source: '[S67]' },
      note: 'A later PermenPANRB (29/2020) is UNCONFIRMED.' }],
  ['pengelola-produksi-perikanan-tangkap', 'Pengelola Produksi Perikanan Tangkap', ['Pengelola Produksi Perikanan Tangkap'], 'keahlian'],
  ['pengelola-sumber-daya-air', 'Pengelola Sumber Daya Air', ['Pengelola Sumber Daya Air'], 'keahlian'],
  ['pengembang-kewirausahaan', 'Pengembang Kewirausahaan', ['Pengembang Kewirausahaan'], 'keahlian'],
  ['pengembang-kurikulum', 'Pengembang Kurikulum', ['Pengembang Kurikulum'], 'keahlian', { pembina_aliases: A_DIKDASMEN }],
  ['pengembang-penilaian-pendidikan', 'Pengembang Penilaian Pendidikan', ['Pengembang Penilaian Pendidikan'], 'keahlian', { pembina_aliases: A_DIKDASMEN }],
  ['pengembang-sistem-intelijen', 'Pengembang Sistem Intelijen', ['Pengembang Sistem Intelijen'], 'unknown'],
  ['pengembang-teknologi-nuklir', 'Pengembang Teknologi Nuklir', ['Pengembang Teknologi Nuklir'], 'keahlian'],
  ['pengembang-teknologi-pembelajaran', 'Pengembang Teknologi Pembelajaran', ['Pengembang Teknologi Pembelajaran'], 'keahlian', { pembina_aliases: A_DIKDASMEN }],
  ['pengendali-dampak-lingkungan', 'Pengendali Dampak Lingkungan', ['Pengendali Dampak Lingkungan'], 'keahlian', { pembina_aliases: A_LH }],
  ['pengendali-ekosistem-hutan', 'Pengendali Ekosistem Hutan', ['Pengendali Ekosistem Hutan'], 'both', { pembina_aliases: A_HUTAN }],
  ['pengendali-frekuensi-radio', 'Pengendali Frekuensi Radio', ['Pengendali Frekuensi Radio'], 'unknown'],
  ['pengendali-hama-dan-penyakit-ikan', 'Pengendali Hama dan Penyakit Ikan', ['Pengendali Hama dan Penyakit Ikan'], 'both'],
  ['pengendali-organisme-pengganggu-tumbuhan', 'Pengendali Organisme Pengganggu Tumbuhan', ['Pengendali Organisme Pengganggu Tumbuhan'], 'both', { aliases: ['POPT'] }],
  ['penggerak-swadaya-masyarakat', 'Penggerak Swadaya Masyarakat', ['Penggerak Swadaya Masyarakat'], 'keahlian'],
  ['penghulu', 'Penghulu', ['Penghulu'], 'keahlian'],
  ['penguji-kendaraan-bermotor', 'Penguji Kendaraan Bermotor', ['Penguji Kendaraan Bermotor'], 'T3 K3', { note: N_UTAMA }],
  ['penguji-keselamatan-dan-kesehatan-kerja', 'Penguji Keselamatan dan Kesehatan Kerja', ['Penguji Keselamatan dan Kesehatan Kerja'], 'keahlian', { aliases: ['Penguji K3'] }],
  ['penguji-mutu-barang', 'Penguji Mutu Barang', ['Penguji Mutu Barang'], 'both'],
  ['penguji-perangkat-telekomunikasi', 'Penguji Perangkat Telekomunikasi', ['Penguji Perangkat Telekomunikasi'], 'keahlian'],
  ['penilai-pajak', 'Penilai Pajak', ['Penilai Pajak'], 'keahlian'],
  ['penilai-pajak-bumi-dan-bangunan', 'Penilai Pajak Bumi dan Bangunan', ['Penilai Pajak Bumi dan Bangunan'], 'unknown',
    { aliases: ['Penilai PBB'], note: 'Possibly an older JF later replaced by Penilai Pajak; not checked.' }],
  ['penilai-pemerintah', 'Penilai Pemerintah', ['Penilai Pemerintah'], 'keahlian'],
  ['penilik', 'Penilik', ['Penilik'], 'keahlian', { pembina_aliases: A_DIKDASMEN }],
  ['penjamin-mutu-produk', 'Penjamin Mutu Produk', ['Penjamin Mutu Produk'], 'keahlian'],
  ['pentashih-mushaf-al-quran', "Pentashih Mushaf Al-Qur'an", ['Pentashih Mushaf Al-Qur`an'], 'keahlian'],
  ['penyelidik-bumi', 'Penyelidik Bumi', ['Penyelidik Bumi'], 'unknown'],
  ['penyelidik-tindak-pidana-korupsi', 'Penyelidik Tindak Pidana Korupsi', ['Penyelidik Tindak Pidana Korupsi'], 'keahlian'],
  ['penyidik-bnn', 'Penyidik BNN', ['Penyidik BNN'], 'unknown', { aliases: ['Penyidik Badan Narkotika Nasional'] }],
  ['penyidik-tindak-pidana-korupsi', 'Penyidik Tindak Pidana Korupsi', ['Penyidik Tindak Pidana Korupsi'], 'keahlian'],
  ['penyuluh-agama', 'Penyuluh Agama', ['Penyuluh Agama', 'penyuluh agama ahli madya', 'penyuluh agama ahli muda'], 'T3 K3',
    { note: `The rows "penyuluh agama ahli muda" and "penyuluh agama ahli madya" carry the jenjang in their names; merged (they attest ahli_muda and ahli_madya). ${N_UTAMA}` }],
  ['penyuluh-hukum', 'Penyuluh Hukum', ['PENYULUH HUKUM'], 'keahlian', { pembina_aliases: A_HUKUM }],
  ['penyuluh-kehutanan', 'Penyuluh Kehutanan', ['Penyuluh Kehutanan'], 'both', { pembina_aliases: A_HUTAN }],
  ['penyuluh-keluarga-berencana', 'Penyuluh Keluarga Berencana', ['Penyuluh Keluarga Berencana'], 'K3',
    { aliases: ['Penyuluh KB'], note: N_UTAMA }],
  ['penyuluh-kesehatan-masyarakat', 'Penyuluh Kesehatan Masyarakat', ['Penyuluh Kesehatan Masyarakat'], 'keahlian',
    { note: 'Possibly replaced by Tenaga Promosi Kesehatan dan Ilmu Perilaku (also in the CSV); not checked.' }],
  ['penyuluh-lingkungan-hidup', 'Penyuluh Lingkungan Hidup', ['Penyuluh Lingkungan Hidup'], 'keahlian', { pembina_aliases: A_LH }],
  ['penyuluh-narkoba', 'Penyuluh Narkoba', ['Penyuluh Narkoba'], 'keahlian'],
  ['penyuluh-pajak', 'Penyuluh Pajak', ['Penyuluh Pajak'], 'keahlian'],
  ['penyuluh-perikanan', 'Penyuluh Perikanan', ['Penyuluh Perikanan'], 'both'],
  ['penyuluh-perindustrian-dan-perdagangan', 'Penyuluh Perindustrian dan Perdagangan', ['Penyuluh Perindustrian dan Perdagangan'], 'keahlian'],
  ['penyuluh-pertanian', 'Penyuluh Pertanian', ['Penyuluh Pertanian'], 'T4 K4',
    { pembina_confidence: 'unconfirmed',
      note: `${N_SECTOR_PEMBINA} Keterampilan jenjang (in their old names Pelaksana Pemula … Penyelia) per [S42]; the keahlian set is general knowledge.` }],
  ['penyuluh-sosial', 'Penyuluh Sosial', ['Penyuluh Sosial'], 'both'],
  ['perancang-puu', 'Perancang Peraturan Perundang-undangan', ['Perancang Peraturan Perundang-undangan'], 'K4',
    { aliases: ['Perancang PUU'], pembina: 'Kementerian Hukum', pembina_aliases: ['Kementerian Hukum dan Hak Asasi Manusia'], pembina_confidence: 'unconfirmed',
      note: 'Pembina "Kemenkumham (now Kemenkum)" and the PermenPANRB are UNCONFIRMED (general knowledge); the BKN CSV lists Kementerian Hukum dan Hak Asasi Manusia.' }],
  ['perawat', 'Perawat', ['Perawat'], 'both'],
  ['perawat-gigi', 'Perawat Gigi', ['Perawat Gigi'], 'keterampilan',
    { note: 'Possibly replaced by Terapis Gigi dan Mulut (also in the CSV); not checked.' }],
  ['perekam-medis', 'Perekam Medis', ['Perekam Medis'], 'both'],
  ['perekayasa', 'Perekayasa', ['Perekayasa', 'Perekayasa muda'], 'K4',
    { note: 'The row "Perekayasa muda" carries the jenjang in its name; merged.' }],
  ['perencana', 'Perencana', ['Perencana'], 'K4',
    { confidence: 'confirmed', citation: { regulation: `${P} 4/2020`, confidence: 'confirmed', source: '[S62]' },
      note: 'Keahlian golongan ranges per [S62]; four jenjang: [S70] gives kelas jabatan 8/10/12/14.' }],
  ['perisalah-legislatif', 'Perisalah Legislatif', ['Perisalah Legislatif'], 'keahlian', { note: 'Two BKN rows (mixed and upper case) merged.' }],
  ['polisi-kehutanan', 'Polisi Kehutanan', ['Polisi Kehutanan'], 'both', { pembina_aliases: A_HUTAN }],
  ['polisi-pamong-praja', 'Polisi Pamong Praja', ['Polisi Pamong Praja (Pol PP)'], 'both', { aliases: ['Pol PP'] }],
  ['pranata-humas', 'Pranata Hubungan Masyarakat', ['Pranata Hubungan Masyarakat'], 'T3 K3',
    { aliases: ['Pranata Humas'], pembina: 'Kementerian Komunikasi dan Digital', pembina_aliases: ['Kementerian Komunikasi dan Informatika'],
      citation: { regulation: `${P} 6/2014`, confidence: 'confirmed', source: '[S64]' },
      note: `Pembina Kominfo, now Komdigi (juklak Permenkomdigi 9/2025) [S64]. ${N_UTAMA}` }],
  ['pranata-informasi-diplomatik', 'Pranata Informasi Diplomatik', ['Pranata Informasi Diplomatik'], 'unknown'],
  ['pranata-keuangan-apbn', 'Pranata Keuangan APBN', ['Pranata Keuangan APBN'], 'keterampilan'],
  ['pranata-komputer', 'Pranata Komputer', ['Pranata Komputer'], 'T3 K4',
    { aliases: ['Prakom'], citation: { regulation: `${P} 32/2020`, confidence: 'confirmed', source: '[S58]' },
      note: 'Keterampilan starting at Terampil: CONFIRMED [S58]; Terampil…Penyelia and Ahli Pertama…Madya have kelas jabatan in [S70]; Ahli Utama from general knowledge.' }],
  ['pranata-laboratorium-kemetrologian', 'Pranata Laboratorium Kemetrologian', ['Pranata Laboratorium Kemetrologian'], 'keterampilan'],
  ['pranata-laboratorium-kesehatan', 'Pranata Laboratorium Kesehatan', ['Pranata Laboratorium Kesehatan'], 'both'],
  ['pranata-laboratorium-pendidikan', 'Pranata Laboratorium Pendidikan', ['Pranata Laboratorium Pendidikan'], 'both'],
  ['pranata-nuklir', 'Pranata Nuklir', ['Pranata Nuklir'], 'keterampilan'],
  ['pranata-pemberantasan-tindak-pidana-korupsi', 'Pranata Pemberantasan Tindak Pidana Korupsi', ['Pranata Pemberantasan Tindak Pidana Korupsi'], 'unknown'],
  ['pranata-peradilan', 'Pranata Peradilan', ['Pranata Peradilan'], 'unknown'],
  ['pranata-sdm-aparatur', 'Pranata Sumber Daya Manusia Aparatur', [], 'T3',
    { aliases: ['Pranata SDM Aparatur'], pembina: 'Badan Kepegawaian Negara', pembina_confidence: 'unconfirmed', group: 'tenaga-teknis', source: 'domain',
      citation: { regulation: `${P} 38/2020`, confidence: 'confirmed', source: '[S61]' },
      note: 'Not in the BKN CSV; added as a JF used in regional penyetaraan (keterampilan; PermenPANRB 38/2020 CONFIRMED [S61]; pembina UNCONFIRMED, probably BKN). The jenjang set is general knowledge. It has no keahlian jenjang, so it cannot be a penyetaraan target.' }],
  ['pranata-siaran', 'Pranata Siaran', ['Pranata Siaran'], 'keahlian'],
  ['psikolog-klinis', 'Psikolog Klinis', ['Psikolog Klinis'], 'keahlian'],
  ['pustakawan', 'Pustakawan', ['Pustakawan', 'Pustakawan Mahir'], 'T3 K4',
    { note: 'The row "Pustakawan Mahir" carries the jenjang in its name and lists Arsip Nasional Republik Indonesia as pembina (inconsistent with the main row); merged, pembina from the main row.' }],
  ['radiografer', 'Radiografer', ['Radiografer'], 'both'],
  ['refraksionis-optisien', 'Refraksionis Optisien', ['Refraksionis Optisien'], 'unknown'],
  ['rescuer', 'Rescuer', ['Rescuer'], 'unknown'],
  ['sandiman', 'Sandiman', ['Sandiman'], 'both'],
  ['sanitarian', 'Sanitarian', ['Sanitarian'], 'both',
    { note: 'Possibly replaced by Tenaga Sanitasi Lingkungan (also in the CSV); not checked.' }],
  ['statistisi', 'Statistisi', ['Statistisi'], 'both'],
  ['surveyor-pemetaan', 'Surveyor Pemetaan', ['Surveyor Pemetaan'], 'both'],
  ['teknik-jalan-dan-jembatan', 'Teknik Jalan dan Jembatan', ['Teknik Jalan dan Jembatan'], 'T3 K3',
    { note: `Possibly replaced by Penata Kelola Jalan dan Jembatan (also in the CSV, named in a regency's JF roster [S68]); not checked. ${N_UTAMA}` }],
  ['teknik-pengairan', 'Teknik Pengairan', ['Teknik Pengairan'], 'both',
    { note: 'Possibly replaced by Pengelola Sumber Daya Air (also in the CSV); not checked.' }],
  ['teknik-penyehatan-lingkungan', 'Teknik Penyehatan Lingkungan', ['Teknik Penyehatan Lingkungan'], 'both',
    { note: 'Possibly replaced by Penata Kelola Penyehatan Lingkungan (also in the CSV); not checked.' }],
  ['teknik-tata-bangunan-dan-perumahan', 'Teknik Tata Bangunan dan Perumahan', ['Teknik Tata Bangunan dan Perumahan'], 'both',
    { note: 'Possibly replaced by Penata Kelola Bangunan Gedung dan Kawasan Permukiman / Penata Kelola Perumahan (also in the CSV); not checked.' }],
  ['teknisi-akuakultur', 'Teknisi Akuakultur', ['Teknisi Akuakultur'], 'keterampilan'],
  ['teknisi-elektromedis', 'Teknisi Elektromedis', ['Teknisi Elektromedis'], 'both'],
  ['teknisi-gigi', 'Teknisi Gigi', ['Teknisi Gigi', 'Tehniker Gigi'], 'keterampilan',
    { note: 'The row "Tehniker Gigi" (listed under Kementerian Pertahanan, group tenaga-teknis) is taken as a spelling variant of Teknisi Gigi (assumption, unconfirmed); merged, pembina and group from the main row.' }],
  ['teknisi-kesehatan-ikan', 'Teknisi Kesehatan Ikan', ['Teknisi Kesehatan Ikan'], 'keterampilan'],
  ['teknisi-litkayasa', 'Teknisi Litkayasa', ['Teknisi Litkayasa'], 'keterampilan'],
  ['teknisi-pelayaran', 'Teknisi Pelayaran', ['Teknisi Pelayaran'], 'unknown'],
  ['teknisi-pemeriksa-pajak', 'Teknisi Pemeriksa Pajak', ['Teknisi Pemeriksa Pajak'], 'unknown'],
  ['teknisi-penelitian-dan-perekayasaan', 'Teknisi Penelitian dan Perekayasaan', ['Teknisi Penelitian dan Perekayasaan'], 'keterampilan'],
  ['teknisi-penerbangan', 'Teknisi Penerbangan', ['Teknisi Penerbangan'], 'keterampilan'],
  ['teknisi-perkebunrayaan', 'Teknisi Perkebunrayaan', ['Teknisi Perkebunrayaan'], 'keterampilan'],
  ['teknisi-siaran', 'Teknisi Siaran', ['Teknisi Siaran'], 'keahlian'],
  ['teknisi-transfusi-darah', 'Teknisi Transfusi Darah', ['Teknisi Transfusi Darah'], 'keterampilan'],
  ['tenaga-promosi-kesehatan-dan-ilmu-perilaku', 'Tenaga Promosi Kesehatan dan Ilmu Perilaku', ['Tenaga Promosi Kesehatan dan Ilmu Perilaku'], 'keahlian'],
  ['tenaga-sanitasi-lingkungan', 'Tenaga Sanitasi Lingkungan', ['Tenaga Sanitasi Lingkungan'], 'both'],
  ['terapis-gigi-dan-mulut', 'Terapis Gigi dan Mulut', ['Terapis Gigi dan Mulut'], 'both'],
  ['terapis-wicara', 'Terapis Wicara', ['Terapis Wicara'], 'both'],
  ['widyaiswara', 'Widyaiswara', ['Widyaiswara'], 'K4'],
  ['widyaprada', 'Widyaprada', ['Widyaprada'], 'keahlian', { pembina_aliases: A_DIKDASMEN }],
];

// Rows that are not a JF, or cannot be tied to one. reason: structural | pelaksana | ambiguous | unidentified | not-jf
const EXCLUDED = [
  ['Hakim', 'not-jf', 'Judges are pejabat negara, not a JF of the ASN (general knowledge); legacy row with BKN placeholder pembina.'],
  ['Hakim Yustisial/Panitera Pengganti', 'ambiguous', 'Combines an assignment of judges (hakim yustisial) and a court clerk post in one row.', 'panitera'],
  ['KASUBBAG PEG', 'structural', 'Kepala Subbagian Kepegawaian: a structural (pengawas) post.'],
  ['KAUR AGENDA', 'structural', 'Kepala Urusan Agenda: a structural post.'],
  ['KAUR EKG', 'structural', 'Kepala Urusan: a structural post.'],
  ['Kepala Bidang Pengkajian Tehnologi', 'structural', 'Kepala Bidang: a structural (administrator) post.'],
  ['KEPALA SEKSI RENCANA DAN PROGRAM', 'structural', 'Kepala Seksi: a structural (pengawas) post.'],
  ['Pamong Pratama', 'unidentified', 'Legacy title (BKN placeholder pembina, no rumpun) that cannot be tied to a current JF.'],
  ['Pandega Swadaya Masyarakat Ut.Kep.', 'unidentified', 'Legacy, abbreviated title (BKN placeholder pembina, no rumpun); possibly an old title of Penggerak Swadaya Masyarakat.', 'penggerak-swadaya-masyarakat'],
  ['Pengawas', 'ambiguous', 'Bare word, also the name of the eselon IV post class; legacy row with BKN placeholder pembina.'],
  ['Pengawas Keuangan dan Pembangunan', 'unidentified', 'Legacy title (BKN placeholder pembina, no rumpun); possibly a predecessor of Auditor.', 'auditor'],
  ['PENGOLAH BAHAN PROGJA', 'pelaksana', 'A pelaksana (jabatan pelaksana) title, not a JF.'],
  ['PENYUSUN PROGRAM SARANA DAN PRASARANA', 'pelaksana', 'A pelaksana (jabatan pelaksana) title, not a JF.'],
  ['PENYUSUN RENCANA KERJASAMA KELEMBAGAAN', 'pelaksana', 'A pelaksana title from one regency (Pemerintah Kab. Aceh Tamiang), not a JF.'],
  ['Perancang', 'ambiguous', 'Bare word (BKN placeholder pembina, no rumpun); probably Perancang Peraturan Perundang-undangan, not certain.', 'perancang-puu'],
  ['Tek Kehutanan', 'unidentified', 'Abbreviated legacy title (BKN placeholder pembina, no rumpun) that cannot be tied to a current JF.'],
  ['TUR PEN', 'unidentified', 'Unexplained abbreviation (Kementerian Pertahanan row, no rumpun).'],
];

// ---------------------------------------------------------------------------------------------------------------
const GROUPS = { 1: 'guru', 2: 'tenaga-medis', 3: 'tenaga-teknis' };
const BKN_PLACEHOLDER = 'Badan Kepegawaian Negara';

const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim();
// Same as normaliseJfName in src/rules/reference.ts: the loader rejects two names or aliases with the same key.
const nameKey = (s) =>
  s.normalize('NFKC').toLowerCase().replace(/['`’‘]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function readCsv(path) {
  const text = readFileSync(path, 'utf8');
  const [first, ...rest] = text.split(/\r?\n/);
  if (!first.startsWith('# source:')) throw new Error('expected a "# source:" line first');
  const rows = parse(rest.join('\n'), { columns: true, skip_empty_lines: true });
  return { source: first.replace(/^#\s*source:\s*/, '').trim(), rows };
}

function jenjangOf(spec) {
  if (KATEGORI_WORDS[spec]) return { kategori: KATEGORI_WORDS[spec], jenjang: undefined };
  const set = new Set();
  for (const part of spec.split(/\s+/)) {
    if (!SHORT[part]) throw new Error(`bad spec ${spec}`);
    SHORT[part].forEach((j) => set.add(j));
  }
  const jenjang = JENJANG_ORDER.filter((j) => set.has(j));
  const k = jenjang.some((j) => j.startsWith('ahli_'));
  const t = jenjang.some((j) => !j.startsWith('ahli_'));
  return { kategori: k && t ? 'keahlian-keterampilan' : k ? 'keahlian' : 'keterampilan', jenjang };
}

function build(csvPath) {
  const { source, rows } = readCsv(csvPath);
  const byName = new Map();
  for (const r of rows) {
    const k = norm(r.nama);
    if (!byName.has(k)) byName.set(k, []);
    byName.get(k).push(r);
  }
  const claimed = new Map();
  const claim = (r, by) => {
    if (claimed.has(r.bkn_id)) throw new Error(`row ${r.bkn_id} (${r.nama}) claimed by ${claimed.get(r.bkn_id)} and ${by}`);
    claimed.set(r.bkn_id, by);
  };
  const take = (name, by) => {
    const found = byName.get(norm(name));
    if (!found) throw new Error(`no CSV row named "${name}" (for ${by})`);
    found.forEach((r) => claim(r, by));
    return found;
  };

  const jf = JF.map(([id, name, rowNames, spec, extra = {}]) => {
    const rs = rowNames.flatMap((n) => take(n, id));
    const primary = rs[0];
    const { kategori, jenjang } = jenjangOf(spec);
    let pembina = extra.pembina ?? primary?.instansi_pembina_nama.trim();
    if (!pembina) throw new Error(`${id}: no pembina`);
    const placeholder = primary && pembina === BKN_PLACEHOLDER && !primary.rumpun_jabatan_id && !extra.pembina;
    const group = extra.group ?? GROUPS[primary?.jenis_jabatan_umum_id];
    if (!group) throw new Error(`${id}: no group`);
    // Merged rows that disagree must be explained in a note.
    const pembinas = new Set(rs.map((r) => r.instansi_pembina_nama.trim()));
    const groups = new Set(rs.map((r) => r.jenis_jabatan_umum_id));
    if ((pembinas.size > 1 || groups.size > 1) && !extra.note) throw new Error(`${id}: merged rows disagree; add a note`);

    const seen = new Set([nameKey(name)]);
    const aliases = [];
    for (const a of [...(extra.aliases ?? []), ...rs.map((r) => r.nama.trim())]) {
      const k = nameKey(a);
      if (seen.has(k)) continue;
      seen.add(k);
      aliases.push(a.replace(/\s+/g, ' '));
    }
    const pembinaAliases = extra.pembina_aliases ?? PEMBINA_ALIASES[pembina];
    const notes = [];
    if (placeholder) notes.push('The BKN CSV lists Badan Kepegawaian Negara, a placeholder used for legacy rows without rumpun; the real pembina was not checked.');
    if (extra.note) notes.push(extra.note);

    const e = { id, name, aliases };
    e.pembina = pembina;
    if (pembinaAliases?.length) e.pembina_aliases = pembinaAliases;
    e.pembina_confidence = extra.pembina_confidence ?? (placeholder ? 'unconfirmed' : 'confirmed');
    e.bkn_ids = rs.map((r) => r.bkn_id);
    e.kategori = kategori;
    if (jenjang) e.jenjang = jenjang;
    e.confidence = extra.confidence ?? 'unconfirmed';
    e.group = group;
    e.source = extra.source ?? 'bkn';
    if (extra.citation) e.citation = extra.citation;
    if (notes.length) e.note = notes.join(' ');
    return e;
  });

  const excluded = EXCLUDED.map(([name, reason, note, candidate]) =>
    take(name, `excluded:${name}`).map((r) => {
      const x = { bkn_id: r.bkn_id, name: r.nama.trim().replace(/\s+/g, ' '), reason, note };
      if (candidate) x.candidate = candidate;
      return x;
    }),
  ).flat();

  const missing = rows.filter((r) => !claimed.has(r.bkn_id));
  if (missing.length) throw new Error(`rows not accounted for: ${missing.map((r) => r.nama).join('; ')}`);
  const ids = new Set(jf.map((e) => e.id));
  if (ids.size !== jf.length) throw new Error('duplicate ids');
  for (const x of excluded) if (x.candidate && !ids.has(x.candidate)) throw new Error(`bad candidate ${x.candidate}`);
  return { source, rows, jf, excluded };
}

function render({ source, rows, jf, excluded }) {
  const data = {
    version: 1,
    source,
    notes: [
      `Curated from the BKN reference list of kelompok jabatan fungsional (${rows.length} rows, about 2023); built by scripts/curate-jf.mjs, kept by hand since. Every CSV row is either in one entry's bkn_ids or in excluded.`,
      'One entry per JF, under its current official name; old names, spelling variants and raw BKN spellings that differ are aliases. Names with a jenjang or rank baked in were merged into their JF.',
      'kategori and jenjang are general knowledge unless a source in docs/sources.md confirms them (confidence: confirmed). jenjang lists the jenjang known to exist and may be incomplete: where Ahli Utama or the keterampilan jenjang were not checked, the entry note says so. kategori unknown: not known.',
      'pembina is copied from the CSV (trimmed), except where a source in docs/sources.md gives the current name. pembina_confidence is unconfirmed where the sources leave the pembina UNCONFIRMED, where the CSV has the Badan Kepegawaian Negara placeholder of legacy rows, and for entries not in the CSV.',
      'pembina_aliases are successor or alternative agency names (2021 BRIN integration, 2024 cabinet changes): general knowledge, unconfirmed, used only to recognise a name.',
      'source: bkn = from the CSV; domain = added because a source in docs/sources.md names it as used in regional penyetaraan, with bkn_ids [].',
      'citation: the JF regulation, only where a source in docs/sources.md states it.',
    ],
    jf,
    excluded,
  };
  const doc = new Document(data, { aliasDuplicateObjects: false });
  doc.commentBefore =
    ' JF catalog (jabatan fungsional). Source of truth for the shipped tool; see notes. Schema: rules/schemas/jf-catalog.schema.json';
  const FLOW = new Set(['aliases', 'pembina_aliases', 'bkn_ids', 'jenjang']);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FLOW.has(pair.key.value) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const args = process.argv.slice(2);
const idsOnly = args[0] === '--ids';
const csvPath = idsOnly ? args[1] : args[0];
if (!csvPath) {
  process.stderr.write('usage: node scripts/curate-jf.mjs [--ids] path/to/bkn-kelompok-jabatan-fungsional.csv\n');
  process.exit(2);
}
const built = build(csvPath);
if (idsOnly) {
  const ids = built.rows.map((r) => r.bkn_id);
  process.stdout.write(`${JSON.stringify({ source: built.source, count: ids.length, bkn_ids: ids }, null, 2)}\n`);
} else {
  process.stdout.write(render(built));
}
