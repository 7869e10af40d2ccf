/**
 * The work system of PermenPANRB 7/2022: the levels of officials (who may own work teams) and the koordinator and
 * subkoordinator roles it abolishes. Read by the checks (check/work-system.ts, check/teams.ts) and by migrate.
 */
import type { Kind } from './types.js';

/**
 * A koordinator/subkoordinator role: carried by a JF post's title or a person's role cell. A pelaksana title with the
 * word ("Koordinator Lapangan Kebersihan") is an ordinary pelaksana title, and a structural or unit name is a name.
 */
export const KOORDINATOR = /\b(sub[\s-]*)?koordinator\b/i;

/** Level 1 = JPT, level 2 = administrator (interpretation flagged in sk/level-mapping); pengawas = level 3. */
export function officialLevel(kind: Kind | null): 1 | 2 | 3 | null {
  if (kind === 'jpt_utama' || kind === 'jpt_madya' || kind === 'jpt_pratama') return 1;
  if (kind === 'administrator') return 2;
  if (kind === 'pengawas') return 3;
  return null;
}

/** A level-1 or level-2 official: the posts that own work teams. */
export function ownsTeams(kind: Kind | null): boolean {
  const level = officialLevel(kind);
  return level === 1 || level === 2;
}
