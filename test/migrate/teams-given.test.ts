/**
 * Given work teams pass through migrate: each member is named from people.csv by NIP. A NIP held twice (an error,
 * people/duplicate-nip) names its first person, as the checks and diff read it, whichever order the rows come in.
 */
import { describe, expect, it } from 'vitest';
import { planTeams } from '../../src/migrate/teams.js';
import { buildStructure } from '../../src/model/structure.js';
import type { Person, Post, TeamMembership } from '../../src/model/types.js';

const src = { file: 'x.csv', line: 2, row: 1 };
const post = (id: string, parentId: string | null, name: string, kind: Post['kind']): Post => ({
  id, parentId, name, kind, eselon: kind === 'jpt_pratama' ? 'II.b' : null, unit: 'Dinas Kesehatan', opd: 'Dinas Kesehatan', unitType: 'dinas', ...src,
});
const person = (nip: string, name: string, postId: string): Person => ({
  nip, name, postId, golongan: 'III/c', education: 'S1', birthDate: '1980-01-01', status: 'pns', role: null, ...src,
});
const POSTS = [post('D', null, 'Kepala Dinas Kesehatan', 'jpt_pratama'), post('D.1', 'D', 'Pengolah Data', 'pelaksana'), post('D.2', 'D', 'Pengadministrasi Umum', 'pelaksana')];
const member = (nip: string, role: TeamMembership['role']): TeamMembership => ({ teamId: 'T1', teamName: 'Tim Data', ownerPostId: 'D', nip, role, src });

describe('given teams', () => {
  it('name each member by NIP, with their post', () => {
    const s = buildStructure(POSTS, [person('198001012005011001', 'Budi', 'D.1'), person('198001012005011002', 'Siti', 'D.2')]);
    const [team] = planTeams(s, [], null as never, [member('198001012005011001', 'ketua'), member('198001012005011002', 'anggota')]);
    expect(team!.members).toEqual([
      { nip: '198001012005011001', name: 'Budi', role: 'ketua', postId: 'D.1' },
      { nip: '198001012005011002', name: 'Siti', role: 'anggota', postId: 'D.2' },
    ]);
  });

  it.each([
    ['Budi first', ['Budi', 'D.1'], ['Siti', 'D.2']],
    ['Siti first', ['Siti', 'D.2'], ['Budi', 'D.1']],
  ])('a NIP held twice names its first person (%s)', (_, first, second) => {
    const nip = '198001012005011001';
    const s = buildStructure(POSTS, [person(nip, first[0]!, first[1]!), person(nip, second[0]!, second[1]!)]);
    const [team] = planTeams(s, [], null as never, [member(nip, 'ketua')]);
    expect(team!.members).toEqual([{ nip, name: first[0], role: 'ketua', postId: first[1] }]);
  });
});
