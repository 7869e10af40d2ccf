/**
 * The columns of the CSVs migrate writes (posts.csv, mapping.csv, people.csv, teams.csv): each header with the cell it
 * takes from its file's row view. The writers (outputs.ts) and the report's readers (report/load*.ts) use these tables.
 */
import type { Lang } from '../i18n/index.js';
import { formatCitation } from '../model/finding.js';
import type { Person, Post } from '../model/types.js';
import { basisText } from '../rules/engine.js';
import { csvTable, type HeaderOf, type RowCursor } from './csv-table.js';
import type { PostDecision } from './decide.js';
import { candidatesText } from './jf-match.js';
import type { MigratedPerson } from './people.js';
import type { MigratedPosts } from './restructure.js';
import type { MigrationResult } from './run.js';
import type { Team } from './teams.js';

/** posts.csv's row: post i after migration. */
export class PostsView implements RowCursor {
  i = -1;
  id = '';
  readonly m: MigratedPosts;

  constructor(private readonly r: MigrationResult) {
    this.m = r.migrated;
  }

  next(): boolean {
    if (++this.i >= this.m.size) return false;
    this.id = this.r.structure.indexed[this.i]!.id;
    return true;
  }
}

export const POSTS_CSV = csvTable<PostsView>()('posts.csv', [
  { header: 'id', value: (v) => v.id },
  { header: 'parent_id', value: (v) => v.m.parentId(v.i) },
  { header: 'name', value: (v) => v.m.name(v.i) },
  { header: 'kind', value: (v) => v.m.kind(v.i) },
  { header: 'eselon', value: (v) => v.m.eselon(v.i) },
  { header: 'unit', value: (v) => v.m.unit(v.i) },
  { header: 'opd', value: (v) => v.m.opd(v.i) },
  { header: 'unit_type', value: (v) => v.m.unitType(v.i) },
  { header: 'source_id', value: (v) => v.id },
  { header: 'change', value: (v) => v.m.change(v.i) },
]);

/** A verdict's cells as text, worked out once per verdict: verdicts are shared by many posts (decideAll). */
interface VerdictTexts {
  ruleIds: string;
  citations: string;
  candidates: string;
  /** The candidates other than the proposed JF, by name (all of them when none was proposed). */
  alternatives: string;
  note: string;
  basis: string;
}

function verdictTexts(lang: Lang): (d: PostDecision) => VerdictTexts {
  const memo = new Map<PostDecision, VerdictTexts>();
  return (d) => {
    let t = memo.get(d);
    if (!t) {
      memo.set(d, (t = {
        ruleIds: d.ruleIds.join(' '),
        citations: d.citations.map(formatCitation).join('; '),
        candidates: candidatesText(d.candidates),
        alternatives: d.candidates.filter((c) => c.jf !== d.jf?.id).map((c) => c.name).join(' | '),
        note: d.note ? d.note[lang] : '',
        basis: basisText(d.basis),
      }));
    }
    return t;
  };
}

/** mapping.csv's row: post i as it was (`post`), its decision (`d`, as text: `t`), and what it became (`m`). */
export class MappingView implements RowCursor {
  i = -1;
  post!: Post;
  d!: PostDecision;
  t!: VerdictTexts;
  readonly m: MigratedPosts;
  private readonly texts: (d: PostDecision) => VerdictTexts;

  constructor(private readonly r: MigrationResult, lang: Lang) {
    this.m = r.migrated;
    this.texts = verdictTexts(lang);
  }

  next(): boolean {
    if (++this.i >= this.r.decisions.length) return false;
    this.d = this.r.decisions[this.i]!;
    this.post = this.r.structure.indexed[this.i]!;
    this.t = this.texts(this.d);
    return true;
  }
}

