/**
 * The diff of two versions of the tables: pure, from what the project's readers built (model/load.ts). Ids are the
 * key (post id, NIP, team id); see posts.ts for re-keyed posts. People are compared when both versions have a people
 * table, teams when both have a teams table.
 */
import { diffPeople } from './people.js';
import { diffPosts } from './posts.js';
import { diffTeams } from './teams.js';
import { CHANGE_KINDS, type Change, type ChangeKind, type Diff, type DiffSide, type VersionCounts } from './types.js';

export * from './types.js';

export function diffVersions(old: DiffSide, next: DiffSide): Diff {
  const posts = diffPosts(old.structure, next.structure);
  const changes = posts.changes;
  // A loop, not push(...list): a spread of a million changes overflows the stack.
  const add = (list: Change[]) => {
    for (const c of list) changes.push(c);
  };
  if (old.files.people !== undefined && next.files.people !== undefined) add(diffPeople(old.structure, next.structure, posts.rekeyed));
  if (old.teams && next.teams) add(diffTeams(old.teams, next.teams, old.structure, next.structure));
  changes.sort(compareChanges);
  const summary = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of changes) summary[c.kind]++;
  return {
    old: old.files,
    new: next.files,
    counts: { old: countsOf(old), new: countsOf(next) },
    changes,
    summary,
    duplicates: { old: old.structure.duplicates.length, new: next.structure.duplicates.length },
  };
}

const KIND_ORDER = new Map<ChangeKind, number>(CHANGE_KINDS.map((k, i) => [k, i]));

/** Kind, file, line, key: a total order (two changes of one kind never share a key). */
export function compareChanges(a: Change, b: Change): number {
  return KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || cmp(a.file, b.file) || a.line - b.line || cmp(a.key, b.key);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function countsOf(side: DiffSide): VersionCounts {
  const c: VersionCounts = { posts: side.structure.indexed.length };
  if (side.files.people !== undefined) c.people = side.structure.people.length;
  if (side.teams) c.teams = new Set(side.teams.map((t) => t.teamId)).size;
  return c;
}
