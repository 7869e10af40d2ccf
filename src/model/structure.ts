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
  const children = new Map<string, Post[]>();
  for (const p of byId.values()) {
    if (p.parentId === null || !byId.has(p.parentId)) continue;
    let list = children.get(p.parentId);
    if (!list) children.set(p.parentId, (list = []));
    list.push(p);
  }
  const rootOf = resolveRoots(byId);
  const opdOf = new Map<string, string>();
  for (const p of byId.values()) {
    const root = rootOf.get(p.id);
    opdOf.set(p.id, p.opd || root?.opd || root?.unit || root?.name || '');
  }
  const holders = new Map<string, Person[]>();
  for (const person of people) {
    if (person.postId === null) continue;
    let list = holders.get(person.postId);
    if (!list) holders.set(person.postId, (list = []));
    list.push(person);
  }
  return { posts, byId, duplicates, children, opdOf, rootOf, people, holders };
}

/** Walks each parent chain once, memoising, so the whole pass is linear. Cycles and broken chains map to null. */
function resolveRoots(byId: Map<string, Post>): Map<string, Post | null> {
  const rootOf = new Map<string, Post | null>();
  const path: Post[] = [];
  const onPath = new Set<string>();
  for (const start of byId.values()) {
    if (rootOf.has(start.id)) continue;
    let cur: Post | undefined = start;
    let result: Post | null = null;
    while (cur) {
      const known = rootOf.get(cur.id);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (onPath.has(cur.id)) {
        result = null; // cycle
        break;
      }
      path.push(cur);
      onPath.add(cur.id);
      if (cur.parentId === null) {
        result = cur;
        break;
      }
      const next = byId.get(cur.parentId);
      if (!next) {
        result = null; // broken chain: reported as parent-missing
        break;
      }
      cur = next;
    }
    for (const p of path) rootOf.set(p.id, result);
    path.length = 0;
    onPath.clear();
  }
  return rootOf;
}
