/**
 * The tree of a list without parents (model/infer-tree.ts, issue 15 §5), read through loadInput as a run reads it:
 * who heads each OPD, where each head of a unit and each JF or pelaksana goes, the depth column, partial trees, and
 * that it stays linear.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typicalLookup } from '../../src/model/infer-eselon.js';
import { inferTree } from '../../src/model/infer-tree.js';
import { loadInput } from '../../src/model/load.js';
import { buildStructure } from '../../src/model/structure.js';
import { hasFlag, POST_FLAG, type Post } from '../../src/model/types.js';
import { loadReferenceData } from '../../src/rules/reference.js';

const typical = typicalLookup(loadReferenceData().eselonTypical);

interface Found {
  ruleId: string;
  postId?: string;
  message: string;
}

/** Loads a posts CSV as a run does; returns the parent of each post by id, the findings and the structure. */
async function load(csv: string) {
  const dir = mkdtempSync(join(tmpdir(), 'setara-tree-'));
  writeFileSync(join(dir, 'posts.csv'), csv);
  const found: Found[] = [];
  const input = await loadInput({ posts: 'posts.csv' }, dir, {}, {}, (ruleId, at, m) => found.push({ ruleId, postId: at.postId, message: m.en }), typical);
  const s = input.structure;
  const parentOf = (id: string) => s.byId.get(id)!.parentId;
  return { s, found, parentOf, count: (rule: string) => found.filter((f) => f.ruleId === rule).length };
}

const DINAS = `id,parent_id,name,eselon,opd
1,,Kepala Seksi Program,IV.a,Dinas Contoh
2,,Pengadministrasi Umum,,Dinas Contoh
3,,Kepala Dinas Contoh,II.b,Dinas Contoh
4,,Sekretaris,III.a,Dinas Contoh
5,,Kepala Subbagian Umum dan Kepegawaian,IV.a,Dinas Contoh
6,,Kepala Bidang Program dan Pelaporan,III.b,Dinas Contoh
7,,Kepala Bidang Sarana,III.b,Dinas Contoh
8,,Kepala Seksi Sarana Prasarana,IV.a,Dinas Contoh
9,,Kepala UPT Balai Benih,IV.a,Dinas Contoh
10,,Kepala Subbagian Tata Usaha UPT Balai Benih,IV.b,Dinas Contoh
11,,Penyuluh Pertanian Ahli Muda,,Dinas Contoh
`;

describe('a flat list: the tree from titles and eselon', () => {
  it('puts the head at the top and each post under the unit its title names, whatever the order', async () => {
    const { parentOf, found } = await load(DINAS);
    expect(parentOf('3')).toBeNull(); // Kepala Dinas Contoh, listed third
    expect(parentOf('4')).toBe('3'); // Sekretaris
    expect(parentOf('5')).toBe('4'); // a Kasubbag under the Sekretaris
    expect(parentOf('1')).toBe('6'); // Kasi Program under the Kabid whose bidang it names
    expect(parentOf('8')).toBe('7'); // Kasi Sarana Prasarana under Kabid Sarana
    expect(parentOf('9')).toBe('3'); // a Kepala UPT under the head
    expect(parentOf('10')).toBe('9'); // the UPT's Kasubbag TU under its Kepala UPT, not the Sekretaris
    expect(parentOf('2')).toBe('3'); // JF and pelaksana naming no unit: under the head
    expect(parentOf('11')).toBe('3');
    expect(found.filter((f) => f.ruleId === 'post/parent-inferred')).toEqual([
      { ruleId: 'post/parent-inferred', postId: '3', message: "parents of 10 posts in OPD 'Dinas Contoh' inferred from titles, units and eselon (parent_id empty); head: 'Kepala Dinas Contoh'" },
    ]);
    expect(found.filter((f) => f.ruleId === 'post/multiple-roots')).toEqual([]);
  });

  it('gives the same tree for the rows in reverse order', async () => {
    const [head, ...rows] = DINAS.trim().split('\n');
    const a = await load(DINAS);
    const b = await load([head, ...rows.reverse()].join('\n'));
    for (let id = 1; id <= 11; id++) expect(b.parentOf(String(id)), String(id)).toBe(a.parentOf(String(id)));
  });

  it('flags each placed post and counts them on the structure', async () => {
    const { s } = await load(DINAS);
    expect(s.treeInferred).toEqual({ posts: 10, opds: 1 });
    expect(hasFlag(s.byId.get('5')!, POST_FLAG.parentInferred)).toBe(true);
    expect(hasFlag(s.byId.get('3')!, POST_FLAG.parentInferred)).toBe(false);
  });

  it('puts a JF or pelaksana under the unit its unit column or its title names', async () => {
    const { parentOf } = await load(`id,name,eselon,unit,opd
1,Kepala Badan Contoh,II.b,Badan Contoh,Badan Contoh
2,Kepala Bidang Anggaran,III.b,Bidang Anggaran,Badan Contoh
3,Kepala Subbidang Perencanaan Anggaran,IV.a,Subbidang Perencanaan Anggaran,Badan Contoh
4,Analis Anggaran Ahli Pertama,,Subbidang Perencanaan Anggaran,Badan Contoh
5,Staf Subbidang Perencanaan Anggaran,,,Badan Contoh
6,Pengadministrasi Umum,,Bidang Anggaran,Badan Contoh
`);
    expect([parentOf('2'), parentOf('3'), parentOf('4'), parentOf('5'), parentOf('6')]).toEqual(['1', '2', '3', '3', '2']);
  });

  it('reads a kecamatan: Sekcam and Kasi under the Camat, Kasubbag under the Sekcam, a kelurahan under its Lurah', async () => {
    const { parentOf } = await load(`id,name,opd
1,Kepala Seksi Pemerintahan Kelurahan Sukajadi,Kecamatan Kota
2,Lurah Sukajadi,Kecamatan Kota
3,Lurah Mekar,Kecamatan Kota
4,Kepala Subbagian Umum,Kecamatan Kota
5,Sekretaris Kecamatan,Kecamatan Kota
6,Kepala Seksi Ketenteraman dan Ketertiban Umum,Kecamatan Kota
7,Camat Kota,Kecamatan Kota
8,Sekretaris Kelurahan Mekar,Kecamatan Kota
`);
    expect(Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8'].map((id) => [id, parentOf(id)]))).toEqual({
      1: '2', 2: '7', 3: '7', 4: '5', 5: '7', 6: '7', 7: null, 8: '3',
    });
  });

  it('without any OPD named, takes the file as one OPD headed by its highest post', async () => {
    const { parentOf, found } = await load(`id,name,eselon
1,Kepala Seksi Statistik Sosial,IV.a
2,Kepala Kantor Statistik,III.a
3,Staf Seksi Statistik Sosial,
`);
    expect([parentOf('1'), parentOf('2'), parentOf('3')]).toEqual(['2', null, '1']);
    expect(found.find((f) => f.ruleId === 'post/parent-inferred')!.message).toContain("head: 'Kepala Kantor Statistik'");
  });

  it('splits a file without an OPD column at each OPD head title, the rows below going with it', async () => {
    const { parentOf } = await load(`id,name,eselon
1,Kepala Dinas Kesehatan,II.b
2,Sekretaris,III.a
3,Kepala Dinas Sosial,II.b
4,Sekretaris,III.a
5,Kepala Subbagian Keuangan,IV.a
`);
    expect([parentOf('1'), parentOf('2'), parentOf('3'), parentOf('4'), parentOf('5')]).toEqual([null, '1', null, '3', '4']);
  });
});

