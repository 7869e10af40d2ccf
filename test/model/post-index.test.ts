/** PostIndex answers as a Map from id to the first post with that id does, whatever the ids. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostIndex } from '../../src/model/post-index.js';
import type { Post } from '../../src/model/types.js';

const post = (id: string): Post => ({
  id, parentId: null, name: '', kind: null, eselon: null, unit: '', opd: '', unitType: null, file: 'p.csv', line: 2, row: 1,
});

describe('PostIndex (property)', () => {
  it('adds the first post of each id, refuses the rest, and finds each by id as a Map does', () => {
    const idArb = fc.oneof(fc.constantFrom('A', 'A.1', '', '__proto__', 'constructor'), fc.string({ maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 300 }), fc.array(idArb, { maxLength: 30 }), (ids, probes) => {
        const posts = ids.map(post);
        const index = new PostIndex(posts);
        const map = new Map<string, Post>();
        posts.forEach((p, k) => {
          expect(index.add(k)).toBe(!map.has(p.id));
          if (!map.has(p.id)) map.set(p.id, p);
        });
        expect(index.size).toBe(map.size);
        for (const id of [...ids, ...probes]) {
          expect(index.get(id)).toBe(map.get(id));
          expect(index.has(id)).toBe(map.has(id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fills to its planned size and still finds every post (a table never more than half full, no resize)', () => {
    const posts = Array.from({ length: 50_000 }, (_, i) => post(`1101.DINKES.${i}`));
    const index = new PostIndex(posts);
    for (let k = 0; k < posts.length; k++) expect(index.add(k)).toBe(true);
    expect(index.size).toBe(50_000);
    for (let k = 0; k < posts.length; k += 997) expect(index.get(posts[k]!.id)).toBe(posts[k]);
    expect(index.get('1101.DINKES.50000')).toBeUndefined();
  });
});
