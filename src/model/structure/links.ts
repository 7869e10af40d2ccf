/**
 * The links of a structure, built in one pass over the posts and one over the people: each indexed post's parent,
 * children, OPD head and holders, and each person's post, as positions in typed arrays (NONE for none). At a million
 * posts a lookup by id is a cache miss (~1 µs) and loading did about ten per row; these arrays are read instead.
 * Children and holders are linked lists (first, next), not an array per post: at a million posts those arrays took
 * some 90 MB.
 */
import type { Person, Post } from '../types.js';
import { IdTable } from './id-table.js';

/** No such post or person: a link that is not there. */
export const NONE = -1;

export interface Links {
  /** The indexed posts by id: positions in `indexed`. */
  byId: IdTable<Post>;
  /** The first post with each id, in input order. */
  indexed: readonly Post[];
  /** The posts whose id an earlier post has, in input order. */
  duplicates: readonly Post[];
  /** Per indexed post: its parent, first child, next sibling, OPD head (NONE when the chain breaks or cycles). */
  parent: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  head: Int32Array;
  /** Per indexed post, the first person holding it (a position in the people). */
  firstHolder: Int32Array;
  /** Per person: the post they hold, and the next person holding it. */
  personPost: Int32Array;
  nextHolder: Int32Array;
}

const idOf = (p: Post) => p.id;

/** The links of `posts` and `people`. Found parent and post ids are replaced by the equal text of the post's own id. */
export function link(posts: readonly Post[], people: readonly Person[]): Links {
  const table = new IdTable(posts, idOf);
  const duplicates: Post[] = [];
  // Without duplicates (the usual case) the indexed posts are the posts: no second million-entry list. With them, a
  // list allocated at the posts' length and cut to the indexed count (no growing copies), and a table over it.
  let copy: Post[] | null = null;
  let n = 0;
  for (let k = 0; k < posts.length; k++) {
    const p = posts[k]!;
    if (!table.add(k)) {
      if (!copy) {
        copy = new Array<Post>(posts.length);
        for (let j = 0; j < k; j++) copy[j] = posts[j]!;
      }
      duplicates.push(p);
    } else {
      if (copy) copy[n] = p;
      n++;
    }
  }
  if (copy) copy.length = n;
  const indexed = copy ?? posts;
  const byId = copy ? IdTable.of(indexed, idOf) : table;

  const parent = new Int32Array(n);
  const path: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = indexed[i]!;
    let up = NONE;
    if (p.parentId === null) path.length = 0;
    else if ((up = onPath(indexed, path, p.parentId)) === NONE && (up = byId.indexOf(p.parentId)) !== NONE) path.push(up);
    path.push(i);
    parent[i] = up;
    // The same text as the parent's id: one string kept instead of two (a million posts, a million people).
    if (up !== NONE) p.parentId = indexed[up]!.id;
  }
  // Linked from the last to the first, each in front: the lists keep input order with no tail kept per post.
  const firstChild = new Int32Array(n).fill(NONE);
  const nextSibling = new Int32Array(n).fill(NONE);
  for (let i = n - 1; i >= 0; i--) {
    const up = parent[i]!;
    if (up === NONE) continue;
    nextSibling[i] = firstChild[up]!;
    firstChild[up] = i;
  }
  const head = new Int32Array(n).fill(NONE);
  for (let i = 0; i < n; i++) if (indexed[i]!.parentId === null) walkDown(parent, firstChild, nextSibling, i, (j) => (head[j] = i));

  const m = people.length;
  const personPost = new Int32Array(m);
  let last = NONE;
  for (let k = 0; k < m; k++) {
    const person = people[k]!;
    const id = person.postId;
    let i = NONE;
    // People are mostly listed in the order of their posts: the previous person's post and the one after it first,
    // the table (a cache miss at a million keys) after.
    if (id !== null) {
      i = last !== NONE && indexed[last]!.id === id ? last : last + 1 < n && indexed[last + 1]!.id === id ? last + 1 : byId.indexOf(id);
      if (i !== NONE) {
        last = i;
        person.postId = indexed[i]!.id;
      }
    }
    personPost[k] = i;
  }
  const firstHolder = new Int32Array(n).fill(NONE);
  const nextHolder = new Int32Array(m).fill(NONE);
  for (let k = m - 1; k >= 0; k--) {
    const i = personPost[k]!;
    if (i === NONE) continue;
    nextHolder[k] = firstHolder[i]!;
    firstHolder[i] = k;
  }
  return { byId, indexed, duplicates, parent, firstChild, nextSibling, head, firstHolder, personPost, nextHolder };
}

/**
 * Visits `top` and every post under it, parents before children: depth first along the child lists and back up
 * through the parents, one step per post and no stack, so a chain of any depth is walked in linear time.
 */
export function walkDown(
  parent: Int32Array, firstChild: Int32Array, nextSibling: Int32Array, top: number, visit: (i: number) => void,
): void {
  let i = top;
  for (;;) {
    visit(i);
    if (firstChild[i] !== NONE) {
      i = firstChild[i]!;
      continue;
    }
    while (i !== top && nextSibling[i] === NONE) i = parent[i]!;
    if (i === top) return;
    i = nextSibling[i]!;
  }
}

/**
 * The post with `id` among the chain just read (positions, nearest first), dropping the posts after it. Exports list
 * a post's superiors before it (depth first), so a parent is usually here and the table, a cache miss at a million
 * keys, is asked only when it is not. On a miss the chain starts anew.
 */
function onPath(indexed: readonly Post[], path: number[], id: string): number {
  for (let k = path.length - 1; k >= 0 && k >= path.length - PATH_MAX; k--) {
    if (indexed[path[k]!]!.id === id) {
      path.length = k + 1;
      return path[k]!;
    }
  }
  path.length = 0;
  return NONE;
}

const PATH_MAX = 16;
