/**
 * buildStructure adds no field to the posts and people read (their links are the structure's arrays): a field added
 * later would move a million posts or people to another hidden class (and a slower, larger object).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../src/io/open-table.js';
import { readPeople } from '../../src/model/read-people.js';
import { readPosts } from '../../src/model/read-posts.js';
import { buildStructure } from '../../src/model/structure.js';

const shapes = (xs: readonly object[]) => new Set(xs.map((x) => Object.keys(x).join()));
const DIRS = ['kabupaten-contoh', 'errors/duplicate-id', 'errors/cycle', 'errors/parent-missing', 'errors/multiple-holders'];

describe('buildStructure keeps the shape of the posts and people read', () => {
  it.each(DIRS)('%s', async (name) => {
    const dir = `fixtures/${name}`;
    const report = () => {};
    const posts = (await readPosts(await openTable(`${dir}/posts.csv`, process.cwd()), {}, report)).items;
    const people = existsSync(`${dir}/people.csv`)
      ? (await readPeople(await openTable(`${dir}/people.csv`, process.cwd()), {}, report)).items
      : [];
    const before = [shapes(posts), shapes(people)];
    expect(before[0]!.size).toBe(1);
    expect(before[1]!.size).toBeLessThanOrEqual(1);
    buildStructure(posts, people);
    expect([shapes(posts), shapes(people)]).toEqual(before);
  });
});

describe('two structures over the same rows', () => {
  it('each answers by its own links: building one changes nothing the other says', async () => {
    const report = () => {};
    const dir = 'fixtures/kabupaten-contoh';
    const posts = (await readPosts(await openTable(`${dir}/posts.csv`, process.cwd()), {}, report)).items;
    const people = (await readPeople(await openTable(`${dir}/people.csv`, process.cwd()), {}, report)).items;
    const answers = (s: ReturnType<typeof buildStructure>) =>
      posts.map((p) => [s.parentOf(p)?.id ?? null, s.childrenOf(p).map((c) => c.id), s.holdersOf(p).map((h) => h.nip), s.opdOf(p) ?? null]);
    const whole = buildStructure(posts, people);
    const before = answers(whole);
    // The second: the posts of one OPD only, and no people.
    const opd = posts.find((p) => p.parentId === null && p.unit !== 'Sekretariat Daerah')!;
    const own = posts.filter((p) => whole.opdOf(p) === whole.opdOf(opd));
    const part = buildStructure(own, []);
    expect(answers(whole)).toEqual(before);
    expect(own.length).toBeGreaterThan(5);
    expect(own.length).toBeLessThan(posts.length);
    for (const p of own) {
      expect(part.parentOf(p)?.id ?? null, p.id).toBe(whole.parentOf(p)?.id ?? null);
      expect(part.childrenOf(p).map((c) => c.id)).toEqual(whole.childrenOf(p).map((c) => c.id));
      expect(part.holdersOf(p)).toEqual([]);
    }
    // A post outside the second structure is not in it, though the first still links it.
    const outside = posts.find((p) => !own.includes(p))!;
    expect(part.indexOf(outside)).toBeUndefined();
    expect(whole.indexOf(outside)).toBeDefined();
    expect(whole.holdersOf(own.find((p) => whole.holdersOf(p).length > 0)!).length).toBeGreaterThan(0);
  });
});
