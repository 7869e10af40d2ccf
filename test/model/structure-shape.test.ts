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