describe('a list in hierarchical order: the row order where the titles name no superior', () => {
  it('puts a UPT\'s Kasi under the Kepala UPT above it once the order agrees with the titles', async () => {
    const { parentOf } = await load(`id,name,eselon,opd
1,Kepala Dinas Sosial,II.b,Dinas Sosial
2,Kepala Bidang Rehabilitasi Sosial,III.b,Dinas Sosial
3,Kepala Seksi Rehabilitasi Sosial Anak,IV.a,Dinas Sosial
4,Kepala Bidang Perlindungan dan Jaminan Sosial,III.b,Dinas Sosial
5,Kepala Seksi Jaminan Sosial Keluarga,IV.a,Dinas Sosial
6,Kepala Seksi Perlindungan Korban Bencana,IV.b,Dinas Sosial
7,Kepala UPT Panti Sosial Bina Remaja,IV.a,Dinas Sosial
8,Kepala Subbagian Tata Usaha,IV.b,Dinas Sosial
9,Kepala Seksi Pembinaan,IV.b,Dinas Sosial
`);
    expect([parentOf('3'), parentOf('5'), parentOf('6')]).toEqual(['2', '4', '4']);
    expect([parentOf('8'), parentOf('9')]).toEqual(['7', '7']);
  });

  it('does not follow an order that disagrees with the titles (a list sorted by eselon)', async () => {
    const { parentOf } = await load(`id,name,eselon,opd
1,Kepala Dinas Sosial,II.b,Dinas Sosial
2,Sekretaris,III.a,Dinas Sosial
3,Kepala Bidang Rehabilitasi Sosial,III.b,Dinas Sosial
4,Kepala Bidang Perlindungan dan Jaminan Sosial,III.b,Dinas Sosial
5,Kepala UPT Panti Sosial,IV.a,Dinas Sosial
6,Kepala Seksi Rehabilitasi Anak,IV.b,Dinas Sosial
7,Kepala Seksi Rehabilitasi Lansia,IV.b,Dinas Sosial
8,Kepala Seksi Jaminan Keluarga,IV.b,Dinas Sosial
9,Kepala Seksi Perlindungan Korban,IV.b,Dinas Sosial
10,Kepala Subbagian Keuangan,IV.b,Dinas Sosial
`);
    // In this order every Kasi follows the Kepala UPT; the titles name their Kabid.
    expect([parentOf('6'), parentOf('7'), parentOf('8'), parentOf('9')]).toEqual(['3', '3', '4', '4']);
    expect(parentOf('10')).toBe('2');
  });
});

