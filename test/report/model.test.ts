import { describe, expect, it } from 'vitest';
import { labels } from '../../src/report/labels.js';
import { parseCandidates } from '../../src/report/load.js';
import {
  equalisationRows, findOpd, jenjangLabel, opdViews, orgTree, peopleRows, restrictToOpd, summaryView, type ReportModel, type ReportPerson, type ReportPost,
} from '../../src/report/model.js';

const post = (p: Partial<ReportPost> & { id: string }): ReportPost => ({
  name: `Jabatan ${p.id}`, kind: 'pelaksana', eselon: null, unit: 'Unit', parentId: null, opd: 'Dinas A', decision: 'keep', criterion: '',
  jf: null, jfName: null, jenjang: null, newParentId: p.parentId ?? null, newName: p.name ?? `Jabatan ${p.id}`, change: 'unchanged',
  ruleIds: ['r/keep'], citations: ['PermenPANRB 17/2021'], candidates: [], source: 'rules', note: null, jfStatus: null, basis: 'data', ...p,
});

const person = (p: Partial<ReportPerson> & { nip: string }): ReportPerson => ({
  name: 'Nama', golongan: 'III/c', pangkat: 'Penata', oldPostId: null, oldPost: '', newPostId: null, newPost: '', change: 'unchanged', notes: [], opd: 'Dinas A', ...p,
});

function model(): ReportModel {
  const posts = [
    post({ id: 'A', kind: 'jpt_pratama', eselon: 'II.b', name: 'Kepala Dinas A' }),
    post({ id: 'A.1', kind: 'administrator', eselon: 'III.b', parentId: 'A', name: 'Kepala Bidang X' }),
    post({
      id: 'A.1.1', kind: 'pengawas', eselon: 'IV.a', parentId: 'A.1', name: 'Kepala Seksi Y', unit: 'Seksi Y', decision: 'equalise', jf: 'perencana',
      jfName: 'Perencana', jenjang: 'ahli_muda', newParentId: 'A.1', newName: 'Perencana Ahli Muda', change: 'equalised',
      ruleIds: ['kabkota/equalise-pengawas', 'jf/matched'], citations: ['PermenPANRB 17/2021'],
    }),
    post({ id: 'A.1.1.1', parentId: 'A.1.1', newParentId: 'A.1', change: 'replaced', name: 'Pengadministrasi Umum' }),
    post({
      id: 'A.1.2', kind: 'pengawas', eselon: 'IV.a', parentId: 'A.1', decision: 'equalise', jf: 'analis-kebijakan', jfName: 'Analis Kebijakan',
      jenjang: 'ahli_muda', change: 'equalised', source: 'analyst', note: 'rapat 3 Mei', ruleIds: ['kabkota/equalise-pengawas', 'decisions/analyst'],
      citations: ['PermenPANRB 17/2021', 'Keputusan analis (local-policy)'],
    }),
    post({ id: 'B', opd: 'Badan B', kind: 'jpt_pratama', eselon: 'II.b', name: 'Kepala Badan B' }),
    post({ id: 'B.1', opd: 'Badan B', parentId: 'B', decision: 'review', kind: 'pengawas', eselon: 'IV.a', candidates: [{ jf: 'x', name: 'X', score: 2 }, { jf: 'y', name: 'Y', score: 2 }] }),
  ];
  return {
    dir: 'hasil', tool: { name: 'setara', version: '0.1.0' }, asOf: '2026-12-01', inputs: [],
    ruleset: { id: 'kabupaten-kota', chain: [{ id: 'kabupaten-kota', file: 'rules/rulesets/kabupaten-kota.yaml', ruleVersion: '2026.12' }] },
    opds: [
      { opd: 'Badan B', postsBefore: 2, postsAfter: 2, structuralBefore: 2, structuralAfter: 2, equalised: 0, kept: 1, review: 1, replaced: 0, peopleAffected: 0, peopleEqualised: 0, peopleNotEqualised: 0 },
      { opd: 'Dinas A', postsBefore: 5, postsAfter: 5, structuralBefore: 4, structuralAfter: 2, equalised: 2, kept: 3, review: 0, replaced: 1, peopleAffected: 3, peopleEqualised: 1, peopleNotEqualised: 1 },
    ],
    posts,
    hasPeople: true,
    people: [
      person({ nip: '1', oldPostId: 'A', oldPost: 'Kepala Dinas A', newPostId: 'A', newPost: 'Kepala Dinas A' }),
      person({ nip: '2', oldPostId: 'A.1.1', oldPost: 'Kepala Seksi Y', newPostId: 'A.1.1', newPost: 'Perencana Ahli Muda', change: 'equalised', notes: ['penghasilan tidak boleh berkurang'] }),
      person({ nip: '3', oldPostId: 'A.1.1.1', oldPost: 'Pengadministrasi Umum', newPostId: 'A.1.1.1', newPost: 'Pengadministrasi Umum', change: 'replaced' }),
      person({ nip: '4', golongan: 'II/c', pangkat: 'Pengatur', oldPostId: 'A.1.2', oldPost: 'Jabatan A.1.2', change: 'not-equalised', notes: ['pendidikan SMA di bawah S-1/D-IV: pegawai tidak disetarakan'] }),
    ],
    teams: [],
    findings: [
      { ruleId: 'person/income-protection', severity: 'info', postId: 'A.1.1' },
      { ruleId: 'jf/ambiguous', severity: 'warning', postId: 'B.1' },
      { ruleId: 'person/income-protection', severity: 'info', postId: 'A.1.2' },
    ],
    rules: { 'kabkota/equalise-pengawas': { id: 'Pengawas pada unit yang dihapus disetarakan ke JF Ahli Muda', en: 'Pengawas of a dissolved unit is equalised to JF Ahli Muda' } },
  };
}

