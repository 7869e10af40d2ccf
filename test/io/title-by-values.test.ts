/**
 * A posts table whose header names no title column (io/column-evidence.ts): the one column whose values read as post
 * titles (model/parse/post-title.ts) is the title, with how sure; several such columns are left to the user.
 */
import { describe, expect, it } from 'vitest';
import { inferMapping } from '../../src/io/column-evidence.js';
import { mapColumns, requireColumns, type ColumnMapping } from '../../src/io/columns.js';
import { readsAsTitle } from '../../src/model/parse/post-title.js';

function infer(header: string[], cells: string[][], kind: 'posts' | 'people' = 'posts'): ColumnMapping {
  return inferMapping(mapColumns(kind, header, 'f.csv', 1, {}, ['name']), cells, readsAsTitle);
}
const column = (m: ColumnMapping, header: string) => m.columns.find((c) => c.header === header)!;

describe('the title column by its values', () => {
  it('reads head words, unit heads, JF and pelaksana names as titles; unit names, people and codes not', () => {
    const yes = ['Kepala BPS', 'Kepala Seksi Tata Usaha', 'Kasubbag Umum', 'Sekretaris', 'Lurah Sukamaju', 'Statistisi Muda', 'Pengadministrasi Perkantoran', 'Plt. Kepala Balai Benih'];
    const no = ['Dinas Kesehatan', 'Seksi Tata Usaha', 'BUDI MODEL, S.Kom', 'III.a', '1101', 'KSK Kec. Hampang', 'Barat Selatan'];
    expect(yes.filter((v) => !readsAsTitle(v))).toEqual([]);
    expect(no.filter(readsAsTitle)).toEqual([]);
  });

  it("a BPS office's des_jabatan: the title, medium (its KSK rows are no known title); the reader requires nothing more", () => {
    const rows = [['1', 'Kepala BPS'], ['2', 'Kepala Seksi Tata Usaha'], ['3', 'Staf Seksi Tata Usaha'], ['4', 'KSK Kec. Hampang'], ['5', 'KSK Kec. Sampanahan'], ['6', 'Statistisi Muda']];
    const m = infer(['id', 'des_jabatan'], rows);
    expect(column(m, 'des_jabatan')).toMatchObject({ field: 'name', basis: 'values', confidence: 'medium' });
    expect(column(m, 'des_jabatan').reason.en).toBe('no column is named as the title; its values read as post titles (4/6)');
    expect([m.index.get('name'), m.source.get('name'), m.unused]).toEqual([1, 'des_jabatan', []]);
    expect(() => requireColumns(m, 'f.csv')).not.toThrow();
  });

  it('all titles: high; under a third: not the title, and the reader refuses the table naming the missing column', () => {
    const titles = [['1', 'Kepala Dinas'], ['2', 'Sekretaris'], ['3', 'Kepala Bidang Sarana'], ['4', 'Analis Kebijakan Ahli Muda']];
    expect(column(infer(['kode', 'uraian'], titles), 'uraian')).toMatchObject({ field: 'name', confidence: 'high' });
    const few = [['1', 'Kepala Dinas'], ['2', 'Sekretaris'], ['3', 'Kepala Bidang'], ...Array.from({ length: 8 }, (_, k) => [String(k + 4), `Gedung ${k}`])];
    const m = infer(['kode', 'uraian'], few);
    expect([column(m, 'uraian').field, m.index.has('name')]).toEqual([null, false]);
    expect(() => requireColumns(m, 'f.csv')).toThrow(/required column 'name' not found in the header \(line 1: kode, uraian\)/);
  });

  it('two columns of titles (a conversion table): neither, each saying which other reads so too', () => {
    const rows = [['1', 'Arsiparis Ahli Muda Bagian Umum', 'Arsiparis Ahli Muda'], ['2', 'Analis SDM Aparatur Ahli Pertama', 'Analis SDM Aparatur'], ['3', 'Statistisi Muda', 'Statistisi']];
    const m = infer(['id', 'Nama Simpeg', 'Konversi ABK'], rows);
    expect(m.index.has('name')).toBe(false);
    expect(column(m, 'Nama Simpeg').reason.en).toBe("its values read as post titles (3/3), as do those of 'Konversi ABK': map the title column in setara.config.yaml (columns.posts.name)");
  });

  it('a named title column is kept; a people table is not given one', () => {
    const m = infer(['id', 'nama_jabatan', 'keterangan'], [['1', 'Kepala Dinas', 'Kepala Seksi Lama'], ['2', 'Sekretaris', 'Kepala Seksi Lama'], ['3', 'Kasubbag Umum', 'Kepala Seksi Lama']]);
    expect([m.source.get('name'), column(m, 'keterangan').field]).toEqual(['nama_jabatan', null]);
    const people = infer(['nip', 'jabatan_pegawai'], [['1', 'Kepala Dinas'], ['2', 'Sekretaris'], ['3', 'Kasubbag Umum']], 'people');
    expect(column(people, 'jabatan_pegawai').field).toBeNull();
  });
});
