import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/model/structure.js';
import type { Post } from '../../src/model/types.js';
import { decide, decisionRules } from '../../src/rules/engine.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { factsFor } from '../../src/rules/facts.js';

let line = 1;
const post = (id: string, parentId: string | null, name: string, kind: Post['kind'], eselon: Post['eselon'], unit: string, unitType: Post['unitType'], opd: string): Post => ({
  id, parentId, name, kind, eselon, unit, unitType, opd, file: 't.csv', line: ++line, row: line - 1,
});

// A small regency slice with one post per kabupaten-kota rule.
const posts: Post[] = [
  post('DIN', null, 'Kepala Dinas Pertanian', 'jpt_pratama', 'II.b', 'Dinas Pertanian', 'dinas', 'Dinas Pertanian'),
  post('DIN.1', 'DIN', 'Sekretaris', 'administrator', 'III.a', 'Sekretariat', 'sekretariat', 'Dinas Pertanian'),
  post('DIN.1.1', 'DIN.1', 'Kepala Subbagian Keuangan', 'pengawas', 'IV.a', 'Subbagian Keuangan', 'subbagian', 'Dinas Pertanian'),
  post('DIN.2', 'DIN', 'Kepala Bidang Tanaman Pangan', 'administrator', 'III.b', 'Bidang Tanaman Pangan', 'bidang', 'Dinas Pertanian'),
  post('DIN.2.1', 'DIN.2', 'Kepala Seksi Produksi', 'pengawas', 'IV.a', 'Seksi Produksi', 'seksi', 'Dinas Pertanian'),
  post('DIN.2.1.1', 'DIN.2.1', 'Kepala Subseksi Data', 'pelaksana', 'V.a', 'Subseksi Data', 'lainnya', 'Dinas Pertanian'),
  post('DIN.2.1.2', 'DIN.2.1', 'Pengadministrasi Umum', 'pelaksana', null, 'Seksi Produksi', 'seksi', 'Dinas Pertanian'),
  post('DIN.2.2', 'DIN.2', 'Penyuluh Pertanian Ahli Muda', 'fungsional', null, 'Bidang Tanaman Pangan', 'bidang', 'Dinas Pertanian'),
  post('DIN.3', 'DIN', 'Kepala UPT Benih', 'pengawas', 'IV.a', 'UPT Benih', 'upt', 'Dinas Pertanian'),
  post('SET', null, 'Sekretaris Daerah', 'jpt_pratama', 'II.a', 'Sekretariat Daerah', 'sekretariat_daerah', 'Sekretariat Daerah'),
  post('SET.1', 'SET', 'Kepala Bagian Umum', 'administrator', 'III.a', 'Bagian Umum', 'bagian', 'Sekretariat Daerah'),
  post('SET.1.1', 'SET.1', 'Kepala Subbagian Tata Usaha Pimpinan', 'pengawas', 'IV.a', 'Subbagian Tata Usaha Pimpinan', 'subbagian', 'Sekretariat Daerah'),
  post('SET.2', 'SET', 'Kepala Bagian Pengadaan Barang dan Jasa', 'administrator', 'III.a', 'Bagian Pengadaan Barang dan Jasa', 'pengadaan', 'Sekretariat Daerah'),
  post('SET.2.1', 'SET.2', 'Kepala Subbagian Pengelolaan LPSE', 'pengawas', 'IV.a', 'Subbagian Pengelolaan LPSE', 'subbagian', 'Sekretariat Daerah'),
  post('DKS', null, 'Kepala Dinas Kesehatan', 'jpt_pratama', 'II.b', 'Dinas Kesehatan', 'dinas', 'Dinas Kesehatan'),
  post('DKS.1', 'DKS', 'Direktur RSUD', 'administrator', 'III.a', 'RSUD Kabupaten', 'rsud', 'Dinas Kesehatan'),
  post('DKS.1.1', 'DKS.1', 'Kepala Seksi Keperawatan', 'pengawas', 'IV.a', 'Seksi Keperawatan', 'seksi', 'Dinas Kesehatan'),
  post('KEC', null, 'Camat Kota', 'administrator', 'III.a', 'Kecamatan Kota', 'kecamatan', 'Kecamatan Kota'),
  post('KEC.1', 'KEC', 'Lurah Sukamaju', 'pengawas', 'IV.a', 'Kelurahan Sukamaju', 'kelurahan', 'Kecamatan Kota'),
  post('X', null, 'Jabatan Tanpa Jenis', null, null, 'Unit X', null, 'OPD X'),
  // A Kepala Bidang recorded at IV.b: the level is in doubt.
  post('DIN.4', 'DIN', 'Kepala Bidang Hortikultura', 'pengawas', 'IV.b', 'Bidang Hortikultura', 'bidang', 'Dinas Pertanian'),
];
const s = buildStructure(posts);
const set = loadRuleset('kabupaten-kota', process.cwd());

