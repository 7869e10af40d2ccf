/**
 * Outputs are regular files only: a symlink (dangling or not), a device or a FIFO where an output goes is refused
 * whatever the flags and left as it was (exit 2); no output replaces a file the run read (rule files, config);
 * a pseudo file system fails fast; `report` and `validate --stage after` refuse a folder holding another run's file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');

let base: string;

/** A working folder with the sample tables and rules, and a complete migrate output in `out`. */
function work(): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-paths-'));
  for (const f of ['posts.csv', 'people.csv', 'rules.yaml']) copyFileSync(join(SAMPLE, f), join(d, f));
  mkdirSync(join(d, 'out'));
  for (const f of readdirSync(base)) copyFileSync(join(base, f), join(d, 'out', f));
  return d;
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'setara-paths-base-'));
  const r = await runMain(['migrate', 'posts.csv', '--people', 'people.csv', '--out', base, '--as-of', '2026-12-01'], { cwd: SAMPLE });
  expect(r.code, r.stderr).toBeLessThan(2);
}, 60_000);

const en = (argv: string[], cwd: string) => runMain([...argv, '--lang', 'en'], { cwd });
const kind = (p: string) => {
  const st = lstatSync(p);
  return st.isSymbolicLink() ? 'link' : st.isFIFO() ? 'fifo' : st.isCharacterDevice() ? 'device' : st.isFile() ? 'file' : 'other';
};

