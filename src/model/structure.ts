/** Indexes over the posts (by id, children, OPD heads) built in one pass; no copies of the posts. */
import type { Person, Post } from './types.js';

export interface Structure {
  posts: Post[];
  /** First post with each id (duplicates are reported and excluded from the index). */
  byId: Map<string, Post>;
  duplicates: Post[];
  children: Map<string, Post[]>;
  /** OPD name of every indexed post: its own `opd` cell or, when empty, the unit of its head post. */
  opdOf: Map<string, string>;
  /** The head post of every post's OPD chain (null when the chain breaks or cycles). */
  rootOf: Map<string, Post | null>;
  people: Person[];
  /** post id → people holding it. */
  holders: Map<string, Person[]>;
}

export function buildStructure(posts: Post[], people: Person[] = []): Structure {
  const byId = new Map<string, Post>();
  const duplicates: Post[] = [];
  for (const p of posts) {
    if (byId.has(p.id)) duplicates.push(p);
    else byId.set(p.id, p);
  }
  // Lists start as one-element literals: `[]` then push reserves 17 slots, for lists that mostly hold one or two.
  const children = new Map<string, Post[]>();
  for (const p of byId.values()) {
    if (p.parentId === null || !byId.has(p.parentId)) continue;
    const list = children.get(p.parentId);
    if (list) list.push(p);
    else children.set(p.parentId, [p]);
  }
  const { rootOf, opdOf } = resolveRoots(byId, children);
  const holders = new Map<string, Person[]>();
  for (const person of people) {
    if (person.postId === null) continue;
    const list = holders.get(person.postId);
    if (list) list.push(person);
    else holders.set(person.postId, [person]);
  }
  return { posts, byId, duplicates, children, opdOf, rootOf, people, holders };
}

/**
 * The head of every post's chain, walking down from each head (parentId null) through `children`: one step per post.
 * Posts not reached (a broken chain or a cycle) map to null. The OPD name of a post is its own `opd` cell or, when
 * empty, its head's opd, unit or name.
 */
function resolveRoots(byId: Map<string, Post>, children: Map<string, Post[]>): { rootOf: Map<string, Post | null>; opdOf: Map<string, string> } {
  const rootOf = new Map<string, Post | null>();
  const opdOf = new Map<string, string>();
  const stack: Post[] = [];
  let reached = 0;
  for (const head of byId.values()) {
    if (head.parentId !== null) continue;
    const headOpd = head.opd || head.unit || head.name || '';
    stack.push(head);
    while (stack.length) {
      const p = stack.pop()!;
      rootOf.set(p.id, head);
      opdOf.set(p.id, p.opd || headOpd);
      reached++;
      const kids = children.get(p.id);
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  if (reached < byId.size) {
    for (const p of byId.values()) {
      if (rootOf.has(p.id)) continue;
      rootOf.set(p.id, null);
      opdOf.set(p.id, p.opd || '');
    }
  }
  return { rootOf, opdOf };
}
