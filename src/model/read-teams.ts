/** Teams table → one membership per row (team_id, team_name, owner_post_id, nip, role). */
import type { Report } from './finding.js';
import type { Config } from '../io/config.js';
import type { Table } from '../io/table.js';
import { readRows, type RowsResult } from './rows.js';
import { parseNip } from './parse/nip.js';
import type { TeamMembership, TeamRole } from './types.js';

/** A Map, not an object literal: a cell such as `constructor` or `__proto__` must not find Object.prototype's members. */
const ROLES: ReadonlyMap<string, TeamRole> = new Map<string, TeamRole>([
  ['ketua', 'ketua'], ['ketua tim', 'ketua'], ['leader', 'ketua'], ['kt', 'ketua'],
  ['anggota', 'anggota'], ['anggota tim', 'anggota'], ['member', 'anggota'], ['', 'anggota'],
]);

export async function readTeams(table: Table, config: Config, report: Report): Promise<RowsResult<TeamMembership>> {
  return readRows<TeamMembership>(table, 'teams', config.columns?.teams, report, (row) => {
    const teamId = row.get('team_id');
    const ownerPostId = row.get('owner_post_id');
    const rawNip = row.get('nip');
    const parsed = parseNip(rawNip);
    const nip = parsed.ok && parsed.value !== null ? parsed.value : rawNip;
    const rawRole = row.get('role');
    const role = ROLES.get(rawRole.toLowerCase().replace(/\s+/g, ' '));
    if (role === undefined)
      row.invalid('role', rawRole, { id: `peran '${rawRole}' tidak dikenal (ketua atau anggota)`, en: `unknown role '${rawRole}' (ketua or anggota)` });
    const canonical = { team_id: teamId, team_name: row.get('team_name'), owner_post_id: ownerPostId, nip, role: role ?? rawRole };
    const ok = teamId !== '' && ownerPostId !== '' && /^\d{18}$/.test(nip) && role !== undefined;
    const item: TeamMembership | null = ok
      ? { teamId, teamName: row.get('team_name'), ownerPostId, nip, role: role!, src: row.src }
      : null;
    return { canonical, item };
  });
}
