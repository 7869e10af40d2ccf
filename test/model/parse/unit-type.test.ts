import { describe, expect, it } from 'vitest';
import { inferUnitType, parseUnitType } from '../../../src/model/parse/unit-type.js';
import { UNIT_TYPES, type UnitType } from '../../../src/model/types.js';

describe('inferUnitType', () => {
  it.each<[string, UnitType]>([
    ['Sekretariat Daerah', 'sekretariat_daerah'],
    ['SEKRETARIAT DAERAH KABUPATEN BANGKA BARAT', 'sekretariat_daerah'],
    ['Setda', 'sekretariat_daerah'],
    ['Sekretariat DPRD', 'sekretariat_dprd'],
    ['Sekretariat Dewan Perwakilan Rakyat Daerah', 'sekretariat_dprd'],
    ['SETWAN', 'sekretariat_dprd'],
    ['Sekretariat', 'sekretariat'],
    ['Sekretariat Dinas Kesehatan', 'sekretariat'],
    ['SEKRETARIAT BADAN KEPEGAWAIAN', 'sekretariat'],
    ['Inspektorat', 'inspektorat'],
    ['Inspektorat Daerah Kabupaten', 'inspektorat'],
    ['Dinas Kesehatan', 'dinas'],
    ['DINAS PENDIDIKAN DAN KEBUDAYAAN', 'dinas'],
    ['Disdukcapil', 'dinas'],
    ['Dinkes', 'dinas'],
    ['DPMPTSP', 'dinas'],
    ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'badan'],
    ['Bappeda', 'badan'],
    ['BKPSDMD', 'badan'],
    ['BKPSDM', 'badan'],
    ['BPKAD', 'badan'],
    ['BPBD', 'badan'],
    ['Kesbangpol', 'badan'],
    ['Kecamatan Mentok', 'kecamatan'],
    ['KECAMATAN JEBUS', 'kecamatan'],
    ['Kelurahan Tanjung', 'kelurahan'],
    ['RSUD Sejiran Setason', 'rsud'],
    ['Rumah Sakit Umum Daerah', 'rsud'],
    ['RUMAH SAKIT UMUM DAERAH SEJIRAN SETASON', 'rsud'],
    ['UPT Pengelolaan Sampah', 'upt'],
    ['UPTD Puskesmas Muntok', 'upt'],
    ['Puskesmas Jebus', 'upt'],
    ['Unit Pelaksana Teknis Daerah Balai Benih', 'upt'],
    ['Bidang Pelayanan Kesehatan', 'bidang'],
    ['BIDANG ANGGARAN', 'bidang'],
    ['Bagian Organisasi', 'bagian'],
    ['Bagian Umum', 'bagian'],
    ['Seksi Pelayanan', 'seksi'],
    ['SEKSI PEMERINTAHAN', 'seksi'],
    ['Sub Bagian Umum dan Kepegawaian', 'subbagian'],
    ['Subbagian Keuangan', 'subbagian'],
    ['Sub-Bagian Program', 'subbagian'],
    ['Subbag Perencanaan', 'subbagian'],
    ['Sub Bidang Mutasi', 'subbidang'],
    ['Subbidang Anggaran', 'subbidang'],
    ['Subbid Akuntansi', 'subbidang'],
    ['Bagian Pengadaan Barang/Jasa', 'pengadaan'],
    ['Bagian Pengadaan Barang dan Jasa', 'pengadaan'],
    ['Bagian Pengadaan', 'pengadaan'],
    ['Pengadaan Barang/Jasa', 'pengadaan'],
    ['UKPBJ', 'pengadaan'],
    ['Unit Layanan Pengadaan', 'pengadaan'],
    ['Bagian Layanan Pengadaan Barang/Jasa', 'pengadaan'],
    ['Satuan Polisi Pamong Praja', 'dinas'],
    ['  Bidang  Anggaran\r\n', 'bidang'],
  ])('%j → %s', (name, want) => {
    expect(inferUnitType(name)).toBe(want);
  });

  it('staff recruitment is not procurement', () => {
    expect(inferUnitType('Subbidang Pengadaan dan Pemberhentian Pegawai')).toBe('subbidang');
    expect(inferUnitType('Bidang Pengadaan, Pemberhentian dan Informasi')).toBe('bidang');
  });

  it('the start of the name decides', () => {
    expect(inferUnitType('Subbagian Umum pada Sekretariat Dinas Kesehatan')).toBe('subbagian');
    expect(inferUnitType('Seksi Pemerintahan Kecamatan Mentok')).toBe('seksi');
  });

  it.each(['', 'Tata Usaha', 'Umum dan Kepegawaian', 'DPRD', 'xyz'])('%j → null', (name) => {
    expect(inferUnitType(name)).toBeNull();
  });

  it('falls back to the OPD name only for an empty unit or the OPD row itself', () => {
    expect(inferUnitType('', 'Dinas Kesehatan')).toBe('dinas');
    expect(inferUnitType('DINAS KESEHATAN', 'Dinas Kesehatan')).toBe('dinas');
    expect(inferUnitType('Kecamatan Mentok', 'Kecamatan Mentok')).toBe('kecamatan');
    expect(inferUnitType('Tata Usaha', 'Dinas Kesehatan')).toBeNull();
    expect(inferUnitType('Seksi Gizi', 'Dinas Kesehatan')).toBe('seksi');
  });
});

describe('parseUnitType', () => {
  it('canonical names are not normalised', () => {
    for (const t of UNIT_TYPES) expect(parseUnitType(t)).toEqual({ ok: true, value: t, normalised: false });
  });

  it.each<[string, UnitType]>([
    ['Sub Bagian', 'subbagian'], ['SUBBAGIAN', 'subbagian'], ['sub-bagian', 'subbagian'], ['Subbag', 'subbagian'],
    ['Sub Bidang', 'subbidang'], ['sub_bidang', 'subbidang'],
    ['Sekretariat Daerah', 'sekretariat_daerah'], ['SEKRETARIAT_DAERAH', 'sekretariat_daerah'], ['Setda', 'sekretariat_daerah'],
    ['Sekretariat DPRD', 'sekretariat_dprd'], ['Setwan', 'sekretariat_dprd'],
    ['UPTD', 'upt'], ['UPT', 'upt'], ['Puskesmas', 'upt'], ['RSUD', 'rsud'], ['Rumah Sakit', 'rsud'],
    ['Seksi', 'seksi'], ['Bidang', 'bidang'], ['Bagian', 'bagian'], ['Kecamatan', 'kecamatan'], ['Kelurahan', 'kelurahan'],
    ['Pengadaan', 'pengadaan'], ['UKPBJ', 'pengadaan'], ['Lain-lain', 'lainnya'],
    ['Dinas Kesehatan', 'dinas'], ['Bagian Pengadaan Barang/Jasa', 'pengadaan'],
  ])('%j → %s', (raw, want) => {
    expect(parseUnitType(raw)).toEqual({ ok: true, value: want, normalised: true });
  });

  it('empty and unknown', () => {
    expect(parseUnitType('')).toEqual({ ok: true, value: null, normalised: false });
    expect(parseUnitType('Tata Usaha')).toMatchObject({ ok: false, code: 'unknown' });
  });

  it('value map', () => {
    expect(parseUnitType('Sie', { sie: 'seksi' })).toEqual({ ok: true, value: 'seksi', normalised: true });
    expect(parseUnitType('TU', { tu: 'subbagian' })).toEqual({ ok: true, value: 'subbagian', normalised: true });
    expect(parseUnitType('TU', { tu: 'nope' })).toMatchObject({ ok: false, code: 'value-map' });
  });
});
