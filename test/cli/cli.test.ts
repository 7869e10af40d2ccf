import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain, withoutProgress } from '../helpers/run-main.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'fixtures', 'kabupaten-contoh');
const ERRORS = join(ROOT, 'fixtures', 'errors');
const BIN = join(ROOT, 'bin', 'setara.js');

describe('validate on the sample regency', () => {
  it.each([
    ['posts.csv', 'people.csv'],
    ['posts.xlsx', 'people.xlsx'],
  ])('%s with %s exits 0; only the two deliberate koordinator warnings, and what was inferred', async (posts, people) => {
    const r = await runMain(['validate', posts, '--people', people, '--as-of', '2026-12-01', '--format', 'json'], { cwd: SAMPLE });
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout).findings as Array<{ ruleId: string; severity: string; postId?: string }>;
    // Info: the two koordinator JF titles name no jenjang (retirement age unknown), and one unit column names no unit
    // type, so its type is read from the title ("Inspektur Pembantu Wilayah I").
    expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual([
      'info person/bup-unknown', 'info person/bup-unknown', 'info post/unit-inferred', 'warning sk/koordinator-abolished', 'warning sk/koordinator-abolished',
    ]);
  });

  it('a clean structure prints the no-problem line on stderr and nothing on stdout', async () => {
    const r = await runMain(['validate', 'posts.csv', '--people', 'people.csv', '--as-of', '2026-12-01'], { cwd: join(ROOT, 'fixtures', 'clean-small') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Tidak ada masalah.\n');
  });

  it('--verbose prints the dialect and column mapping to stderr', async () => {
    const r = await runMain(['validate', 'unor.csv', '--verbose', '--format', 'json'], { cwd: join(ROOT, 'fixtures', 'ekspor-simpeg') });
    expect(r.stderr).toContain('pemisah ";" (sniffed)');
    expect(r.stderr).toContain('parent_id←DIATASAN_ID');
    expect(JSON.parse(r.stdout).version).toBe(1);
  });
});

describe('formats through the CLI', () => {
  const dir = join(ERRORS, 'parent-missing');
  it('sarif has the 2.1.0 required fields and a relative uri', async () => {
    const r = await runMain(['validate', 'posts.csv', '--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('setara');
    const res = sarif.runs[0].results[0];
    expect(res.ruleId).toBe('post/parent-missing');
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('posts.csv');
    expect(res.locations[0].physicalLocation.region.startLine).toBe(7);
    expect(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'post/parent-missing')).toBe(true);
    // No address that does not resolve: links only where the organisation says its rule docs are published.
    expect(sarif.runs[0].tool.driver.informationUri).toBeUndefined();
    const linked = JSON.parse((await runMain(['validate', 'posts.csv', '--format', 'sarif'], { cwd: dir, env: { SETARA_RULES_URL: 'https://docs.example.go.id/setara/rules.html' } })).stdout);
    expect(linked.runs[0].tool.driver.informationUri).toBe('https://docs.example.go.id/setara/rules.html');
    expect(linked.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'post/parent-missing').helpUri).toBe('https://docs.example.go.id/setara/rules.html#post-parent-missing');
  });

  it('github annotations name file and line; --lang en switches the language', async () => {
    const r = await runMain(['validate', 'posts.csv', '--format', 'github', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toMatch(/^::error file=posts\.csv,line=7,.*title=post\/parent-missing::parent 'D9' does not exist/m);
  });

  it('--output writes the report atomically and refuses to overwrite without --force', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'setara-')), 'r.json');
    const a = await runMain(['validate', 'posts.csv', '--format', 'json', '--output', out], { cwd: dir });
    expect(a.code).toBe(1);
    expect(a.stdout).toBe('');
    const b = await runMain(['validate', 'posts.csv', '--format', 'json', '--output', out], { cwd: dir });
    expect(b.code).toBe(2);
    const c = await runMain(['validate', 'posts.csv', '--format', 'json', '--output', 'posts.csv', '--force'], { cwd: dir });
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/menolak menimpa berkas masukan/);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['validate']],
    [['validate', 'posts.csv', '--format', 'xml']],
    [['validate', 'posts.csv', '--bogus']],
    [['nonsense']],
    [['validate', 'missing.csv']],
  ])('%j', async (argv) => {
    const r = await runMain(argv, { cwd: SAMPLE });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--as-of must be a real date: 2026-02-31 is refused, not read as 3 March', async () => {
    const r = await runMain(['validate', 'posts.csv', '--as-of', '2026-02-31', '--lang', 'en'], { cwd: SAMPLE });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^setara: .*'2026-02-31' is invalid\. expected a date YYYY-MM-DD\n$/);
    expect((await runMain(['validate', 'posts.csv', '--as-of', '2024-02-29', '--lang', 'en'], { cwd: SAMPLE })).code).toBe(0);
  });

  it.each(['base', 'common-decisions', 'sistem-kerja'])('--ruleset %s, a building block alone, is refused on one line', async (id) => {
    for (const command of [['validate', 'posts.csv', '--people', 'people.csv'], ['explain', 'posts.csv', 'x'], ['migrate', 'posts.csv', '--dry-run']]) {
      const r = await runMain([...command, '--ruleset', id, '--as-of', '2026-12-01', '--lang', 'en'], { cwd: SAMPLE });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `setara: ruleset '${id}' is only a building block: use kabupaten-kota, provinsi or pusat, or a region file extending one of them\n`]);
    }
  });

  it('speaks the user\'s language on one line', async () => {
    expect((await runMain(['validate', 'x', '--bogus'])).stderr).toBe("setara: opsi tidak dikenal '--bogus'\n");
    expect((await runMain(['validate', 'x', '--bogus', '--lang', 'en'])).stderr).toBe("setara: unknown option '--bogus'\n");
    expect((await runMain(['validate', 'x', '--fail-on', 'never'])).stderr).toBe(
      "setara: nilai tidak sah: '--fail-on <severity>' 'never' (pilihan: error, warning, info)\n",
    );
  });

  it('--help and --version exit 0', async () => {
    expect((await runMain(['--help'])).code).toBe(0);
    expect((await runMain(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('the built binary as a child process', () => {
  it('validates the sample: exit 0', () => {
    const r = spawnSync(process.execPath, [BIN, 'validate', 'posts.csv', '--people', 'people.csv', '--as-of', '2026-12-01'], { cwd: SAMPLE, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/sk\/koordinator-abolished/);
  });

  it('reports an error fixture with exit 1 and a malformed file with exit 2 and one line', () => {
    const one = spawnSync(process.execPath, [BIN, 'validate', 'posts.csv', '--format', 'json'], { cwd: join(ERRORS, 'cycle'), encoding: 'utf8' });
    expect(one.status).toBe(1);
    expect(JSON.parse(one.stdout).findings[0].ruleId).toBe('post/cycle');
    const two = spawnSync(process.execPath, [BIN, 'validate', 'posts.csv'], { cwd: join(ERRORS, 'unclosed-quote'), encoding: 'utf8' });
    expect(two.status).toBe(2);
    expect(two.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^setara: posts\.csv:5: /)]);
  });

  it('NO_COLOR gives no ANSI codes; FORCE_COLOR gives them', () => {
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [BIN, 'validate', 'posts.csv'], { cwd: join(ERRORS, 'cycle'), encoding: 'utf8', env }).stdout;
    expect(run({ NO_COLOR: '1', FORCE_COLOR: '1' })).not.toContain('\x1b[');
    expect(run({ FORCE_COLOR: '1' })).toContain('\x1b[');
  });
});

describe('progress on a terminal', () => {
  it('a long migrate shows reading, checking and deciding, and leaves only its findings by rule and summary line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-progress-'));
    expect((await runMain(['generate', '--posts', '52000', '--seed', '3', '--out', 'data'], { cwd: dir })).code).toBe(0);
    const r = await runMain(['migrate', 'data/posts.csv', '--people', 'data/people.csv', '--out', 'out', '--as-of', '2026-12-01', '--lang', 'en'], { cwd: dir, tty: true });
    expect(r.code).toBe(1); // generated data carries deliberate defects
    expect(r.stderr).toMatch(/^\r\x1b\[Kdata\/posts\.csv: 50,\d{3} rows read…/);
    expect(r.stderr.indexOf('\r\x1b[Kchecking…')).toBeGreaterThan(r.stderr.lastIndexOf('rows read…'));
    expect(r.stderr.indexOf('\r\x1b[Kdeciding…')).toBeGreaterThan(r.stderr.indexOf('checking…'));
    // The progress line is cleared, then the findings by rule (coloured on a terminal), then the summary line.
    const sgr = /\x1b\[\d+m/g;
    expect(r.stderr).toMatch(/…\r\x1b\[K {2,}\d+× \x1b\[31merror/);
    expect(withoutProgress(r.stderr).replace(sgr, '')).toMatch(/^( +\d+× (error|warning|info) +\S+ +data\/(posts|people)\.csv:\d+ +\S.*\n)+51\d{3} posts: .* → out\n$/);
    // Off a terminal, the same run shows no progress at all.
    const plain = await runMain(['migrate', 'data/posts.csv', '--people', 'data/people.csv', '--out', 'out', '--force', '--as-of', '2026-12-01', '--lang', 'en'], { cwd: dir });
    expect(plain.stderr).toBe(withoutProgress(r.stderr).replace(sgr, ''));
  }, 60_000);

  it('an error after progress was shown starts on a cleared line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-progress-'));
    expect((await runMain(['generate', '--posts', '52000', '--seed', '3', '--out', 'data'], { cwd: dir })).code).toBe(0);
    appendFileSync(join(dir, 'data', 'people.csv'), Buffer.from([0xff, 0x0a]));
    const r = await runMain(['validate', 'data/posts.csv', '--people', 'data/people.csv', '--lang', 'en'], { cwd: dir, tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rows read…');
    expect(r.stderr).toMatch(/\r\x1b\[Ksetara: data\/people\.csv:\d+: invalid UTF-8 byte sequence[^\n]*\n$/);
  });
});
