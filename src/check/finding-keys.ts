/**
 * Who a finding is about, read from the row it points at: the post, the person (NIP) and the team. Baselines and
 * suppressions match findings by these and by the table, never by line number, so they survive rows moving.
 */
import type { Text } from '../i18n/index.js';
import type { Finding } from '../model/finding.js';
import type { InputPaths, LoadedInput } from '../model/load.js';

/** Which input table a finding is in. */
export type TableRole = 'posts' | 'people' | 'teams';

export interface FindingKey {
  /** Absent for a file that is none of the tables. */
  table?: TableRole;
  /** The post of a posts row, or the post a person or team member holds (as the check reported it). */
  post?: string;
  /** The person of a people row or of a team membership. */
  nip?: string;
  /** The team of a team membership. */
  team?: string;
}

/**
 * The keys of the findings of one run. Only the rows findings point at are looked up, in one pass over each table:
 * a national run does not get a second index of a million rows.
 */
export function findingKeys(findings: readonly Finding[], paths: InputPaths, input: LoadedInput): (f: Finding) => FindingKey {
  // loadInput reads the tables in this order, each only when given.
  const order: TableRole[] = ['posts', ...(paths.people ? (['people'] as const) : []), ...(paths.teams ? (['teams'] as const) : [])];
  const roles = new Map<string, TableRole>();
  input.tables.forEach((t, i) => roles.set(t.file, order[i]!));

  const wanted: Record<TableRole, Set<number>> = { posts: new Set(), people: new Set(), teams: new Set() };
  for (const f of findings) {
    const role = roles.get(f.file);
    if (role && f.row !== undefined && !(role === 'posts' && f.postId !== undefined)) wanted[role].add(f.row);
  }
  const byRow = new Map<string, FindingKey>();
  const note = (role: TableRole, row: number, key: FindingKey) => {
    if (wanted[role].has(row)) byRow.set(`${role}:${row}`, key);
  };
  for (const p of input.structure.posts) note('posts', p.row, { post: p.id });
  for (const p of input.structure.people) note('people', p.row, { nip: p.nip });
  for (const m of input.teams ?? []) note('teams', m.src.row, { team: m.teamId, nip: m.nip });

  return (f) => {
    const table = roles.get(f.file);
    const fromRow = table && f.row !== undefined ? byRow.get(`${table}:${f.row}`) : undefined;
    const post = f.postId ?? fromRow?.post;
    return {
      ...(table ? { table } : {}),
      ...(post !== undefined ? { post } : {}),
      ...(fromRow?.nip !== undefined ? { nip: fromRow.nip } : {}),
      ...(fromRow?.team !== undefined ? { team: fromRow.team } : {}),
    };
  };
}

/** `jabatan X, tim Y, NIP Z` / `post X, team Y, NIP Z`: who an entry or finding is about, for messages. */
export function whoText(k: Pick<FindingKey, 'post' | 'nip' | 'team'>): Text {
  const parts = (words: [string, string]) =>
    [k.post !== undefined && `${words[0]} ${k.post}`, k.team !== undefined && `${words[1]} ${k.team}`, k.nip !== undefined && `NIP ${k.nip}`]
      .filter((p): p is string => typeof p === 'string')
      .join(', ');
  return { id: parts(['jabatan', 'tim']), en: parts(['post', 'team']) };
}
