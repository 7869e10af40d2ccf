import { describe, expect, it } from 'vitest';
import { inferKindFromTitle, kindIsStructural, parseKind } from '../../../src/model/parse/kind.js';
import { KINDS, type Eselon, type Kind } from '../../../src/model/types.js';

describe('parseKind: accepted', () => {
  it.each<[string, Kind]>([
    ['JPT Pratama', 'jpt_pratama'],
    ['JPT PRATAMA', 'jpt_pratama'],
    ['jpt-pratama', 'jpt_pratama'],
    ['Jabatan Pimpinan Tinggi Pratama', 'jpt_pratama'],
    ['JPT Madya', 'jpt_madya'],
    ['JPT Utama', 'jpt_utama'],
    ['Administrator', 'administrator'],
    ['JABATAN ADMINISTRATOR', 'administrator'],
    ['Pengawas', 'pengawas'],
    ['Jabatan Pengawas', 'pengawas'],
    ['Pelaksana', 'pelaksana'],
    ['JABATAN PELAKSANA', 'pelaksana'],
    ['JFU', 'pelaksana'],
    ['FU', 'pelaksana'],
    ['Fungsional Umum', 'pelaksana'],
    ['Jabatan Fungsional Umum', 'pelaksana'],
    ['4', 'pelaksana'],
    ['Fungsional', 'fungsional'],
    ['JABATAN FUNGSIONAL', 'fungsional'],
    ['Jabatan Fungsional Tertentu', 'fungsional'],
    ['JFT', 'fungsional'],
    ['JF', 'fungsional'],
    ['FT', 'fungsional'],
    ['ft', 'fungsional'],
    ['2', 'fungsional'],
    ['ESELON IV / Pengawas', 'pengawas'],
    ['Eselon III', 'administrator'],
    ['Eselon III.a', 'administrator'],
    ['Eselon II.b', 'jpt_pratama'],
    ['Eselon I.b', 'jpt_madya'],
    ['I.a / JPT Utama', 'jpt_utama'],
    ['Eselon V.a', 'pelaksana'],
    ['Struktural Eselon IV', 'pengawas'],
    ['Struktural (III.a)', 'administrator'],
    ['STRUKTURAL - ESELON II', 'jpt_pratama'],
  ])('%j → %s', (raw, want) => {
    expect(parseKind(raw)).toEqual({ ok: true, value: want, normalised: true });
  });

  it('whitespace alone is not a normalisation', () => {
    expect(parseKind(' pengawas\r')).toEqual({ ok: true, value: 'pengawas', normalised: false });
  });

  it('canonical values are not normalised', () => {
    for (const k of KINDS) expect(parseKind(k)).toEqual({ ok: true, value: k, normalised: false });
    for (const k of KINDS) expect(parseKind(` ${k.toUpperCase()} `)).toEqual({ ok: true, value: k, normalised: true });
  });

  it('empty', () => {
    expect(parseKind('')).toEqual({ ok: true, value: null, normalised: false });
    expect(parseKind(' \u00A0 ')).toEqual({ ok: true, value: null, normalised: false });
  });
});

describe('parseKind: rejects', () => {
  it.each(['Struktural', 'STRUKTURAL', 'Jabatan Struktural', '1'])('%j → struktural', (raw) => {
    const r = parseKind(raw);
    expect(r).toMatchObject({ ok: false, code: 'struktural' });
    if (!r.ok) expect(r.reason.en).toBe('struktural without eselon: cannot tell the level');
  });
  it.each(['3', 'Rangkap', 'Jabatan Rangkap (Struktural dan Fungsional)', 'Non Eselon', '99'])('%j → ambiguous', (raw) => {
    expect(parseKind(raw)).toMatchObject({ ok: false, code: 'ambiguous' });
  });
  it.each(['5', '0', '22', 'Kepala', 'Guru', 'xyz'])('%j → unknown', (raw) => {
    expect(parseKind(raw)).toMatchObject({ ok: false, code: 'unknown' });
  });
  it('inconsistent eselon label', () => {
    expect(parseKind('II.a / Pengawas')).toMatchObject({ ok: false, code: 'inconsistent' });
  });
});

