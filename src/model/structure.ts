/**
 * The structure over the posts and people read: which post is whose parent, child, OPD head and holder, behind one
 * read API. The posts and people stay plain records of the input; the links are typed arrays owned here
 * (structure/links.ts), read by index (`parentAt(i)`, …) where a loop runs over a million posts, or by post
 * (`parentOf(p)`, …, each a lookup in the id table) where a message or a single lookup needs one. Queries along the
 * chains (ancestors, officials) are in structure/chains.ts and structure/officials.ts.
 */
import { unitFromTitle } from './parse/unit-title.js';
import type { TreeInference } from './infer-tree.js';
import { IdTable } from './structure/id-table.js';
import { link, NONE, walkDown } from './structure/links.js';
import type { Person, Post } from './types.js';

export { NONE } from './structure/links.js';

const NO_ITEMS: readonly never[] = Object.freeze([]);
const nipOf = (p: Person) => p.nip;

export class Structure {
  /** First post with each id (duplicates are reported and excluded); its positions are those of `indexed`. */
  readonly byId: IdTable<Post>;
  /** The indexed posts, in input order: post i of every per-post array and `…At(i)` method. */
  readonly indexed: readonly Post[];
  readonly duplicates: readonly Post[];
  /** Posts whose parent was inferred from titles and eselon, and their OPDs (set by model/load.ts; 0 when none). */
  treeInferred: TreeInference = { posts: 0, opds: 0 };
  private readonly parent: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly head: Int32Array;
  private readonly firstHolder: Int32Array;
  private readonly personPost: Int32Array;
  private readonly nextHolder: Int32Array;
  private duplicateSet?: ReadonlySet<Post>;
  private nips?: { table: IdTable<Person>; repeats: Uint8Array };

  /** `posts` and `people` as read (duplicates included), in input order. */
  constructor(readonly posts: readonly Post[], readonly people: readonly Person[]) {
    const l = link(posts, people);
    ({ byId: this.byId, indexed: this.indexed, duplicates: this.duplicates } = l);
    ({ parent: this.parent, firstChild: this.firstChild, nextSibling: this.nextSibling, head: this.head } = l);
    ({ firstHolder: this.firstHolder, personPost: this.personPost, nextHolder: this.nextHolder } = l);
  }

  // By index: i is a position in `indexed`, k in `people`; NONE where there is no such post or person.

  /** The parent of post i. */
  parentAt(i: number): number {
    return this.parent[i]!;
  }

  /** The first child of post i (input order; the rest follow by nextSiblingAt). */
  firstChildAt(i: number): number {
    return this.firstChild[i]!;
  }

  /** The next post with the same parent as post i. */
  nextSiblingAt(i: number): number {
    return this.nextSibling[i]!;
  }

  /** The head of post i's OPD chain: NONE when the chain breaks or cycles. */
  headAt(i: number): number {
    return this.head[i]!;
  }

  /** The OPD name of post i (see opdName). */
  opdAt(i: number): string {
    return this.opdName(this.indexed[i]!, this.head[i]!);
  }

  /** The first person holding post i (people order; the rest follow by nextHolderAt). */
  firstHolderAt(i: number): number {
    return this.firstHolder[i]!;
  }

  /** The next person holding the post person k holds. */
  nextHolderAt(k: number): number {
    return this.nextHolder[k]!;
  }

  /** The post person k holds. */
  personPostAt(k: number): number {
    return this.personPost[k]!;
  }

  /** The first person with `nip`. */
  personWithNip(nip: string): number {
    return this.nipTable().table.indexOf(nip);
  }

  /** Whether person k's NIP is an earlier person's. */
  repeatsNip(k: number): boolean {
    return this.nipTable().repeats[k] === 1;
  }

  /** Visits post `top` and every post under it, parents before children, in linear time whatever the depth. */
  walkDown(top: number, visit: (i: number) => void): void {
    walkDown(this.parent, this.firstChild, this.nextSibling, top, visit);
  }

  // By post: a duplicate answers for its id as the indexed post with that id does (its own parentId aside).

  /** Position of `p` in `indexed` (a duplicate's is its indexed post's; undefined for a post outside the structure). */
  indexOf(p: Post): number | undefined {
    const i = this.byId.indexOf(p.id);
    if (i === NONE) return undefined;
    if (this.indexed[i] === p) return i;
    return this.duplicates.length && (this.duplicateSet ??= new Set(this.duplicates)).has(p) ? i : undefined;
  }

  /** The indexed post with `p`'s parentId (undefined when there is none). */
  parentOf(p: Post): Post | undefined {
    const i = this.indexOf(p);
    if (i === undefined) return undefined;
    if (this.indexed[i] !== p) return p.parentId === null ? undefined : this.byId.get(p.parentId);
    const up = this.parent[i]!;
    return up === NONE ? undefined : this.indexed[up];
  }

  /** The posts whose parent is `p`'s id (empty when none). */
  childrenOf(p: Post): readonly Post[] {
    const i = this.indexOf(p);
    return i === undefined ? NO_ITEMS : list(this.indexed, this.firstChild[i]!, this.nextSibling);
  }

  /** The head post of `p`'s OPD chain: null when the chain breaks or cycles, undefined for a post outside the structure. */
  rootOf(p: Post): Post | null | undefined {
    const i = this.indexOf(p);
    if (i === undefined) return undefined;
    const h = this.head[i]!;
    return h === NONE ? null : this.indexed[h]!;
  }

  /** OPD name of `p` (undefined for a post outside the structure). */
  opdOf(p: Post): string | undefined {
    const i = this.indexOf(p);
    return i === undefined ? undefined : this.opdName(p, this.head[i]!);
  }

  /** The people holding `p` (empty when none). */
  holdersOf(p: Post): readonly Person[] {
    const i = this.indexOf(p);
    return i === undefined ? NO_ITEMS : list(this.people, this.firstHolder[i]!, this.nextHolder);
  }

  /** The post a person holds, when their postId is in the index. */
  postOf(person: Person): Post | undefined {
    return person.postId === null ? undefined : this.byId.get(person.postId);
  }

  /** The people by NIP, made on first use (not every command asks). */
  private nipTable(): { table: IdTable<Person>; repeats: Uint8Array } {
    if (!this.nips) {
      const table = new IdTable(this.people, nipOf);
      const repeats = new Uint8Array(this.people.length);
      for (let k = 0; k < this.people.length; k++) if (!table.add(k)) repeats[k] = 1;
      this.nips = { table, repeats };
    }
    return this.nips;
  }

  /**
   * The post's own `opd` cell or, when empty, its head's opd or unit, else the unit the head's title names ("Kepala
   * Dinas Kesehatan" → Dinas Kesehatan; reported by the placement check), else the title ('' when no head is reached).
   */
  private opdName(p: Post, head: number): string {
    if (p.opd) return p.opd;
    if (head === NONE) return '';
    const h = this.indexed[head]!;
    return h.opd || h.unit || unitFromTitle(h.name)?.name || h.name || '';
  }
}

export function buildStructure(posts: readonly Post[], people: readonly Person[] = []): Structure {
  return new Structure(posts, people);
}

/** The items of a linked list from `first`, as a fresh array (the shared empty one when there are none). */
function list<T>(items: readonly T[], first: number, next: Int32Array): readonly T[] {
  if (first === NONE) return NO_ITEMS;
  const out: T[] = [];
  for (let k = first; k !== NONE; k = next[k]!) out.push(items[k]!);
  return out;
}
