/**
 * buildStructure against a naive reference on random tables in any order: parents, children and holders in input
 * order, duplicates, missing parents, cycles, people in any order. The fast paths (the chain just read, the previous
 * person's post) and the linked lists of children and holders must give what plain Map lookups and filters give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStructure, NONE, type Structure } from '../../src/model/structure.js';
import type { Person, Post } from '../../src/model/types.js';

const post = (id: string, parentId: string | null, line: number): Post => ({
  id, parentId, name: `Jabatan ${id}`, kind: 'pelaksana', eselon: null, unit: '', opd: '', unitType: null,
  file: 'p.csv', line, row: line - 1,
});
const person = (nip: string, postId: string | null, line: number): Person => ({
  nip, name: `Pegawai ${nip}`, postId, golongan: null, education: null, birthDate: null, status: null, role: null,
  file: 'o.csv', line, row: line - 1,
});

/** Ids drawn from a small set (so duplicates and shared parents occur); parents may be missing, later, or cyclic. */
const randomArb = fc.array(fc.record({ id: fc.nat(40), parent: fc.option(fc.nat(45), { nil: null }) }), { minLength: 1, maxLength: 60 });

/** Mostly depth first, as exports are: each post's parent is one of the few posts just before it (or none). */
const depthFirstArb = fc.array(fc.record({ id: fc.nat(40), back: fc.nat(5) }), { minLength: 1, maxLength: 60 }).map((rows) =>
  rows.map((r, i) => ({ id: r.id, parent: r.back === 0 || i === 0 ? null : rows[Math.max(0, i - r.back)]!.id })),
);

const tableArb = fc.record({
  posts: fc.oneof(randomArb, depthFirstArb),
  people: fc.array(fc.record({ post: fc.option(fc.nat(45), { nil: null }), nip: fc.nat(30) }), { maxLength: 80 }),
});

/** A linked list of positions, as the hot loops walk it. */
function walk(first: number, next: (k: number) => number): number[] {
  const out: number[] = [];
  for (let k = first; k !== NONE; k = next(k)) out.push(k);
  return out;
}

const positions = (s: Structure, posts: readonly Post[]) => posts.map((p) => s.indexOf(p));

/** The shared empty answer of childrenOf and holdersOf. */
const EMPTY = buildStructure([]).childrenOf(post('x', null, 2));

