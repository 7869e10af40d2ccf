/** What migrate says on the terminal: the findings grouped by rule (as validate's stylish, one row per rule), then the summary. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ERRORS = join(ROOT, 'fixtures', 'errors');
const SAMPLE = join(ROOT, 'fixtures', 'kabupaten-contoh');
const DRY_ID = '(uji coba, tidak ada berkas ditulis)';

describe('migrate ends with the findings by rule, then the summary line', () => {
  it.each([
    ['cycle', 'id', [
      '  1× galat  post/cycle  posts.csv:3  rantai atasan membentuk siklus: C1 → C3 → C2 → C1',
      `4 jabatan: 0 disetarakan, 4 tetap, 0 telaah; 0 pegawai terdampak; temuan: 1 galat, 0 peringatan ${DRY_ID}`,
    ]],
    ['parent-missing', 'id', [
      "  1× galat  post/parent-missing  posts.csv:7  atasan 'D9' tidak ada di tabel jabatan",
      `6 jabatan: 1 disetarakan, 5 tetap, 0 telaah; 0 pegawai terdampak; temuan: 1 galat, 0 peringatan ${DRY_ID}`,
    ]],
    ['required-cell', 'en', [
      "  1× error  schema/required  posts.csv:2  column 'name' is required",
      '6 posts: 1 equalised, 5 kept, 0 review; 0 people affected; findings: 1 errors, 0 warnings (dry run, nothing written)',
    ]],
    ['multiple-holders', 'id', [
      `6 jabatan: 1 disetarakan, 5 tetap, 0 telaah; 0 pegawai terdampak; temuan: 0 galat, 0 peringatan ${DRY_ID}`,
    ]],
  ])('%s (--lang %s)', async (dir, lang, lines) => {
    const r = await runMain(['migrate', 'posts.csv', '--dry-run', '--as-of', '2026-12-01', '--lang', lang], { cwd: join(ERRORS, dir) });
    expect(r.code).toBe(lines.length > 1 ? 1 : 0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${lines.join('\n')}\n`);
  });

  it('the sample regency: one row per rule, most severe then most frequent, each with its first file:line; files written, stdout empty', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'setara-migrate-')), 'hasil');
    const r = await runMain(['migrate', 'posts.csv', '--people', 'people.csv', '--ruleset', 'rules.yaml', '--out', out, '--as-of', '2026-12-01', '--lang', 'en'], { cwd: SAMPLE });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out)).toContain('findings.json');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.match(/^ +(\d+)× (\w+) +(\S+) +(\S+:\d+)  /)?.slice(1).join(' ') ?? l.slice(0, 10))).toEqual([
      '9 warning jf/weak-match posts.csv:5',
      '7 warning person/near-bup people.csv:27',
      '4 warning person/education-below-minimum people.csv:226',
      '2 warning sk/koordinator-abolished posts.csv:427',
      '2 warning sk/koordinator-jf-unknown posts.csv:427',
      '92 info person/income-protection people.csv:5',
      '2 info person/bup-unknown people.csv:549',
      '1 info post/unit-inferred posts.csv:112',
      '600 posts:',
    ]);
    expect(lines.at(-1)).toMatch(/findings: 0 errors, 24 warnings → .*hasil$/);
  });
});

describe('colour on stderr only where stderr allows it', () => {
  const run = (env: NodeJS.ProcessEnv, tty: boolean, extra: string[] = []) =>
    runMain(['migrate', 'posts.csv', '--dry-run', '--as-of', '2026-12-01', ...extra], { cwd: join(ERRORS, 'cycle'), env, tty });
  it.each([
    ['a terminal', {}, true, [], true],
    ['a pipe', {}, false, [], false],
    ['a terminal with NO_COLOR', { NO_COLOR: '1' }, true, [], false],
    ['a terminal with --no-color', {}, true, ['--no-color'], false],
    ['a pipe with FORCE_COLOR', { FORCE_COLOR: '1' }, false, [], true],
  ] as const)('%s', async (_, env, tty, extra, coloured) => {
    const r = await run(env, tty, [...extra]);
    expect(r.code).toBe(1);
    const row = '1× \x1b[31mgalat\x1b[39m  post/cycle  \x1b[2mposts.csv:3\x1b[22m  rantai atasan';
    if (coloured) expect(r.stderr).toContain(row);
    else expect(r.stderr).not.toContain('\x1b[');
  });
});