describe('report --output that is not a regular file', { timeout: 60_000 }, () => {
  it('a symlink to a file: exit 2 with --force, the link and its target unchanged', async () => {
    const d = work();
    writeFileSync(join(d, 'target.html'), 'keep');
    symlinkSync('target.html', join(d, 'link.html'));
    const r = await en(['report', 'out', '--output', 'link.html', '--force'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('setara: link.html: the path is a symbolic link; setara writes regular files only (choose another path)\n');
    expect(readlinkSync(join(d, 'link.html'))).toBe('target.html');
    expect(readFileSync(join(d, 'target.html'), 'utf8')).toBe('keep');
  });

  it('/dev/stdout (a link to the pipe or terminal): exit 2, pointing to --output -', async () => {
    const r = await en(['report', 'out', '--format', 'html', '--output', '/dev/stdout', '--force'], work());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('setara: /dev/stdout: the path is a symbolic link; setara writes regular files only (choose another path, or --output - for stdout)\n');
    expect(kind('/dev/stdout')).toBe('link');
  });

  it('a FIFO and a device node: exit 2 with --force, each still what it was', async () => {
    const d = work();
    expect(spawnSync('mkfifo', [join(d, 'pipe.md')]).status).toBe(0);
    expect(spawnSync('mknod', [join(d, 'null.md'), 'c', '1', '3']).status, 'mknod needs root, as in CI').toBe(0);
    for (const [name, what, was] of [['pipe.md', 'a FIFO (named pipe)', 'fifo'], ['null.md', 'a device', 'device']] as const) {
      const r = await en(['report', 'out', '--output', name, '--force'], d);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`setara: ${name}: the path is ${what}; setara writes regular files only (choose another path)\n`);
      expect(kind(join(d, name))).toBe(was);
    }
  });

  it('/dev/null without --force: exit 2, untouched', async () => {
    const r = await en(['report', 'out', '--output', '/dev/null', '--format', 'md'], work());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('setara: /dev/null: the path is a device; setara writes regular files only (choose another path, or --output - for stdout)\n');
    expect(kind('/dev/null')).toBe('device');
  });
});

describe('migrate into a folder with a link or FIFO where an output goes', { timeout: 60_000 }, () => {
  it('a dangling symlink at mapping.csv, without --force: exit 2, the link kept, nothing written', async () => {
    const d = work();
    mkdirSync(join(d, 'fresh'));
    symlinkSync('nowhere', join(d, 'fresh', 'mapping.csv'));
    const r = await en(['migrate', 'posts.csv', '--out', 'fresh'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('setara: fresh/mapping.csv: the path is a symbolic link; setara writes regular files only (choose another path)\n');
    expect(readdirSync(join(d, 'fresh'))).toEqual(['mapping.csv']);
    expect(readlinkSync(join(d, 'fresh', 'mapping.csv'))).toBe('nowhere');
  });

  it('a FIFO at teams.csv, with --force: exit 2, still a FIFO, the earlier set unchanged', async () => {
    const d = work();
    const before = Object.fromEntries(readdirSync(join(d, 'out')).map((f) => [f, readFileSync(join(d, 'out', f))]));
    const teams = join(d, 'out', 'teams.csv');
    rmSync(teams);
    expect(spawnSync('mkfifo', [teams]).status).toBe(0);
    const r = await en(['migrate', 'posts.csv', '--people', 'people.csv', '--out', 'out', '--force'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('setara: out/teams.csv: the path is a FIFO (named pipe); setara writes regular files only (choose another path)\n');
    expect(kind(teams)).toBe('fifo');
    expect(readdirSync(join(d, 'out')).sort()).toEqual(Object.keys(before).sort());
    for (const [f, data] of Object.entries(before)) if (f !== 'teams.csv') expect(readFileSync(join(d, 'out', f)).equals(data), f).toBe(true);
  });

  it('an --out on a pseudo file system fails before any work', async () => {
    const r = await en(['migrate', 'posts.csv', '--out', '/proc/self/setara-out'], work());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('setara: /proc/self/setara-out: the path is on a pseudo file system (such as /proc, /sys); choose an ordinary folder\n');
  });
});

describe('no output replaces a file the run read', { timeout: 60_000 }, () => {
  it('validate --output onto the --ruleset file, a hard link to it, or the --config file: exit 2 even with --force, unchanged', async () => {
    const d = work();
    writeFileSync(join(d, 'setara.config.yaml'), 'version: 1\n');
    linkSync(join(d, 'rules.yaml'), join(d, 'rules-link.json'));
    const rules = readFileSync(join(d, 'rules.yaml'));
    for (const [output, extra] of [['rules.yaml', []], ['rules-link.json', []], ['setara.config.yaml', ['--config', 'setara.config.yaml']]] as const) {
      const r = await en(['validate', 'posts.csv', '--ruleset', 'rules.yaml', ...extra, '--format', 'json', '--output', output, '--force'], d);
      expect(r.code, output).toBe(2);
      expect(r.stderr).toBe(`setara: ${output}: refusing to overwrite input file ${output}\n`);
    }
    expect(readFileSync(join(d, 'rules.yaml')).equals(rules)).toBe(true);
    expect(readFileSync(join(d, 'setara.config.yaml'), 'utf8')).toBe('version: 1\n');
  });

  it('migrate with the --ruleset file inside --out: exit 2 with --force, the rule file unchanged', async () => {
    const d = work();
    copyFileSync(join(d, 'rules.yaml'), join(d, 'out', 'plan.json'));
    const rules = readFileSync(join(d, 'out', 'plan.json'));
    const r = await en(['migrate', 'posts.csv', '--ruleset', 'out/plan.json', '--out', 'out', '--force'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('setara: out/plan.json: refusing to overwrite input file out/plan.json\n');
    expect(readFileSync(join(d, 'out', 'plan.json')).equals(rules)).toBe(true);
  });
});

describe('a folder holding a file of another run', { timeout: 60_000 }, () => {
  it('report and validate --stage after: exit 2 naming the file', async () => {
    const d = work();
    const other = await runMain(['migrate', 'posts.csv', '--people', 'people.csv', '--out', 'other', '--as-of', '2027-06-01'], { cwd: d });
    expect(other.code).toBeLessThan(2);
    copyFileSync(join(d, 'other', 'people.csv'), join(d, 'out', 'people.csv'));
    const said = 'setara: out/people.csv: does not match plan.json (size or content differs): a file of another run, or changed since; run setara migrate again\n';
    const report = await en(['report', 'out', '--format', 'md'], d);
    expect(report.code).toBe(2);
    expect(report.stderr).toBe(said);
    expect(report.stdout).toBe('');
    const validate = await en(['validate', 'out/posts.csv', '--stage', 'after'], d);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe(said);
  });
});
