/**
 * mapping.csv and people.csv records as the report's posts and people: for the whole directory (load.ts) or one OPD
 * at a time (opd-source.ts). A national mapping.csv repeats a few thousand texts a million times: texts that repeat
 * are one string, and lists that repeat one frozen list.
 */
import type { MappingHeader, PeopleHeader } from '../migrate/output-columns.js';
import type { Golongan } from '../model/types.js';
import type { ReferenceData } from '../rules/reference-types.js';
import type { Cell } from './csv-records.js';
import type { Decision, JfCandidate, ReportPerson, ReportPost } from './model.js';
import { uniq } from './text.js';

/**
 * One string for each distinct text of a low-cardinality column (kind, unit, OPD, criterion, citations, ...): equal
 * strings that are one object also compare without reading their characters.
 */
class Pool<T> {
  private readonly seen = new Map<string, T>();
  constructor(private readonly make: (text: string) => T) {}
  get(text: string): T {
    let v = this.seen.get(text);
    if (v === undefined) this.seen.set(text, (v = this.make(text)));
    return v;
  }
}

export const strings = () => new Pool((s: string) => s);
/** Shared lists are frozen: no renderer may change one post's list under another. */
const lists = (split: (s: string) => string[]) => new Pool((s: string) => Object.freeze(split(s)) as string[]);

/** An empty cell is what migrate writes for null. */
const orNull = (v: string) => (v ? v : null);

/** `jf:score[evidence]` tokens of mapping.csv's candidates column. */
export function parseCandidates(text: string, nameOf: (id: string) => string): JfCandidate[] {
  const out: JfCandidate[] = [];
  for (const m of text.matchAll(/([^\s:[\]]+):(\d+(?:\.\d+)?)(?:\[[^\]]*\])?/g)) {
    out.push({ jf: m[1]!, name: nameOf(m[1]!), score: Number(m[2]) });
  }
  return out;
}

/** The posts as they were, their decisions and what they became: one per mapping.csv record, in order. */
export class PostRows {
  readonly posts: ReportPost[] = [];
  /** By id; a repeated id (an edited mapping.csv) is its last post. */
  readonly byId = new Map<string, ReportPost>();
  private readonly text = strings();
  private readonly ruleIds = lists((s) => s.split(' ').filter(Boolean));
  private readonly citations = lists((s) => uniq(s.split(';').map((c) => c.trim()).filter(Boolean)));
  private readonly candidates: Pool<JfCandidate[]>;

  constructor(ref: ReferenceData) {
    const jfName = (id: string) => ref.jf.get(id)?.name ?? '';
    this.candidates = new Pool((s: string) => Object.freeze(parseCandidates(s, jfName)) as JfCandidate[]);
  }

  add(c: Cell<MappingHeader>): void {
    const { text } = this;
    // A parent is read before its children (migrate writes the input order, exports list posts depth first): its id
    // string is then shared, not held twice.
    const idOf = (v: string) => (v ? this.byId.get(v)?.id ?? v : null);
    const decision = c('decision');
    const name = c('name');
    const newName = c('new_name');
    const post: ReportPost = {
      id: c('post_id'),
      name,
      kind: orNull(text.get(c('kind'))),
      eselon: orNull(text.get(c('eselon'))),
      unit: text.get(c('unit')),
      parentId: idOf(c('parent_id')),
      opd: text.get(c('opd')),
      decision: (decision === 'equalise' || decision === 'keep' || decision === 'review' ? decision : 'review') as Decision,
      criterion: text.get(c('criterion')),
      jf: orNull(text.get(c('jf'))),
      jfName: orNull(text.get(c('jf_name'))),
      jenjang: orNull(text.get(c('jenjang'))),
      newParentId: idOf(c('new_parent_id')),
      newName: newName === name ? name : newName,
      change: text.get(c('change')),
      ruleIds: this.ruleIds.get(c('rule_ids')),
      citations: this.citations.get(c('citations')),
      candidates: this.candidates.get(c('candidates')),
      source: text.get(c('source')),
      note: orNull(text.get(c('note'))),
      jfStatus: orNull(text.get(c('jf_status'))),
      basis: text.get(c('basis') || 'data'),
    };
    this.byId.set(post.id, post);
    this.posts.push(post);
  }
}

/**
 * people.csv: each person's old and new post, the change and the notes (joined with ' | ' by migrate). A person's OPD
 * is their old post's, else their new post's, found in `postById` (every post a person of these rows can name).
 */
export class PeopleRows {
  readonly people: ReportPerson[] = [];
  private readonly text = strings();
  private readonly notes = lists((s) => (s ? s.split(' | ') : []));

  constructor(private readonly ref: ReferenceData, private readonly postById: ReadonlyMap<string, ReportPost>) {}

  add(c: Cell<PeopleHeader>): void {
    const { text } = this;
    const postOf = (id: string) => (id ? this.postById.get(id) : undefined);
    const golongan = orNull(text.get(c('golongan')));
    const oldPost = postOf(c('old_post_id'));
    const newPost = postOf(c('new_post_id'));
    // Ids and titles equal to their post's are that post's strings.
    const oldPostName = c('old_post');
    const newPostName = c('new_post');
    this.people.push({
      nip: c('nip'), name: c('name'), golongan,
      pangkat: golongan ? this.ref.golongan.get(golongan as Golongan)?.pangkat ?? null : null,
      oldPostId: oldPost?.id ?? orNull(c('old_post_id')),
      oldPost: oldPost?.name === oldPostName ? oldPost.name : oldPostName,
      newPostId: newPost?.id ?? orNull(c('new_post_id')),
      newPost: newPost?.newName === newPostName ? newPost.newName : newPostName,
      change: text.get(c('change')),
      notes: this.notes.get(c('notes')),
      opd: oldPost?.opd ?? newPost?.opd ?? '',
    });
  }
}
