/**
 * Indexes over the posts (by id, children, OPD heads, holders) built in one pass; no copies of the posts.
 *
 * Only `byId` is a table (a PostIndex, see post-index.ts): the per-post indexes are fields of the posts and people
 * themselves (`Post.parent`, …), because at a million posts each lookup by id is a cache miss (~1 µs) and loading did
 * about ten per row. Children and holders are intrusive lists (`firstChild`/`nextSibling`, `firstHolder`/
 * `nextHolder`), not an array per post: at a million posts those arrays took some 90 MB. The fields belong to the
 * structure last built over those objects; a structure is built once per run.
 */
import { unitFromTitle } from './parse/unit-title.js';
import type { TreeInference } from './infer-tree.js';
import { PostIndex } from './post-index.js';
import type { Person, Post } from './types.js';

export interface Structure {
  posts: Post[];
  /** First post with each id (duplicates are reported and excluded from the index). */
  byId: PostIndex;
  /** The indexed posts, in input order: `indexed[indexOf(p)] === p` for every indexed post. */
  indexed: readonly Post[];
  duplicates: Post[];
  people: Person[];
  /** The indexed post with `p`'s parentId (undefined when there is none). */
  parentOf(p: Post): Post | undefined;
  /** The posts whose parent is `p`'s id (empty when none). */
  childrenOf(p: Post): readonly Post[];
  /** The head post of `p`'s OPD chain: null when the chain breaks or cycles, undefined for a post outside the structure. */
  rootOf(p: Post): Post | null | undefined;
  /** OPD name of `p` (undefined for a post outside the structure). */
  opdOf(p: Post): string | undefined;
  /** The people holding `p` (empty when none). */
  holdersOf(p: Post): readonly Person[];
  /** Position of `p` in `indexed` (undefined for a post outside the structure). */
  indexOf(p: Post): number | undefined;
  /** The post a person holds, when their postId is in the index. */
  postOf(person: Person): Post | undefined;
  /** Posts whose parent was inferred from titles and eselon, and their OPDs (set by model/load.ts; 0 when none). */
  treeInferred: TreeInference;
}

const NONE: readonly never[] = Object.freeze([]);

export function buildStructure(posts: Post[], people: Person[] = []): Structure {
  const byId = new PostIndex(posts);
  const duplicates: Post[] = [];
  // Without duplicates (the usual case) the indexed posts are the posts: no second million-entry list. With them, a
  // list allocated at the posts' length and cut to the indexed count (no growing copies).
  let copy: Post[] | null = null;
  let n = 0;
  for (let k = 0; k < posts.length; k++) {
    const p = posts[k]!;
    if (!byId.add(k)) {
      if (!copy) {
        copy = new Array<Post>(posts.length);
        for (let j = 0; j < k; j++) copy[j] = posts[j]!;
      }
      duplicates.push(p);
    } else {
      if (copy) copy[n] = p;
      p.index = n++;
    }
    p.firstChild = null;
    p.nextSibling = null;
    p.head = null;
    p.firstHolder = null;
  }
  if (copy) copy.length = n;
  const indexed = copy ?? posts;
  const path: Post[] = [];
  for (let i = 0; i < indexed.length; i++) {
    const p = indexed[i]!;
    let parent: Post | undefined;
    if (p.parentId === null) path.length = 0;
    else if (!(parent = onPath(path, p.parentId)) && (parent = byId.get(p.parentId))) path.push(parent);
    path.push(p);
    p.parent = parent ?? null;
    // The same text as the parent's id: one string kept instead of two (a million posts, a million people).
    if (parent) p.parentId = parent.id;
  }
  // Linked from the last to the first, each in front: the lists keep input order with no tail kept per post.
  for (let i = indexed.length - 1; i >= 0; i--) {
    const p = indexed[i]!;
    const parent = p.parent;
    if (!parent) continue;
    p.nextSibling = parent.firstChild ?? null;
    parent.firstChild = p;
  }
  resolveRoots(indexed);
  let last: Post | undefined;
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    // People are mostly listed in the order of their posts: the previous person's post and the one after it first,
    // the Map (a cache miss at a million keys) after.
    let post: Post | undefined;
    if (person.postId !== null) {
      const next = last && indexed[last.index! + 1];
      post = last?.id === person.postId ? last : next?.id === person.postId ? next : byId.get(person.postId);
    }
    if (post) last = post;
    person.post = post ?? null;
    if (post) person.postId = post.id;
  }
  for (let i = people.length - 1; i >= 0; i--) {
    const person = people[i]!;
    const post = person.post;
    person.nextHolder = post ? post.firstHolder ?? null : null;
    if (post) post.firstHolder = person;
  }
  // A duplicate answers for its id, as the indexed post with that id does, but is in no list of children itself.
  for (const d of duplicates) {
    const first = byId.get(d.id)!;
    d.index = first.index;
    d.parent = d.parentId === null ? null : byId.get(d.parentId) ?? null;
    d.firstChild = first.firstChild ?? null;
    d.head = first.head;
    d.firstHolder = first.firstHolder ?? null;
  }
  return {
    posts, byId, indexed, duplicates, people,
    parentOf: (p) => p.parent ?? undefined,
    childrenOf: (p) => listOf(p.firstChild, (c) => c.nextSibling),
    indexOf: (p) => p.index,
    rootOf: (p) => p.head,
    opdOf,
    holdersOf: (p) => listOf(p.firstHolder, (h) => h.nextHolder),
    postOf: (person) => person.post ?? undefined,
    treeInferred: { posts: 0, opds: 0 },
  };
}