describe('parseKind: value map', () => {
  it('maps then parses', () => {
    const map = { 'Jab. Teknis': 'JFT', STR: 'ESELON IV', bad: 'nope' };
    expect(parseKind('jab. teknis', map)).toEqual({ ok: true, value: 'fungsional', normalised: true });
    expect(parseKind('str', map)).toEqual({ ok: true, value: 'pengawas', normalised: true });
    expect(parseKind('BAD', map)).toMatchObject({ ok: false, code: 'value-map' });
  });
});

describe('kindIsStructural', () => {
  it.each<[Kind, boolean]>([
    ['jpt_utama', true], ['jpt_madya', true], ['jpt_pratama', true], ['administrator', true], ['pengawas', true],
    ['pelaksana', false], ['fungsional', false],
  ])('%s → %s', (k, want) => {
    expect(kindIsStructural(k)).toBe(want);
  });
});

describe('inferKindFromTitle', () => {
  it.each<[string, Kind, Eselon | undefined]>([
    // JPT Pratama
    ['Kepala Dinas Kesehatan', 'jpt_pratama', 'II.b'],
    ['KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN', 'jpt_pratama', 'II.b'],
    ['Kadis Perhubungan', 'jpt_pratama', 'II.b'],
    ['Kepala Badan Perencanaan Pembangunan Daerah', 'jpt_pratama', 'II.b'],
    ['Kaban Kesbangpol', 'jpt_pratama', 'II.b'],
    ['Kepala BPKAD', 'jpt_pratama', 'II.b'],
    ['Kepala Bappeda', 'jpt_pratama', 'II.b'],
    ['Sekretaris Daerah', 'jpt_pratama', 'II.a'],
    ['SEKRETARIS DAERAH KABUPATEN BANGKA BARAT', 'jpt_pratama', 'II.a'],
    ['Sekda', 'jpt_pratama', 'II.a'],
    ['Inspektur', 'jpt_pratama', 'II.b'],
    ['Inspektur Kabupaten', 'jpt_pratama', 'II.b'],
    ['Sekretaris DPRD', 'jpt_pratama', 'II.b'],
    ['Sekretaris Dewan Perwakilan Rakyat Daerah', 'jpt_pratama', 'II.b'],
    ['Sekwan', 'jpt_pratama', 'II.b'],
    ['Asisten Pemerintahan dan Kesejahteraan Rakyat', 'jpt_pratama', 'II.b'],
    ['Asisten Perekonomian dan Pembangunan', 'jpt_pratama', 'II.b'],
    ['ASISTEN ADMINISTRASI UMUM', 'jpt_pratama', 'II.b'],
    ['Asisten I', 'jpt_pratama', 'II.b'],
    ['Staf Ahli Bupati Bidang Hukum dan Politik', 'jpt_pratama', 'II.b'],
    ['STAF AHLI BIDANG EKONOMI', 'jpt_pratama', 'II.b'],
    ['Direktur RSUD Sejiran Setason', 'jpt_pratama', undefined],
    ['Direktur Rumah Sakit Umum Daerah', 'jpt_pratama', undefined],
    ['Kepala Satuan Polisi Pamong Praja', 'jpt_pratama', 'II.b'],
    ['Kasatpol PP', 'jpt_pratama', 'II.b'],
    ['Kepala Pelaksana BPBD', 'jpt_pratama', 'II.b'],
    ['Plt. Kepala Dinas Sosial', 'jpt_pratama', 'II.b'],
    // Administrator
    ['Sekretaris', 'administrator', undefined],
    ['Sekretaris Dinas Kesehatan', 'administrator', undefined],
    ['SEKRETARIS BADAN KEPEGAWAIAN', 'administrator', undefined],
    ['Sekretaris Inspektorat', 'administrator', undefined],
    ['Sekdis', 'administrator', undefined],
    ['Kepala Bidang Pelayanan Kesehatan', 'administrator', undefined],
    ['KEPALA BIDANG ANGGARAN', 'administrator', undefined],
    ['Kabid Pengendalian Penduduk', 'administrator', undefined],
    ['Ka. Bid. Bina Marga', 'administrator', undefined],
    ['Kepala Bagian Organisasi', 'administrator', undefined],
    ['Kabag Hukum', 'administrator', undefined],
    ['Camat Mentok', 'administrator', undefined],
    ['CAMAT', 'administrator', undefined],
    ['Inspektur Pembantu Wilayah I', 'administrator', undefined],
    ['Irban II', 'administrator', undefined],
    ['Irbanwil III', 'administrator', undefined],
    ['Wakil Direktur Pelayanan', 'administrator', undefined],
    ['Plh Kepala Bagian Umum', 'administrator', undefined],
    ['Sekretaris Kecamatan', 'administrator', undefined],
    ['SEKCAM', 'administrator', undefined],
    ['Sekretaris Camat', 'administrator', undefined],
    // Pengawas
    ['Kepala Seksi Pelayanan', 'pengawas', undefined],
    ['KEPALA SEKSI PELAYANAN', 'pengawas', undefined],
    ['Kasi Pemerintahan', 'pengawas', undefined],
    ['KASIE TRANTIB', 'pengawas', undefined],
    ['Ka. Seksi Kesejahteraan Sosial', 'pengawas', undefined],
    ['Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', undefined],
    ['Kepala Subbagian Keuangan', 'pengawas', undefined],
    ['Kepala Sub-Bagian Program', 'pengawas', undefined],
    ['Kasubbag Umum', 'pengawas', undefined],
    ['KASUBAG TU', 'pengawas', undefined],
    ['Ka. Subbag Perencanaan', 'pengawas', undefined],
    ['Kepala Sub Bidang Mutasi', 'pengawas', undefined],
    ['Kepala Subbidang Anggaran', 'pengawas', undefined],
    ['Kasubbid Akuntansi', 'pengawas', undefined],
    ['Kasubid Pembinaan', 'pengawas', undefined],
    ['Lurah Tanjung', 'pengawas', undefined],
    ['Sekretaris Kelurahan', 'pengawas', undefined],
    ['Kepala UPT Pengelolaan Sampah', 'pengawas', 'IV.a'],
    ['KEPALA UPTD PUSKESMAS MUNTOK', 'pengawas', 'IV.a'],
    ['Kepala Unit Pelaksana Teknis Daerah Balai Benih', 'pengawas', 'IV.a'],
    ['Kepala Puskesmas Jebus', 'pengawas', 'IV.a'],
    // Fungsional
    ['Analis Kebijakan Ahli Muda', 'fungsional', undefined],
    ['Perencana Ahli Pertama', 'fungsional', undefined],
    ['AUDITOR AHLI MADYA', 'fungsional', undefined],
    ['Pengawas Lingkungan Hidup Ahli Muda', 'fungsional', undefined],
    ['Pranata Komputer Terampil', 'fungsional', undefined],
    ['Pranata Komputer Ahli Pertama', 'fungsional', undefined],
    ['Arsiparis Mahir', 'fungsional', undefined],
    ['Perawat Penyelia', 'fungsional', undefined],
    ['Penyuluh Pertanian Pemula', 'fungsional', undefined],
    ['Asisten Apoteker Terampil', 'fungsional', undefined],
    ['Perencana Muda', 'fungsional', undefined],
    ['Analis Kepegawaian Madya', 'fungsional', undefined],
    ['PENGAWAS PEMERINTAHAN MADYA', 'fungsional', undefined],
    ['Pranata Komputer Pelaksana Lanjutan', 'fungsional', undefined],
    ['Arsiparis Pelaksana', 'fungsional', undefined],
    ['Guru Kelas', 'fungsional', undefined],
    ['Dokter Umum', 'fungsional', undefined],
    ['Auditor', 'fungsional', undefined],
    ['Pengelola Pengadaan Barang/Jasa', 'fungsional', undefined],
    ['Analis Kebijakan Ahli Muda pada Bagian Organisasi', 'fungsional', undefined],
    // Pelaksana
    ['Pengadministrasi Umum', 'pelaksana', undefined],
    ['PENGELOLA KEUANGAN', 'pelaksana', undefined],
    ['Pengolah Data', 'pelaksana', undefined],
    ['Analis Perencanaan, Evaluasi dan Pelaporan', 'pelaksana', undefined],
    ['Analis Kepegawaian', 'pelaksana', undefined],
    ['Operator Komputer', 'pelaksana', undefined],
    ['Staf', 'pelaksana', undefined],
    ['Staff Bidang Anggaran', 'pelaksana', undefined],
    ['Pelaksana', 'pelaksana', undefined],
    ['Bendahara Pengeluaran', 'pelaksana', undefined],
    ['Pengemudi', 'pelaksana', undefined],
    ['Caraka', 'pelaksana', undefined],
    ['Pramu Bakti', 'pelaksana', undefined],
    ['Kasir', 'pelaksana', undefined],
    ['Penyusun Program Anggaran dan Pelaporan', 'pelaksana', undefined],
    // PermenPANRB 45/2022, KepmenPANRB 282/2025 names (pelaksana-names.ts), some starting like JF names (Penata …, Teknisi …).
    ['Penata Layanan Operasional', 'pelaksana', undefined],
    ['PENELAAH TEKNIS KEBIJAKAN', 'pelaksana', undefined],
    ['Pengadministrasi Perkantoran', 'pelaksana', undefined],
    ['Operator Layanan Operasional', 'pelaksana', undefined],
    ['Pengelola Layanan Operasional', 'pelaksana', undefined],
    ['Pengelola Umum Operasional', 'pelaksana', undefined],
    ['Pengolah Data dan Informasi', 'pelaksana', undefined],
    ['Penata Kelola Sistem dan Teknologi Informasi', 'pelaksana', undefined],
    ['Teknisi Sarana dan Prasarana', 'pelaksana', undefined],
    ['Penata Layanan Operasional - Subbagian Umum', 'pelaksana', undefined],
    ['Plt. Penelaah Teknis Kebijakan', 'pelaksana', undefined],
  ])('%j → %s %s', (title, kind, hint) => {
    const r = inferKindFromTitle(title);
    expect(r).not.toBeNull();
    expect(r!.kind).toBe(kind);
    expect(r!.eselonHint).toBe(hint);
    expect(r!.reason.id).toBeTruthy();
    expect(r!.reason.en).toBeTruthy();
  });

  it.each(['', '  ', 'Ketua Tim', 'Tenaga Ahli', 'Koordinator', 'Kepala', 'Sekretaris Pimpinan', 'Pengawas Sekolahan?', 'XYZ'])(
    '%j → null',
    (title) => {
      const r = inferKindFromTitle(title);
      if (title === 'Pengawas Sekolahan?') expect(r?.kind ?? null).not.toBe('pengawas');
      else expect(r).toBeNull();
    },
  );

  it('reads the listed pelaksana names by their whole name, not their first word, with the class in the reason', () => {
    expect(inferKindFromTitle('Penata Layanan Operasional')!.reason.en).toBe('pelaksana title (PermenPANRB 45/2022; operator class, unconfirmed)');
    expect(inferKindFromTitle('Penelaah Teknis Kebijakan')!.reason.id).toContain('klerek');
    // Names that share the first word of a listed one are still JF, or unknown.
    expect(inferKindFromTitle('Penata Kelola Pemilihan Umum Ahli Pertama')!.kind).toBe('fungsional');
    expect(inferKindFromTitle('Teknisi Litkayasa Terampil')!.kind).toBe('fungsional');
    expect(inferKindFromTitle('Penata Ruang')!.kind).toBe('fungsional');
    expect(inferKindFromTitle('Penata Layanan')).toBeNull();
    expect(inferKindFromTitle('Penata Layanan Operasionalisasi')).toBeNull();
  });

  it('returns shared objects (no per-call allocation)', () => {
    expect(inferKindFromTitle('Kasi Umum')).toBe(inferKindFromTitle('Kepala Seksi Pelayanan'));
  });

  it('does not read JF or pelaksana words inside structural titles', () => {
    expect(inferKindFromTitle('Kepala Seksi Generasi Muda')!.kind).toBe('pengawas');
    expect(inferKindFromTitle('Kepala Bidang Kepemudaan')!.kind).toBe('administrator');
    expect(inferKindFromTitle('Kasir')!.kind).toBe('pelaksana');
    expect(inferKindFromTitle('Asisten Apoteker')!.kind).toBe('fungsional');
  });
});
