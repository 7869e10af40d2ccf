/**
 * `report --format html --split DIR` of more OPDs than index.html lists itself: the index pages are written beside the
 * OPD pages, every OPD page is linked from exactly one of them, every link resolves, and an index page already in the
 * folder is refused (without --force) before any file is written.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

let work: string;
let opdCount: number;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'setara-site-'));
  // About 30 posts per OPD: 16,000 posts make some 530 OPDs, two index pages.
  expect((await runMain(['generate', '--posts', '16000', '--seed', '3', '--out', 'data'], { cwd: work })).code).toBe(0);
  const m = await runMain(['migrate', 'data/posts.csv', '--people', 'data/people.csv', '--out', 'out', '--as-of', '2026-12-01'], { cwd: work });
  expect(m.code, m.stderr).toBeLessThan(2);
  opdCount = (JSON.parse(readFileSync(join(work, 'out', 'plan.json'), 'utf8')) as { opds: unknown[] }).opds.length;
}, 300_000);

describe('report --split of more than 500 OPDs', () => {
  it('writes the index pages, each OPD page linked from exactly one, every link resolving', async () => {
    expect(opdCount).toBeGreaterThan(500);
    expect(opdCount).toBeLessThanOrEqual(1000);
    const r = await runMain(['report', 'out', '--format', 'html', '--split', 'site'], { cwd: work });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const files = readdirSync(join(work, 'site'));
    const opdPages = files.filter((f) => !f.startsWith('index'));
    expect(opdPages).toHaveLength(opdCount);
    expect(files.filter((f) => f.startsWith('index')).sort()).toEqual(['index-0001.html', 'index-0002.html', 'index.html']);

    const read = (name: string) => readFileSync(join(work, 'site', name), 'utf8');
    const rows = (html: string) => [...html.matchAll(/<th scope="row"><a href="([^"]+)">/g)].map((m) => decodeURI(m[1]!));
    expect(rows(read('index.html'))).toEqual(['index-0001.html', 'index-0002.html']);
    const linked = [...rows(read('index-0001.html')), ...rows(read('index-0002.html'))];
    expect(rows(read('index-0001.html'))).toHaveLength(500);
    expect([...linked].sort()).toEqual([...opdPages].sort());
    for (const name of files) {
      for (const m of read(name).matchAll(/<a href="([^"#]+)">/g)) expect(files, `${name} → ${m[1]}`).toContain(decodeURI(m[1]!));
    }
    // An OPD page links back to the index page that lists it, not to index.html.
    const back = (name: string) => read(name).match(/<p class="meta"><a href="([^"]+)">←/)?.[1];
    for (const index of ['index-0001.html', 'index-0002.html']) {
      for (const page of rows(read(index))) expect(back(page), page).toBe(index);
    }
  }, 300_000);

  it('refuses an index page already in the folder before writing any file, and replaces it with --force', async () => {
    const site = join(work, 'refused');
    mkdirSync(site);
    writeFileSync(join(site, 'index-0002.html'), 'old');
    const r = await runMain(['report', 'out', '--format', 'html', '--split', 'refused'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/index-0002\.html sudah ada/);
    expect(readdirSync(site)).toEqual(['index-0002.html']);
    expect(readFileSync(join(site, 'index-0002.html'), 'utf8')).toBe('old');
    const forced = await runMain(['report', 'out', '--format', 'html', '--split', 'refused', '--force'], { cwd: work });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(site)).toHaveLength(opdCount + 3);
    expect(readFileSync(join(site, 'index-0002.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  }, 300_000);
});
