/**
 * Work teams of two versions, by team id: formed, dissolved, and members who joined, left or changed role (ketua ↔
 * anggota). The teams table has one row per membership; a member listed twice counts once (the first row).
 */
import type { Structure } from '../structure.js';
import type { SourceRef, TeamMembership } from '../types.js';
import type { Change, FieldChange } from './types.js';

interface Team {
  name: string;
  owner: string;
  first: SourceRef;
  members: Map<string, TeamMembership>;
}

export function diffTeams(
  old: readonly TeamMembership[], next: readonly TeamMembership[], oldS: Structure, newS: Structure,
): Change[] {
  const before = teamsOf(old);
  const after = teamsOf(next);
  const changes: Change[] = [];
  // The OPD of the owner post in the team's own version: the old one for a dissolved team.
  const change = (kind: Change['kind'], id: string, t: Team, at: SourceRef, fields: FieldChange[], s = newS): Change => {
    const owner = s.byId.get(t.owner);
    return { kind, key: id, label: t.name, opd: owner ? s.opdOf(owner) ?? '' : '', file: at.file, line: at.line, fields };
  };
  for (const [id, t] of after) {
    const o = before.get(id);
    if (!o) {
      changes.push(change('team-formed', id, t, t.first, []));
      continue;
    }
    const fields: FieldChange[] = [];
    let at: SourceRef | undefined;
    for (const [nip, m] of t.members) {
      const was = o.members.get(nip);
      if (was?.role === m.role) continue;
      fields.push({ field: 'member', before: was ? `${nip} ${was.role}` : null, after: `${nip} ${m.role}` });
      at ??= m.src;
    }
    for (const [nip, was] of o.members) if (!t.members.has(nip)) fields.push({ field: 'member', before: `${nip} ${was.role}`, after: null });
    if (fields.length) changes.push(change('team-members', id, t, at ?? t.first, fields));
  }
  for (const [id, o] of before) if (!after.has(id)) changes.push(change('team-dissolved', id, o, o.first, [], oldS));
  return changes;
}

function teamsOf(rows: readonly TeamMembership[]): Map<string, Team> {
  const teams = new Map<string, Team>();
  for (const r of rows) {
    let t = teams.get(r.teamId);
    if (!t) teams.set(r.teamId, (t = { name: r.teamName, owner: r.ownerPostId, first: r.src, members: new Map() }));
    if (!t.members.has(r.nip)) t.members.set(r.nip, r);
  }
  return teams;
}