describe('partial trees and depth', () => {
  it('places a Kasi listed before its OPD head with an empty parent, and keeps the parents given', async () => {
    const { parentOf, count } = await load(`id,parent_id,name,eselon,opd
9,,Kepala Seksi Program,IV.a,Dinas Contoh
1,,Kepala Dinas Contoh,II.b,Dinas Contoh
2,1,Kepala Bidang Program,III.b,Dinas Contoh
3,2,Pengadministrasi Umum,,Dinas Contoh
`);
    expect([parentOf('9'), parentOf('1'), parentOf('2'), parentOf('3')]).toEqual(['2', null, '1', '2']);
    expect(count('post/multiple-roots')).toBe(0);
    expect(count('post/parent-inferred')).toBe(1);
  });

  it('leaves a full tree alone: no finding, nothing flagged', async () => {
    const { s, count } = await load(`id,parent_id,name,eselon,opd
1,,Kepala Dinas Contoh,II.b,Dinas Contoh
2,1,Sekretaris,III.a,Dinas Contoh
3,,Kepala Dinas Lain,II.b,Dinas Lain
`);
    expect(count('post/parent-inferred')).toBe(0);
    expect(s.treeInferred).toEqual({ posts: 0, opds: 0 });
  });

  it('does not guess between two posts titled as the head', async () => {
    const { parentOf } = await load(`id,name,eselon,opd
1,Kepala Dinas Contoh,II.b,Dinas Contoh
2,Kepala Dinas Contoh,II.b,Dinas Contoh
3,Sekretaris,III.a,Dinas Contoh
`);
    expect([parentOf('1'), parentOf('2'), parentOf('3')]).toEqual([null, null, '1']);
  });

  it('with a depth column, takes the nearest post above with a smaller depth', async () => {
    const { parentOf, found } = await load(`id,nama_jabatan,kedalaman_hierarki,perangkat_daerah
D1,Kepala Dinas Contoh,1,Dinas Contoh
D1.1,Sekretaris,2,Dinas Contoh
D1.1.1,Kepala Subbagian Umum dan Kepegawaian,3,Dinas Contoh
D1.1.1.1,Pengadministrasi Umum,4,Dinas Contoh
D1.2,Kepala Bidang Perencanaan,2,Dinas Contoh
D1.2.1,Kepala Seksi Program,3,Dinas Contoh
D1.2.1.1,Pengadministrasi Umum,4,Dinas Contoh
D1.2.2,Analis Kebijakan Ahli Muda,3,Dinas Contoh
`);
    expect(['D1', 'D1.1', 'D1.1.1', 'D1.1.1.1', 'D1.2', 'D1.2.1', 'D1.2.1.1', 'D1.2.2'].map(parentOf)).toEqual([
      null, 'D1', 'D1.1', 'D1.1.1', 'D1', 'D1.2', 'D1.2.1', 'D1.2',
    ]);
    expect(found.find((f) => f.ruleId === 'post/parent-inferred')!.message).toContain('the hierarchy depth column');
  });
});

describe('linear in the posts', () => {
  /** A flat list of `opds` dinas of 100 posts each: head, Sekretaris, 3 Kasubbag, 4 Kabid with 3 Kasi each, pelaksana. */
  function flat(opds: number): Post[] {
    const posts: Post[] = [];
    let line = 1;
    const add = (name: string, eselon: Post['eselon'], kind: Post['kind'], opd: string, unit = '') =>
      posts.push({ id: String(posts.length), parentId: null, name, kind, eselon, unit, opd, unitType: null, flags: 0, file: 'p.csv', line: ++line, row: line - 1 });
    for (let o = 0; o < opds; o++) {
      const opd = `Dinas Nomor ${o}`;
      add(`Kepala ${opd}`, 'II.b', 'jpt_pratama', opd);
      add('Sekretaris', 'III.a', 'administrator', opd);
      for (const sub of ['Umum', 'Keuangan', 'Program']) add(`Kepala Subbagian ${sub}`, 'IV.a', 'pengawas', opd);
      for (const b of ['Alpha', 'Beta', 'Gamma', 'Delta']) {
        add(`Kepala Bidang ${b}`, 'III.b', 'administrator', opd);
        for (const k of ['Satu', 'Dua', 'Tiga']) add(`Kepala Seksi ${k} ${b}`, 'IV.a', 'pengawas', opd);
      }
      while (posts.length % 100 !== 0) add('Pengadministrasi Umum', null, 'pelaksana', opd, `Seksi Satu Alpha`);
    }
    return posts;
  }

  it('places 200 000 posts in about the time of 20 000 times ten', () => {
    const time = (opds: number) => {
      const posts = flat(opds);
      const s = buildStructure(posts);
      const t0 = performance.now();
      const r = inferTree(s, null, typical, () => {});
      const ms = performance.now() - t0;
      expect(r).toEqual({ posts: opds * 99, opds });
      return ms;
    };
    time(200); // warm up
    const small = time(200);
    const large = time(2000);
    expect(large / small).toBeLessThan(25);
  });
});
