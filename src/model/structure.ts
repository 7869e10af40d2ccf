/**
 * Indexes over the posts (by id, children, OPD heads, holders) built in one pass; no copies of the posts.
 *
 * Only `byId` is a Map: the per-post indexes are fields of the posts and people themselves (`Post.children`, …),
 * because at a million posts each string-keyed Map operation is a cache miss (~1 µs) and loading did about ten per
 * row. The fields belong to the structure last built over those objects; a structure is built once per run.
 */
import type { Person, Post } from './types.js';

export interface StructureLinks {
  /** Posts whose parentId is this post's id. */
  children?: Post[] | null;
  /** The head of the post's OPD chain; null when the chain breaks or cycles. */
  head?: Post | null;
  /** OPD name: the post's own `opd` cell or, when empty, its head's opd, unit or name. */
  opdName?: string;
  /** People whose postId is this post's id. */
  holders?: Person[] | null;
}

export interface Structure {
  posts: Post[];
  /** First post with each id (duplicates are reported and excluded from the index). */
  byId: Map<string, Post>;
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
  /** Position of `p` in `byId` order (undefined for a post outside the structure). */
  indexOf(p: Post): number | undefined;
  /** The post a person holds, when their postId is in the index. */
  postOf(person: Person): Post | undefined;
}

const NONE: readonly never[] = [];

export function buildStructure(posts: Post[], people: Person[] = []): Structure {
  const byId = new Map<string, Post>();
  const duplicates: Post[] = [];
  for (const p of posts) {
    if (byId.has(p.id)) duplicates.push(p);
    else {
      p.index = byId.size;
      byId.set(p.id, p);
    }
    p.children = null;
    p.head = null;
    p.opdName = p.opd || '';
    p.holders = null;
  }
  // Lists start as one-element literals: `[]` then push reserves 17 slots, for lists that mostly hold one or two.
  for (const p of byId.values()) {
    const parent = p.parentId === null ? undefined : byId.get(p.parentId);
    p.parent = parent ?? null;
    if (!parent) continue;
    if (parent.children) parent.children.push(p);
    else parent.children = [p];
  }
  resolveRoots(byId);
  for (const person of people) {
    const post = person.postId === null ? undefined : byId.get(person.postId);
    person.post = post ?? null;
    if (!post) continue;
    if (post.holders) post.holders.push(person);
    else post.holders = [person];
  }
  // A duplicate answers for its id, as the indexed post with that id does.
  for (const d of duplicates) {
    const first = byId.get(d.id)!;
    d.index = first.index;
    d.parent = d.parentId === null ? null : byId.get(d.parentId) ?? null;
    d.children = first.children;
    d.head = first.head;
    d.opdName = first.opdName;
    d.holders = first.holders;
  }
  return {
    posts, byId, duplicates, people,
    parentOf: (p) => p.parent ?? undefined,
    childrenOf: (p) => p.children ?? NONE,
    indexOf: (p) => p.index,
    rootOf: (p) => p.head,
    opdOf: (p) => p.opdName,
    holdersOf: (p) => p.holders ?? NONE,
    postOf: (person) => person.post ?? undefined,
  };
}

/**
 * The head of every post's chain, walking down from each head (parentId null) through the children: one step per
 * post. Posts not reached (a broken chain or a cycle) keep null and their own opd. The OPD name of a post is its own `opd` cell or, when
 * empty, its head's opd, unit or name.
 */
function resolveRoots(byId: Map<string, Post>): void {
  const stack: Post[] = [];
  for (const head of byId.values()) {
    if (head.parentId !== null) continue;
    const headOpd = head.opd || head.unit || head.name || '';
    stack.push(head);
    while (stack.length) {
      const p = stack.pop()!;
      p.head = head;
      p.opdName = p.opd || headOpd;
      const kids = p.children;
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
}
