/**
 * Queries along each post's chain of superiors (the nearest ancestor that is an official, a kept post, an entry of a
 * local list; the depth), answered for every post at once in one pass whatever the shape: a chain a million posts
 * deep costs what a million-post star costs. Walking each post's chain instead costs the sum of the depths, which is
 * quadratic on a deep chain.
 *
 * A post's ancestors are its parent, the parent's parent, and so on up to the OPD head, a missing parent, or, in a
 * cycle, the post before the chain comes back to one already listed.
 */
import type { Structure } from '../structure.js';
import type { Post } from '../types.js';
import { NONE } from './links.js';

/**
 * For every indexed post i, `own` folded over its ancestors nearest first: combine(own(a1), combine(own(a2), … empty)).
 * `combine` must be associative with `empty` as its identity; values are 32-bit integers.
 *
 * Posts a head reaches get their parent's value combined with the parent's own (parents before children). A chain no
 * head reaches is followed once, each post stored on the way back; a cycle's posts each see the rest of the cycle, in
 * order, folded from the cycle's suffix and prefix folds.
 */
export function foldAncestors(
  s: Structure, own: (p: Post, i: number) => number, combine: (near: number, far: number) => number, empty: number,
): Int32Array {
  const posts = s.indexed;
  const n = posts.length;
  const mine = new Int32Array(n);
  for (let i = 0; i < n; i++) mine[i] = own(posts[i]!, i);
  const out = new Int32Array(n);
  const done = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    if (posts[k]!.parentId !== null) continue;
    s.walkDown(k, (i) => {
      const parent = s.parentAt(i);
      out[i] = parent === NONE ? empty : combine(mine[parent]!, out[parent]!);
      done[i] = 1;
    });
  }
  const ON_PATH = 2;
  const path: number[] = [];
  for (let k = 0; k < n; k++) {
    if (done[k]) continue;
    let i = k;
    while (i !== NONE && done[i] === 0) {
      done[i] = ON_PATH;
      path.push(i);
      i = s.parentAt(i);
    }
    let end = path.length;
    if (i !== NONE && done[i] === ON_PATH) {
      end = path.lastIndexOf(i);
      foldCycle(path.slice(end), mine, out, combine, empty);
    }
    for (let j = end - 1; j >= 0; j--) {
      const x = path[j]!;
      const parent = s.parentAt(x);
      out[x] = parent === NONE ? empty : combine(mine[parent]!, out[parent]!);
    }
    for (const x of path) done[x] = 1;
    path.length = 0;
  }
  return out;
}

/** The cycle c0 → c1 → … → c(m-1) → c0: the ancestors of cj are c(j+1) … c(m-1), c0 … c(j-1). */
function foldCycle(cycle: number[], mine: Int32Array, out: Int32Array, combine: (near: number, far: number) => number, empty: number): void {
  const m = cycle.length;
  const suffix = new Int32Array(m + 1);
  suffix[m] = empty;
  for (let j = m - 1; j >= 0; j--) suffix[j] = combine(mine[cycle[j]!]!, suffix[j + 1]!);
  let prefix = empty;
  for (let j = 0; j < m; j++) {
    out[cycle[j]!] = combine(suffix[j + 1]!, prefix);
    prefix = combine(prefix, mine[cycle[j]!]!);
  }
}

const nearer = (near: number, far: number) => (near !== NONE ? near : far);

/** For every indexed post, the index of its nearest ancestor that passes `test`, or NONE. */
export function nearestAbove(s: Structure, test: (p: Post, i: number) => boolean): Int32Array {
  return foldAncestors(s, (p, i) => (test(p, i) ? i : NONE), nearer, NONE);
}

/** For every indexed post, how many ancestors it has (0 for an OPD head). */
export function depths(s: Structure): Int32Array {
  return foldAncestors(s, () => 1, (a, b) => a + b, 0);
}

/** The first `max` ancestors of a post, nearest first (for messages that show a chain; the whole chain by default). */
export function ancestors(s: Structure, p: Post, max = Infinity): Post[] {
  const out: Post[] = [];
  const seen = new Set<Post>([s.byId.get(p.id) ?? p]);
  for (let cur = s.parentOf(p); cur && out.length < max && !seen.has(cur); cur = s.parentOf(cur)) {
    seen.add(cur);
    out.push(cur);
  }
  return out;
}