// rule id -> the post it must decide, and the outcome it gives
const cases: Array<[string, string, string]> = [
  ['kabkota/keep-jpt', 'DIN', 'keep'],
  ['kabkota/keep-administrator', 'DIN.1', 'keep'],
  ['kabkota/keep-kasubbag-tu-setda', 'SET.1.1', 'keep'],
  ['kabkota/keep-pengawas-sekretariat', 'DIN.1.1', 'keep'],
  ['kabkota/keep-pengawas-pengadaan', 'SET.2.1', 'keep'],
  ['kabkota/keep-pengawas-rsud', 'DKS.1.1', 'keep'],
  ['kabkota/keep-pengawas-upt', 'DIN.3', 'keep'],
  ['kabkota/keep-pengawas-kewilayahan', 'KEC.1', 'keep'],
  ['kabkota/equalise-pengawas', 'DIN.2.1', 'equalise'],
  ['kabkota/equalise-eselon-v', 'DIN.2.1.1', 'equalise'],
  ['common/keep-pelaksana', 'DIN.2.1.2', 'keep'],
  ['common/keep-fungsional', 'DIN.2.2', 'keep'],
  ['common/review-unknown-kind', 'X', 'review'],
  ['common/review-title-eselon', 'DIN.4', 'review'],
];

describe('kabupaten-kota decision rules, each with only that rule enabled', () => {
  for (const [ruleId, postId, outcome] of cases) {
    it(`${ruleId} decides ${postId} as ${outcome}, and matches nothing it should not`, () => {
      const only = decisionRules(set).filter((r) => r.id === ruleId);
      expect(only).toHaveLength(1);
      const d = decide(factsFor(s, s.byId.indexOf(postId)), set, only);
      expect(d?.outcome.decision).toBe(outcome);
      expect(d?.rule.citation?.regulation).toBeTruthy();
      // the same rule alone leaves a post of another case undecided
      const other = cases.find(([id, pid]) => id !== ruleId && decide(factsFor(s, s.byId.indexOf(pid)), set, only) === null);
      expect(other, `${ruleId} should not match every post`).toBeDefined();
    });
  }

  it('every kabupaten-kota decision rule has a case here', () => {
    expect(decisionRules(set).map((r) => r.id).sort()).toEqual(
      cases.map(([id]) => id).concat(['kabkota/keep-local-unit', 'kabkota/keep-urusan-tingkat-seksi', 'sk/koordinator-to-team', 'common/keep-opd-head']).sort(),
    );
  });

  it('a Kepala Bidang at IV.b goes to review before the pengawas criteria could equalise it', () => {
    const d = decide(factsFor(s, s.byId.indexOf('DIN.4')), set)!;
    expect(d.rule.id).toBe('common/review-title-eselon');
    // A Kasi at IV.a is no conflict: the rule leaves it to the criteria.
    expect(decide(factsFor(s, s.byId.indexOf('DIN.2.1')), set)!.rule.id).toBe('kabkota/equalise-pengawas');
  });

  it('with all rules, the trace shows the rules tried before the one that fired', () => {
    const d = decide(factsFor(s, s.byId.indexOf('DIN.2.1')), set)!;
    expect(d.rule.id).toBe('kabkota/equalise-pengawas');
    expect(d.outcome.jenjang).toBe('ahli_muda');
    expect(d.trace.filter((t) => !t.matched).map((t) => t.ruleId)).toContain('kabkota/keep-pengawas-sekretariat');
    expect(d.trace.at(-1)).toMatchObject({ ruleId: 'kabkota/equalise-pengawas', matched: true });
  });
});
