/**
 * Inputs on the command line (issue 17), as a shell gives them: `-` for stdin, a process substitution `<(cmd)`,
 * /dev/stdin; devices, named pipes and oversized rule, config and decisions files end in one line and exit 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'setara.js');
const SAMPLE = join(ROOT, 'fixtures', 'kabupaten-contoh');
const dir = mkdtempSync(join(tmpdir(), 'setara-inputs-'));

/** A shell line with `setara` standing for the CLI, run in the sample's folder. */
function sh(line: string) {
  const r = spawnSync('bash', ['-c', line.replaceAll('setara ', `"${process.execPath}" "${BIN}" `)], { cwd: SAMPLE, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The findings of a `--format json` run, without the file they name (which orders them), sorted. */
const findings = (stdout: string) =>
  (JSON.parse(stdout) as { findings: Array<Record<string, unknown>> }).findings.map(({ file: _, ...f }) => JSON.stringify(f)).sort();

describe('tables from stdin and pipes', { timeout: 120_000 }, () => {
  const args = '--people people.csv --as-of 2026-12-01 --lang en --format json';
  const want = sh(`setara validate posts.csv ${args}`);

  it.each([
    ['-', `setara validate - ${args} < posts.csv`],
    ['- from a pipe', `cat posts.csv | setara validate - ${args}`],
    ['<(cat posts.csv)', `setara validate <(cat posts.csv) ${args}`],
    ['/dev/stdin', `cat posts.csv | setara validate /dev/stdin ${args}`],
    ['an XLSX on stdin', `cat posts.xlsx | setara validate - ${args}`],
  ])('%s reads as the file does', (_, line) => {
    const r = sh(line);
    expect(r.stderr).toBe('');
    expect([r.code, findings(r.stdout)]).toEqual([want.code, findings(want.stdout)]);
  });

  it('the findings name the input as given', () => {
    const r = sh(`setara validate - ${args} < posts.csv`);
    expect(new Set(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file))).toEqual(new Set(['-', 'people.csv']));
  });
});

describe('refused in one line', { timeout: 120_000 }, () => {
  const fifo = join(dir, 'fifo');
  spawnSync('mkfifo', [fifo]);
  const big = join(dir, 'big.yaml');
  writeFileSync(big, `version: 1\nruleset: "${'x'.repeat(11 * 1024 * 1024)}"\n`);
  const decisions = join(dir, 'decisions.csv');
  writeFileSync(decisions, `post_id,decision,jf,jenjang,note\n${'SETDA,keep,,,\n'.repeat(800_000)}`);
  const rows = join(dir, 'rows.yaml');
  writeFileSync(rows, 'version: 1\nlimits: { xlsx_rows: 3 }\n');

  it.each([
    ['--config /dev/zero', 'setara validate posts.csv --config /dev/zero --lang en', "setara: /dev/zero: not a regular file: a device; give a regular file\n"],
    ['--config FIFO', `setara validate posts.csv --config ${fifo} --lang en`, `setara: ${fifo}: not a regular file: a named pipe (FIFO); give a regular file\n`],
    ['a posts FIFO', `setara validate ${fifo} --lang en`, `setara: ${fifo}: not a regular file: a named pipe (FIFO); save it to a file, or pipe it to stdin as '-'\n`],
    ['a posts device', 'setara validate /dev/zero --lang en', "setara: /dev/zero: not a regular file: a device; save it to a file, or pipe it to stdin as '-'\n"],
    ['a config of 11 MB', `setara validate posts.csv --config ${big} --lang en`, `setara: ${big}: file too large (12 MB; limit 10 MB)\n`],
    // A ruleset is named relative to the working folder.
    ['a ruleset of 11 MB', `setara validate posts.csv --ruleset ${big} --lang en`, /^setara: (?:[./]*\/tmp\/|(?:\.\.\/)+)setara-inputs-\w+\/big\.yaml: file too large \(12 MB; limit 10 MB\)\n$/],
    ['decisions of 11 MB', `setara migrate posts.csv --decisions ${decisions} --out ${join(dir, 'out')} --lang en`, `setara: ${decisions}: file too large (11 MB; limit 10 MB)\n`],
    ['decisions on stdin', `setara migrate posts.csv --decisions - --out ${join(dir, 'out')} --lang en < ${decisions}`, 'setara: -: stdin cannot be used here; give a regular file\n'],
    // stdin is read once: the second table would read as an empty file.
    ['posts and people both on stdin', 'setara validate - --people - --lang en < posts.csv', 'setara: stdin can be read once, but it is given 2 times (-, -); save the other tables to files\n'],
    ['diff of stdin and /dev/stdin', 'setara diff - /dev/stdin --lang en < posts.csv', 'setara: stdin can be read once, but it is given 2 times (-, /dev/stdin); save the other tables to files\n'],
    ['an XLSX past limits.xlsx_rows', `setara validate posts.xlsx --config ${rows} --lang en`, 'setara: posts.xlsx:4: worksheet has more than 3 rows (limit limits.xlsx_rows in setara.config.yaml)\n'],
  ] as Array<[string, string, string | RegExp]>)('%s: exit 2', (_, line, stderr) => {
    const r = sh(line);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(stderr);
  });
});