describe('buildStructure (property)', () => {
  it('links posts and people as plain Map lookups do', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const posts = t.posts.map((p, i) => post(`P${p.id}`, p.parent === null ? null : `P${p.parent}`, i + 2));
        const people = t.people.map((p, i) => person(String(p.nip), p.post === null ? null : `P${p.post}`, i + 2));
        // As read: buildStructure swaps these texts for the equal ids of the posts found.
        const parentIds = posts.map((p) => p.parentId);
        const postIds = people.map((x) => x.postId);
        // A structure built earlier over the same objects, in another order, must leave no link behind.
        buildStructure([...posts].reverse(), [...people].reverse());
        const s = buildStructure(posts, people);

        const first = new Map<string, Post>();
        for (const p of posts) if (!first.has(p.id)) first.set(p.id, p);
        expect(s.indexed).toEqual([...first.values()]);
        expect(s.byId.size).toBe(first.size);
        for (const [id, p] of first) expect(s.byId.get(id)).toBe(p);
        expect(s.byId.get('P-none')).toBeUndefined();
        expect(s.duplicates).toEqual(posts.filter((p) => first.get(p.id) !== p));
        posts.forEach((p, i) => {
          const indexed = first.get(p.id)!;
          const parentId = parentIds[i]!;
          expect(s.parentOf(p)).toBe(parentId === null ? undefined : first.get(parentId));
          expect(p.parentId).toBe(parentId);
          // Duplicates are nobody's children; a duplicate has the children and holders of the first post with its id.
          const children = [...first.values()].filter((c) => parentIds[posts.indexOf(c)] === p.id);
          const holders = people.filter((_, j) => postIds[j] === p.id);
          expect(s.childrenOf(p)).toEqual(children);
          expect(s.holdersOf(p)).toEqual(holders);
          if (!children.length) expect(s.childrenOf(p)).toBe(EMPTY);
          if (!holders.length) expect(s.holdersOf(p)).toBe(EMPTY);
          // The links by index, as the hot loops read them: a post that is nobody's child has no next sibling, and a
          // stale link from the earlier build would show here.
          const at = s.indexOf(p)!;
          expect(at).toBe([...first.values()].indexOf(indexed));
          expect(walk(s.firstChildAt(at), (c) => s.nextSiblingAt(c))).toEqual(positions(s, children));
          if (indexed.parentId === null || !first.has(indexed.parentId)) expect(s.nextSiblingAt(at)).toBe(NONE);
          expect(walk(s.firstHolderAt(at), (k) => s.nextHolderAt(k))).toEqual(holders.map((h) => people.indexOf(h)));
          expect(s.parentAt(at)).toBe(indexed.parentId !== null && first.has(indexed.parentId) ? s.indexOf(first.get(indexed.parentId)!) : NONE);
          // The head: walk up with a seen set; a broken or cyclic chain has none.
          const seen = new Set<Post>();
          let cur: Post | undefined = indexed;
          while (cur && cur.parentId !== null && !seen.has(cur)) {
            seen.add(cur);
            cur = first.get(cur.parentId);
          }
          const root = cur && cur.parentId === null ? cur : null;
          expect(s.rootOf(p)).toBe(root);
          expect(s.headAt(at)).toBe(root ? s.indexOf(root) : NONE);
          // No opd, unit or unit title here: the OPD is the head's title, or '' without a head.
          expect(s.opdOf(p)).toBe(root ? root.name : '');
          expect(s.opdAt(at)).toBe(root ? root.name : '');
        });
        people.forEach((x, j) => {
          const held = postIds[j] === null ? undefined : first.get(postIds[j]!);
          expect(s.postOf(x)).toBe(held);
          expect(s.personPostAt(j)).toBe(held ? s.indexOf(held) : NONE);
          if (!held) expect(s.nextHolderAt(j)).toBe(NONE);
          // People by NIP: the first row of each NIP, the later ones marked as repeats.
          const firstRow = people.findIndex((y) => y.nip === x.nip);
          expect(s.personWithNip(x.nip)).toBe(firstRow);
          expect(s.repeatsNip(j)).toBe(firstRow !== j);
        });
        expect(s.personWithNip('no-such-nip')).toBe(NONE);
        // An outside post (not one of these objects) is in no structure, whatever its id.
        const stranger = post(posts[0]!.id, null, 99);
        expect([s.indexOf(stranger), s.parentOf(stranger), s.rootOf(stranger), s.opdOf(stranger)]).toEqual([undefined, undefined, undefined, undefined]);
        expect(s.childrenOf(stranger)).toBe(EMPTY);
      }),
      { numRuns: 300 },
    );
  });

  it('a depth-first table with a chain deeper than the remembered path still finds every parent', () => {
    const posts = [post('R', null, 2)];
    for (let i = 1; i <= 40; i++) posts.push(post(`C${i}`, i === 1 ? 'R' : `C${i - 1}`, i + 2));
    posts.push(post('late', 'C3', 43), post('R2', null, 44), post('x', 'C20', 45));
    const s = buildStructure(posts);
    expect(s.parentOf(posts.at(-1)!)).toBe(posts[20]);
    expect(s.parentOf(posts[41]!)).toBe(posts[3]);
    expect(s.childrenOf(posts[3]!).map((p) => p.id)).toEqual(['C4', 'late']);
    expect(s.rootOf(posts.at(-1)!)).toBe(posts[0]);
  });

  it('answers with one frozen empty array for a post without children or holders', () => {
    expect(EMPTY).toEqual([]);
    expect(Object.isFrozen(EMPTY)).toBe(true);
    const s = buildStructure([post('A', null, 2)]);
    expect(s.holdersOf(s.posts[0]!)).toBe(EMPTY);
  });
});