describe('report model', () => {
  it('finds an OPD by exact name, any case, or its code', () => {
    const m = model();
    expect(findOpd(m, 'Dinas A')).toEqual({ opd: 'Dinas A' });
    expect(findOpd(m, 'dinas a')).toEqual({ opd: 'Dinas A' });
    expect(findOpd(m, 'b')).toEqual({ opd: 'Badan B' });
    expect(findOpd(m, 'Dinas C')).toEqual({ closest: [{ name: 'Dinas A', code: 'A' }, { name: 'Badan B', code: 'B' }] });
  });

  /** Six OPDs of a regency, each with its head post (whose id is the OPD's code). */
  const regency = (): ReportModel => {
    const opds: Array<[string, string]> = [
      ['Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD'], ['Dinas Kesehatan', 'DINKES'], ['Dinas Kesehatan Hewan', 'DKH'],
      ['Dinas Pemuda, Olahraga dan Pariwisata', 'DISPORAPAR'], ['Dinas Pertanian', 'DISTAN'], ['Kecamatan Sukamaju', 'KEC01'],
    ];
    const base = model();
    return {
      ...base,
      opds: opds.map(([opd]) => ({ ...base.opds[0]!, opd })),
      posts: opds.flatMap(([opd, code]) => [post({ id: code, opd, name: `Kepala ${opd}` }), post({ id: `${code}.1`, parentId: code, opd })]),
    };
  };
  const ref = (code: string) => {
    const o = regency().posts.find((p) => p.id === code)!;
    return { name: o.opd, code };
  };

  it.each([
    ['the exact name', 'Dinas Kesehatan', { opd: 'Dinas Kesehatan' }],
    ['the name in another case and spacing', '  dinas   KESEHATAN ', { opd: 'Dinas Kesehatan' }],
    ['the code in any case', 'dkh', { opd: 'Dinas Kesehatan Hewan' }],
    ['a fragment of one name', 'hewan', { opd: 'Dinas Kesehatan Hewan' }],
    ['words of one name in any order', 'aset keuangan', { opd: 'Badan Pengelolaan Keuangan dan Aset Daerah' }],
    ['a fragment with a comma', 'pemuda, olahraga', { opd: 'Dinas Pemuda, Olahraga dan Pariwisata' }],
    ['a fragment of several names', 'kesehatan', { several: [ref('DINKES'), ref('DKH')] }],
    ['a word every dinas has', 'DINAS', { several: [ref('DINKES'), ref('DKH'), ref('DISPORAPAR'), ref('DISTAN')] }],
    ['a typo: the closest by shared words first', 'Dinas Kesehtan', { closest: [ref('DINKES'), ref('DKH'), ref('DISTAN')] }],
    ['an OPD that is not there: the ones sharing the most of its words', 'Dinas Pariwisata dan Kebudayaan', { closest: [ref('DISPORAPAR'), ref('DISTAN'), ref('DINKES')] }],
    ['a mistyped code', 'DISTAM', { closest: [ref('DISTAN'), ref('DINKES'), ref('DKH')] }],
  ])('%s: %j', (_, query, expected) => {
    expect(findOpd(regency(), query)).toEqual(expected);
  });

  it('restricts posts, people and findings to one OPD', () => {
    const r = restrictToOpd(model(), 'Badan B');
    expect(r.opds.map((o) => o.opd)).toEqual(['Badan B']);
    expect(r.posts.map((p) => p.id)).toEqual(['B', 'B.1']);
    expect(r.people).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['jf/ambiguous']);
    expect(summaryView(r, 'id').total.review).toBe(1);
  });

  it('summarises findings by type, most severe first, with rule descriptions where known', () => {
    const s = summaryView(model(), 'id');
    expect(s.findings.map((f) => [f.ruleId, f.severity, f.count])).toEqual([['jf/ambiguous', 'warning', 1], ['person/income-protection', 'info', 2]]);
    expect(s.total.equalised).toBe(2);
  });

  it('builds the lampiran rows with the rule in words, the analyst note and the citations', () => {
    const m = model();
    const rows = equalisationRows(m.posts.filter((p) => p.opd === 'Dinas A'), m, 'id');
    expect(rows.map((r) => [r.no, r.oldPost, r.eselon, r.unit, r.jf, r.jenjang])).toEqual([
      [1, 'Kepala Seksi Y', 'IV.a', 'Seksi Y', 'Perencana', 'Ahli Muda'],
      [2, 'Jabatan A.1.2', 'IV.a', 'Unit', 'Analis Kebijakan', 'Ahli Muda'],
    ]);
    expect(rows[0]!.remarks).toBe('Pengawas pada unit yang dihapus disetarakan ke JF Ahli Muda (PermenPANRB 17/2021)');
    expect(rows[1]!.remarks).toBe('Pengawas pada unit yang dihapus disetarakan ke JF Ahli Muda; diputuskan analis: rapat 3 Mei (PermenPANRB 17/2021; Keputusan analis (local-policy))');
  });

  it('lists the people whose post changes, with the new superior of those who only move', () => {
    const m = model();
    const v = opdViews(m, 'id').find((x) => x.opd === 'Dinas A')!;
    expect(v.people.map((p) => [p.nip, p.pangkat, p.oldNew, p.notes])).toEqual([
      ['2', 'Penata, III/c', 'Kepala Seksi Y → Perencana Ahli Muda', 'disetarakan; penghasilan tidak boleh berkurang'],
      ['3', 'Penata, III/c', 'Pengadministrasi Umum', 'pindah atasan → Kepala Bidang X'],
    ]);
    expect(peopleRows(m.people, labels('en')).map((p) => p.change)).toEqual(['equalised', 'new superior']);
  });

  it('lists a person who is not equalised apart, with the reason, and never among the people of the lampiran', () => {
    const m = model();
    const v = opdViews(m, 'id').find((x) => x.opd === 'Dinas A')!;
    expect(v.people.map((p) => p.nip)).not.toContain('4');
    expect(v.notEqualised).toEqual([
      { no: 1, nip: '4', name: 'Nama', pangkat: 'Pengatur, II/c', oldPost: 'Jabatan A.1.2', postBecomes: 'Jabatan A.1.2', reason: 'pendidikan SMA di bawah S-1/D-IV: pegawai tidak disetarakan' },
    ]);
    expect(opdViews(m, 'id').find((x) => x.opd === 'Badan B')!.notEqualised).toEqual([]);
    expect(summaryView(m, 'id').total.peopleNotEqualised).toBe(1);
  });

  it('builds before/after trees: a dissolved unit before, a JF under the kept head after', () => {
    const m = model();
    const l = labels('id');
    const posts = m.posts.filter((p) => p.opd === 'Dinas A');
    const before = orgTree(posts, 'before', l);
    expect(before).toHaveLength(1);
    const seksi = before[0]!.children[0]!.children[0]!;
    expect([seksi.id, seksi.status, seksi.children.map((c) => c.id)]).toEqual(['A.1.1', 'dissolved', ['A.1.1.1']]);
    const after = orgTree(posts, 'after', l);
    const bidang = after[0]!.children[0]!;
    expect(bidang.children.map((c) => [c.id, c.status, c.title])).toEqual([
      ['A.1.1', 'equalised', 'Perencana Ahli Muda'],
      ['A.1.1.1', 'moved', 'Pengadministrasi Umum'],
      ['A.1.2', 'equalised', 'Jabatan A.1.2'],
    ]);
    expect(bidang.children[0]!.meta).toBe('JF Ahli Muda');
  });

  it('keeps every post exactly once in a tree, even on a parent cycle', () => {
    const posts = [post({ id: 'X', parentId: 'Y' }), post({ id: 'Y', parentId: 'X' }), post({ id: 'Z', parentId: 'nowhere' })];
    const forest = orgTree(posts, 'before', labels('id'));
    const ids: string[] = [];
    const walk = (n: { id: string; children: Array<{ id: string; children: never[] }> }) => {
      ids.push(n.id);
      n.children.forEach(walk);
    };
    forest.forEach((t) => walk(t as never));
    expect(ids.sort()).toEqual(['X', 'Y', 'Z']);
  });

  it('labels a known jenjang; any other text, also an Object.prototype member name, is shown as it is', () => {
    const texts = ['ahli_muda', 'terampil', 'lainnya', 'constructor', '__proto__', 'toString'];
    expect(texts.map((j) => jenjangLabel(j))).toEqual(['Ahli Muda', 'Terampil', 'lainnya', 'constructor', '__proto__', 'toString']);
  });

  it('reads the candidates column of mapping.csv', () => {
    expect(parseCandidates('pengawas-lingkungan-hidup:2[lingkungan hidup@title] perencana:1.75[a@parent,b c@opd]', (id) => id.toUpperCase())).toEqual([
      { jf: 'pengawas-lingkungan-hidup', name: 'PENGAWAS-LINGKUNGAN-HIDUP', score: 2 },
      { jf: 'perencana', name: 'PERENCANA', score: 1.75 },
    ]);
    expect(parseCandidates('', () => '')).toEqual([]);
  });
});
