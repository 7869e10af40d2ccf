/**
 * What refuses a table given as posts (model/posts-evidence.ts), on rows as read-posts hands them over: a list of
 * offices is a list of units; a regency's post-name table (each title once, of several OPDs, nothing placed) is a
 * nomenclature, while a flat list of one OPD, or of a regency that repeats its titles or names its OPDs, is a structure.
 */
import { describe, expect, it } from 'vitest';
import { kindForEselon, parseEselon } from '../../src/model/parse/eselon.js';
import { inferKindFromTitle } from '../../src/model/parse/kind.js';
import { PostsEvidence } from '../../src/model/posts-evidence.js';
import type { Eselon } from '../../src/model/types.js';

/** Feeds `titles` (`title|eselon`) as rows with ids, the kind from the eselon or the title; the refusal, or null. */
function refusal(titles: readonly string[], place = ''): string | null {
  const e = new PostsEvidence();
  titles.forEach((t, k) => {
    const [title, es] = t.split('|') as [string, string | undefined];
    const parsed = parseEselon(es ?? '');
    const eselon = parsed.ok ? (parsed.value as Eselon | null) : null;
    const kind = eselon ? kindForEselon(eselon) : inferKindFromTitle(title)?.kind ?? null;
    e.add(String(k + 1), title, kind, eselon, '', place);
  });
  try {
    e.check('f.csv', 1);
    return null;
  } catch (err) {
    return (err as Error & { message: string }).message;
  }
}

const JF = ['Guru Muda', 'Bidan Pertama', 'Perawat Gigi Pelaksana', 'Dokter Madya', 'Arsiparis Penyelia', 'Auditor Pelaksana', 'Penyuluh Perikanan Pertama', 'Pranata Komputer', 'Nutrisionis Muda', 'Pengadministrasi Pegawai', 'Bendahara Gaji', 'Analis Produk Hukum', 'Pengelola Keamanan dan Ketertiban', 'Penyusun Bahan Pembahasan', 'Polisi Pamong Praja', 'Epidemiolog Kesehatan Pelaksana'];
const REGENCY_NAMES = ['Sekretaris Daerah|II.a', 'Sekretaris Dewan|II.b', 'Asisten Sekretaris Daerah|II.b', 'Inspektur Pembantu|III.a', 'Sekretaris Dinas|III.a', 'Lurah|IV.a', 'Kepala UPTD|IV.a', ...JF];

describe('not a posts table', () => {
  it('a list of BPS offices: a list of units', () => {
    const offices = ['BPS Provinsi Aceh', 'BPS Kabupaten Simeulue', 'BPS Kota Sabang', 'Balai Besar Wilayah Sungai', 'Kantor Pertanahan Kota Contoh'];
    expect(refusal(offices)).toMatch(/^not a posts table: 5 of 5 rows are not posts .*; it looks like a list of units \(unit names, not posts\)$/);
  });

  it("a regency's post names, each once, of several OPDs, nothing placed: a nomenclature, naming the OPDs' titles", () => {
    expect(refusal(REGENCY_NAMES)).toBe(
      'not a posts table: 23 rows, each title once, with no parent, unit or OPD; 7 structural titles of several OPDs (Sekretaris Daerah, Sekretaris Dewan, Inspektur Pembantu); '
      + 'it looks like a list of post names (a nomenclature), not a structure: each title once, of several OPDs, with no parent, unit or OPD',
    );
  });
});

describe('a posts table', () => {
  it('the same names with a unit or OPD cell, or with a title repeated (a regency listing its OPDs one after another)', () => {
    expect(refusal(REGENCY_NAMES, 'Sekretariat Daerah')).toBeNull();
    expect(refusal([...REGENCY_NAMES, 'Guru Muda'])).toBeNull();
  });

  it("one OPD's flat list: every title once, no parent, but of one OPD", () => {
    const dinas = ['Kepala Dinas', 'Sekretaris', 'Kepala Bidang Perikanan Tangkap', 'Kepala Bidang Budidaya', 'Kepala Sub Bagian Umum', 'Kepala Seksi', ...JF];
    expect(refusal(dinas)).toBeNull();
  });

  it("a list of OPD heads: titles of many OPDs, each once, but most of them structural", () => {
    const heads = ['Kepala Dinas Kesehatan|II.b', 'Kepala Dinas Sosial|II.b', 'Inspektur|II.b', 'Sekretaris DPRD|II.b', 'Camat Kota|III.a', ...JF.slice(0, 4)];
    expect(refusal([...heads, ...heads.slice(0, 5).map((h) => h.replace('|', ' Contoh|')), ...heads.slice(0, 5).map((h) => h.replace('|', ' Baru|'))])).toBeNull();
  });
});