/** The old post's columns first, in the order of posts.csv (the input's), then the decision and the new post. */
export const MAPPING_CSV = csvTable<MappingView>()('mapping.csv', [
  { header: 'post_id', value: (v) => v.post.id },
  { header: 'parent_id', value: (v) => v.post.parentId },
  { header: 'name', value: (v) => v.post.name },
  { header: 'kind', value: (v) => v.post.kind },
  { header: 'eselon', value: (v) => v.post.eselon },
  { header: 'unit', value: (v) => v.post.unit },
  { header: 'opd', value: (v) => v.m.opd(v.i) },
  { header: 'unit_type', value: (v) => v.post.unitType },
  { header: 'decision', value: (v) => v.d.decision },
  { header: 'criterion', value: (v) => v.d.criterion },
  { header: 'jf', value: (v) => v.d.jf?.id ?? '' },
  { header: 'jenjang', value: (v) => v.d.jenjang ?? '' },
  { header: 'new_post_id', value: (v) => v.post.id },
  { header: 'new_parent_id', value: (v) => v.m.parentId(v.i) },
  { header: 'rule_ids', value: (v) => v.t.ruleIds },
  { header: 'citations', value: (v) => v.t.citations },
  { header: 'candidates', value: (v) => v.t.candidates },
  { header: 'jf_name', value: (v) => v.d.jf?.name ?? '' },
  { header: 'new_name', value: (v) => v.m.name(v.i) },
  { header: 'change', value: (v) => v.m.change(v.i) },
  { header: 'source', value: (v) => v.d.source },
  { header: 'note', value: (v) => v.t.note },
  { header: 'line', value: (v) => v.post.line },
  { header: 'jf_status', value: (v) => v.d.jfStatus ?? '' },
  { header: 'alternatives', value: (v) => v.t.alternatives },
  { header: 'basis', value: (v) => v.t.basis },
]);

/** people.csv's row: person k (`person`) after migration (`p`). */
export class PeopleView implements RowCursor {
  k = -1;
  p!: MigratedPerson;
  person!: Person;
  /** The post the person takes: none when they are not equalised, until re-placed (not the JF post theirs becomes). */
  newPost: Post | null = null;
  readonly m: MigratedPosts;

  constructor(private readonly r: MigrationResult) {
    this.m = r.migrated;
  }

  next(): boolean {
    if (++this.k >= this.r.people.size) return false;
    this.p = this.r.people.at(this.k);
    this.person = this.p.person;
    this.newPost = this.p.change === 'not-equalised' ? null : this.p.post;
    return true;
  }
}

export const PEOPLE_CSV = csvTable<PeopleView>()('people.csv', [
  { header: 'nip', value: (v) => v.person.nip },
  { header: 'name', value: (v) => v.person.name },
  { header: 'golongan', value: (v) => v.person.golongan },
  { header: 'education', value: (v) => v.person.education },
  { header: 'birth_date', value: (v) => v.person.birthDate },
  { header: 'status', value: (v) => v.person.status },
  { header: 'old_post_id', value: (v) => v.person.postId },
  { header: 'old_post', value: (v) => v.p.post?.name ?? '' },
  { header: 'new_post_id', value: (v) => v.newPost?.id ?? null },
  { header: 'new_post', value: (v) => (v.newPost ? v.m.name(v.p.postIndex) : '') },
  { header: 'change', value: (v) => v.p.change },
  { header: 'old_bup', value: (v) => v.p.oldBup },
  { header: 'new_bup', value: (v) => v.p.newBup },
  { header: 'notes', value: (v) => v.p.notes.join(' | ') },
]);

/** teams.csv's row: one member of one team (a team without members has no row). */
export class TeamsView implements RowCursor {
  team!: Team;
  member!: Team['members'][number];
  private t = 0;
  private k = 0;

  constructor(private readonly teams: readonly Team[]) {}

  next(): boolean {
    const { teams } = this;
    while (this.t < teams.length && this.k >= teams[this.t]!.members.length) {
      this.t++;
      this.k = 0;
    }
    if (this.t >= teams.length) return false;
    this.team = teams[this.t]!;
    this.member = this.team.members[this.k++]!;
    return true;
  }
}

export const TEAMS_CSV = csvTable<TeamsView>()('teams.csv', [
  { header: 'team_id', value: (v) => v.team.teamId },
  { header: 'team_name', value: (v) => v.team.teamName },
  { header: 'owner_post_id', value: (v) => v.team.ownerPostId },
  { header: 'nip', value: (v) => v.member.nip },
  { header: 'role', value: (v) => v.member.role },
]);

export type MappingHeader = HeaderOf<typeof MAPPING_CSV>;
export type PeopleHeader = HeaderOf<typeof PEOPLE_CSV>;
export type TeamsHeader = HeaderOf<typeof TEAMS_CSV>;
