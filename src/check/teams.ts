/** Work teams against the structure and the people (PermenPANRB 7/2022 plus regional limits). */
import { jenjangFromTitle } from '../model/jenjang-title.js';
import { NONE, type Structure } from '../model/structure.js';
import { officialOf } from '../model/structure/officials.js';
import type { Jenjang, TeamMembership } from '../model/types.js';
import { ownsTeams } from '../model/work-system.js';
import type { ReferenceData } from '../rules/reference-types.js';
import type { Ruleset } from '../rules/types.js';
import { golonganOrder } from '../model/parse/golongan.js';
import type { Report } from './reporter.js';

export interface TeamLimits {
  maxKetua: number;
  maxMembers: number;
  maxPerPerson: number;
  ketuaMinJenjang: Jenjang | null;
}

export function teamLimits(set: Ruleset): TeamLimits {
  const l = set.local.limits;
  const num = (k: string, d: number) => (typeof l[k] === 'number' ? (l[k] as number) : d);
  const j = l.ketua_min_jenjang;
  return {
    maxKetua: num('team_max_ketua', 1),
    maxMembers: num('team_max_members', 15),
    maxPerPerson: num('team_max_per_person', 3),
    ketuaMinJenjang: typeof j === 'string' && j !== '' && j !== 'none' ? (j as Jenjang) : null,
  };
}