/** The items of an intrusive list, as a fresh array (the shared empty one when there are none). */
function listOf<T>(first: T | null | undefined, next: (item: T) => T | null | undefined): readonly T[] {
  if (!first) return NONE;
  const out: T[] = [];
  for (let x: T | null | undefined = first; x; x = next(x)) out.push(x);
  return out;
}

/**
 * The post with `id` among the chain just read, nearest first, dropping the posts after it. Exports list a post's
 * superiors before it (depth first), so a parent is usually here and the Map, a cache miss at a million keys, is
 * asked only when it is not. On a miss the chain starts anew.
 */
function onPath(path: Post[], id: string): Post | undefined {
  for (let k = path.length - 1; k >= 0 && k >= path.length - PATH_MAX; k--) {
    if (path[k]!.id === id) {
      path.length = k + 1;
      return path[k];
    }
  }
  path.length = 0;
  return undefined;
}

const PATH_MAX = 16;

/**
 * The post's own `opd` cell or, when empty, its head's opd or unit, else the unit the head's title names ("Kepala
 * Dinas Kesehatan" → Dinas Kesehatan; reported by the placement check), else the title ('' when no head is reached).
 */
function opdOf(p: Post): string | undefined {
  if (p.head === undefined) return undefined;
  if (p.opd) return p.opd;
  const h = p.head;
  return h ? h.opd || h.unit || unitFromTitle(h.name)?.name || h.name || '' : '';
}

/**
 * Visits `head` and every post under it, parents before children: depth first along the child lists and back up
 * through the parents, one step per post and no stack, so a chain of any depth is walked in linear time.
 */
export function walkDown(head: Post, visit: (p: Post) => void): void {
  let p = head;
  for (;;) {
    visit(p);
    if (p.firstChild) {
      p = p.firstChild;
      continue;
    }
    while (p !== head && !p.nextSibling) p = p.parent!;
    if (p === head) return;
    p = p.nextSibling!;
  }
}

/** The head of every post's chain, walking down from each head (parentId null). Posts not reached (a broken chain or a cycle) keep null. */
function resolveRoots(indexed: readonly Post[]): void {
  for (let i = 0; i < indexed.length; i++) {
    const head = indexed[i]!;
    if (head.parentId === null) walkDown(head, (p) => (p.head = head));
  }
}
