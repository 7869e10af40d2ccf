/**
 * The files `migrate --out` writes are the list of migrate/output-files.ts: people.csv only with --people, teams.csv
 * with --people or --teams, plan.json last (its manifest lists the others in the order written).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputNames } from '../../src/migrate/output-files.js';
import { runMain } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');

describe('migrate writes the files of the output list', () => {
  it.each([
    [[], ['posts.csv', 'mapping.csv', 'findings.json', 'plan.json']],
    [['--people', 'people.csv'], ['posts.csv', 'mapping.csv', 'people.csv', 'teams.csv', 'findings.json', 'plan.json']],
    [['--teams', 'teams.csv'], ['posts.csv', 'mapping.csv', 'teams.csv', 'findings.json', 'plan.json']],
    [['--people', 'people.csv', '--teams', 'teams.csv'], ['posts.csv', 'mapping.csv', 'people.csv', 'teams.csv', 'findings.json', 'plan.json']],
  ])('%j: %j', async (given, files) => {
    const out = join(mkdtempSync(join(tmpdir(), 'setara-outputs-')), 'hasil');
    const r = await runMain(['migrate', 'posts.csv', ...given, '--ruleset', 'rules.yaml', '--as-of', '2026-12-01', '--out', out], { cwd: SAMPLE });
    expect(r.code, r.stderr).toBeLessThan(2);
    expect(outputNames({ people: given.includes('--people'), teams: given.includes('--teams') })).toEqual(files);
    expect(readdirSync(out).sort()).toEqual([...files].sort());
    const manifest = (JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as { files: Array<{ file: string }> }).files;
    expect(manifest.map((e) => e.file)).toEqual(files.slice(0, -1));
  }, 60_000);
});
