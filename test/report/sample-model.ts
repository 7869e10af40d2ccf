/** A small report model of two OPDs, shared by the tests of what the renderers derive from it. */
import type { ReportModel, ReportPerson, ReportPost } from '../../src/report/model.js';

export const post = (p: Partial<ReportPost> & { id: string }): ReportPost => ({
  name: `Jabatan ${p.id}`, kind: 'pelaksana', eselon: null, unit: 'Unit', parentId: null, opd: 'Dinas A', decision: 'keep', criterion: '',
  jf: null, jfName: null, jenjang: null, newParentId: p.parentId ?? null, newName: p.name ?? `Jabatan ${p.id}`, change: 'unchanged',
  ruleIds: ['r/keep'], citations: ['PermenPANRB 17/2021'], candidates: [], source: 'rules', note: null, jfStatus: null, basis: 'data', ...p,
});

export const person = (p: Partial<ReportPerson> & { nip: string }): ReportPerson => ({
  name: 'Nama', golongan: 'III/c', pangkat: 'Penata', oldPostId: null, oldPost: '', newPostId: null, newPost: '', change: 'unchanged', notes: [], opd: 'Dinas A', ...p,
});

export function model(): ReportModel {
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