export function checkTeams(s: Structure, teams: readonly TeamMembership[], set: Ruleset, ref: ReferenceData, report: Report): void {
  const limits = teamLimits(set);
  const byTeam = new Map<string, TeamMembership[]>();
  for (const m of teams) {
    let list = byTeam.get(m.teamId);
    if (!list) byTeam.set(m.teamId, (list = []));
    list.push(m);
  }
  const teamsOfPerson = new Map<string, TeamMembership[]>();
  const rank = (j: Jenjang) => golonganOrder(ref.jenjang.get(j)!.golongan.min);
  for (const [teamId, rows] of byTeam) {
    const first = rows[0]!;
    const ownerAt = s.byId.indexOf(first.ownerPostId);
    const owner = ownerAt === NONE ? undefined : s.indexed[ownerAt]!;
    const seen = new Set<string>();
    for (const m of rows) {
      const at = { file: m.src.file, line: m.src.line, row: m.src.row };
      if (m !== first && (m.ownerPostId !== first.ownerPostId || (m.teamName && first.teamName && m.teamName !== first.teamName)))
        report('team/inconsistent', { ...at, column: 'owner_post_id', value: m.ownerPostId }, {
          id: `tim '${teamId}' berbeda dengan baris ${first.src.line} (nama atau pemilik)`,
          en: `team '${teamId}' differs from line ${first.src.line} (name or owner)`,
        });
      if (m === first && !owner)
        report('team/owner-missing', { ...at, column: 'owner_post_id', value: m.ownerPostId }, {
          id: `jabatan pemilik '${m.ownerPostId}' tidak ada di tabel jabatan`, en: `owner post '${m.ownerPostId}' does not exist`,
        });
      if (m === first && owner && !ownsTeams(owner.kind))
        report('team/owner-level', { ...at, column: 'owner_post_id', value: m.ownerPostId }, {
          id: `pemilik tim '${owner.name}' (${owner.kind ?? '?'}) bukan pejabat level 1 atau 2 (level 1 = JPT, level 2 = administrator: tafsiran yang belum terkonfirmasi)`,
          en: `team owner '${owner.name}' (${owner.kind ?? '?'}) is not a level-1 or level-2 official (level 1 = JPT, level 2 = administrator: an unconfirmed interpretation)`,
        });
      if (seen.has(m.nip)) {
        report('team/duplicate-member', { ...at, column: 'nip', value: m.nip }, {
          id: `NIP ${m.nip} sudah tercantum dalam tim '${teamId}'`, en: `NIP ${m.nip} is already in team '${teamId}'`,
        });
        continue;
      }
      seen.add(m.nip);
      let list = teamsOfPerson.get(m.nip);
      if (!list) teamsOfPerson.set(m.nip, (list = []));
      list.push(m);
      const k = s.personWithNip(m.nip);
      if (k === NONE) {
        report('team/member-missing', { ...at, column: 'nip', value: m.nip }, {
          id: `NIP ${m.nip} tidak ada di tabel pegawai`, en: `NIP ${m.nip} is not in the people table`,
        });
        continue;
      }
      const person = s.people[k]!;
      const i = s.personPostAt(k);
      if (i === NONE) continue;
      const post = s.indexed[i]!;
      if (post.kind !== 'fungsional' && post.kind !== 'pelaksana')
        report('team/member-kind', { ...at, column: 'nip', value: m.nip, postId: post.id }, {
          id: `${person.name || m.nip} menduduki '${post.name}' (${post.kind ?? '?'}); anggota tim adalah JF atau pelaksana`,
          en: `${person.name || m.nip} holds '${post.name}' (${post.kind ?? '?'}); team members are JF or pelaksana`,
        });
      else if (owner) {
        const official = officialOf(s, i);
        const ownerOfficial = officialOf(s, ownerAt);
        if (official !== NONE && ownerOfficial !== NONE && official !== ownerOfficial) {
          const name = s.indexed[official]!.name;
          report('team/cross-unit', { ...at, column: 'nip', value: m.nip, postId: post.id }, {
            id: `${person.name || m.nip} bekerja di bawah '${name}', tim dimiliki '${owner.name}' (lintas unit)`,
            en: `${person.name || m.nip} works under '${name}'; the team is owned by '${owner.name}' (cross-unit)`,
          });
        }
      }
      if (m.role === 'ketua' && limits.ketuaMinJenjang) {
        const j = post.kind === 'fungsional' ? jenjangFromTitle(post.name) : null;
        if (!j || rank(j) < rank(limits.ketuaMinJenjang))
          report('team/ketua-jenjang', { ...at, column: 'role', value: m.role, postId: post.id }, {
            id: `ketua tim '${teamId}' menduduki '${post.name}', di bawah jenjang minimum ${limits.ketuaMinJenjang}`,
            en: `leader of team '${teamId}' holds '${post.name}', below the minimum level ${limits.ketuaMinJenjang}`,
          });
      }
    }
    const ketua = rows.filter((m) => m.role === 'ketua');
    if (ketua.length > limits.maxKetua) {
      const extra = ketua[limits.maxKetua]!;
      report('team/multiple-ketua', { file: extra.src.file, line: extra.src.line, row: extra.src.row, column: 'role', value: 'ketua' }, {
        id: `tim '${teamId}' punya ${ketua.length} ketua (batas ${limits.maxKetua})`, en: `team '${teamId}' has ${ketua.length} leaders (limit ${limits.maxKetua})`,
      });
    }
    if (seen.size > limits.maxMembers) {
      const extra = rows[rows.length - 1]!;
      report('team/max-members', { file: extra.src.file, line: extra.src.line, row: extra.src.row }, {
        id: `tim '${teamId}' beranggota ${seen.size} orang (batas ${limits.maxMembers})`, en: `team '${teamId}' has ${seen.size} members (limit ${limits.maxMembers})`,
      });
    }
  }
  for (const [nip, list] of teamsOfPerson) {
    if (list.length <= limits.maxPerPerson) continue;
    const extra = list[limits.maxPerPerson]!;
    report('team/max-teams-per-person', { file: extra.src.file, line: extra.src.line, row: extra.src.row, column: 'nip', value: nip }, {
      id: `NIP ${nip} berada di ${list.length} tim (batas ${limits.maxPerPerson})`, en: `NIP ${nip} is in ${list.length} teams (limit ${limits.maxPerPerson})`,
    });
  }
}
