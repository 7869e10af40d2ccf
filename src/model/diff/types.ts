/** What `setara diff` finds between two versions of the tables: one Change per post, person or team and kind. */
import type { Structure } from '../structure.js';
import type { TeamMembership } from '../types.js';

/** Every kind of change, in report order: posts, then people, then teams. */
export const CHANGE_KINDS = [
  'post-added', 'post-removed', 'post-rekeyed', 'post-moved', 'post-renamed', 'post-kind', 'post-unit',
  'person-joined', 'person-left', 'person-moved', 'person-golongan',
  'team-formed', 'team-dissolved', 'team-members',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type DiffTable = 'posts' | 'people' | 'teams';

export function tableOf(kind: ChangeKind): DiffTable {
  return kind.startsWith('post-') ? 'posts' : kind.startsWith('person-') ? 'people' : 'teams';
}

/** One value that changed; for `parent_id` and `post_id` also the titles of the posts named. */
export interface FieldChange {
  /** Canonical column (`name`, `parent_id`, `eselon`, …); `id` for a re-keyed post, `member` for a team member. */
  field: string;
  before: string | null;
  after: string | null;
  beforeName?: string;
  afterName?: string;
}

export interface Change {
  kind: ChangeKind;
  /** Post id, NIP or team id; a re-keyed post's new id. */
  key: string;
  /** A re-keyed post's old id. */
  oldKey?: string;
  /** The post's title, the person's or the team's name. */
  label: string;
  /** The OPD the post, the person's post or the team's owner post is in ('' when none is known). */
  opd: string;
  /** Where it is: the new file, the old one for what was removed. */
  file: string;
  line: number;
  /** What changed: empty for a post or team added or removed; a person who joined or left has their post. */
  fields: FieldChange[];
}

/** One version of the tables, as read by the project's readers. */
export interface DiffSide {
  structure: Structure;
  /** Absent when no teams table was given. */
  teams?: TeamMembership[];
  files: VersionFiles;
}

export interface VersionFiles {
  posts: string;
  people?: string;
  teams?: string;
}

export interface VersionCounts {
  posts: number;
  people?: number;
  teams?: number;
}

export interface Diff {
  old: VersionFiles;
  new: VersionFiles;
  counts: { old: VersionCounts; new: VersionCounts };
  /** Sorted: kind (CHANGE_KINDS order), file, line, key. */
  changes: Change[];
  /** Changes per kind, every kind present (0 when none). */
  summary: Record<ChangeKind, number>;
  /** Posts whose id was already taken in their version: left out of the comparison. */
  duplicates: { old: number; new: number };
}
