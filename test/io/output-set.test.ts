/**
 * migrate's outputs are one set: written into a staging folder, switched in only when complete, plan.json last with
 * each other file's size and SHA-256. A full disk leaves the earlier set as it was; what killed runs leave is cleared
 * (or, cut short during the switch, completed) by the next run; a reader refuses a folder that does not match.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openOutputSet, verifyOutputSet } from '../../src/io/output-set.js';
import { fsOps } from '../../src/io/write.js';
import { faultyWrites } from '../helpers/slow-writes.js';
import { runMain } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
const SET = ['posts.csv', 'mapping.csv', 'people.csv', 'teams.csv', 'findings.json', 'plan.json'];

const real = { ...fsOps };
afterEach(() => Object.assign(fsOps, real));

function sampleDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-set-'));
  for (const f of ['posts.csv', 'people.csv']) copyFileSync(join(SAMPLE, f), join(d, f));
  return d;
}

const migrate = (d: string, out: string, asOf: string, extra: string[] = []) =>
  runMain(['migrate', 'posts.csv', '--people', 'people.csv', '--out', out, '--as-of', asOf, '--lang', 'en', ...extra], { cwd: d });

const bytesOf = (dir: string, files = SET) => Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f))]));
const manifestOf = (dir: string) => (JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as { files: Array<{ file: string; bytes: number; sha256: string }> }).files;
const verify = (dir: string, reads: readonly string[] = SET) => verifyOutputSet(dir, 'out', manifestOf(dir), reads);

describe('an output set', { timeout: 60_000 }, () => {
  it('plan.json, written last, lists every other file with the size and SHA-256 of its bytes on disk', async () => {
    const d = sampleDir();
    expect((await migrate(d, 'out', '2026-12-01')).code).toBeLessThan(2);
    const out = join(d, 'out');
    expect(readdirSync(out).sort()).toEqual([...SET].sort());
    expect(manifestOf(out)).toEqual(SET.slice(0, -1).map((file) => {
      const data = readFileSync(join(out, file));
      return { file, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
    }));
    await expect(verify(out)).resolves.toBeTypeOf('function');
  });

  it('disk full in mapping.csv over an earlier set: exit 2, the earlier set byte for byte, a user file kept, nothing else', async () => {
    const d = sampleDir();
    expect((await migrate(d, 'out', '2026-12-01')).code).toBeLessThan(2);
    const out = join(d, 'out');
    writeFileSync(join(out, 'catatan.txt'), 'mine');
    const before = bytesOf(out);
    faultyWrites(real, { path: (p) => p.includes('mapping.csv'), failAfter: 20_000 });
    const r = await migrate(d, 'out', '2026-12-02', ['--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\nsetara: out\/mapping\.csv: no space left on device; out still holds the earlier output, complete \(posts\.csv, mapping\.csv, people\.csv, teams\.csv, findings\.json, plan\.json\)\n$/);
    expect(readdirSync(out).sort()).toEqual([...SET, 'catatan.txt'].sort());
    expect(bytesOf(out)).toEqual(before);
    expect(readFileSync(join(out, 'catatan.txt'), 'utf8')).toBe('mine');
  });

  it('disk full with no earlier output: exit 2, the folder holds only what it held', async () => {
    const d = sampleDir();
    mkdirSync(join(d, 'out'));
    writeFileSync(join(d, 'out', 'catatan.txt'), 'mine');
    faultyWrites(real, { path: (p) => p.includes('findings.json'), failAfter: 1_000 });
    const r = await migrate(d, 'out', '2026-12-01');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\nsetara: out\/findings\.json: no space left on device; nothing was written to out\n$/);
    expect(readdirSync(join(d, 'out'))).toEqual(['catatan.txt']);
  });

  it('a set without people.csv replaces one with it: the old people.csv goes, a user file stays, report reads the folder', async () => {
    const d = sampleDir();
    expect((await migrate(d, 'out', '2026-12-01')).code).toBeLessThan(2);
    writeFileSync(join(d, 'out', 'catatan.txt'), 'mine');
    const r = await runMain(['migrate', 'posts.csv', '--out', 'out', '--as-of', '2026-12-01', '--force'], { cwd: d });
    expect(r.code).toBeLessThan(2);
    expect(readdirSync(join(d, 'out')).sort()).toEqual(['catatan.txt', 'findings.json', 'mapping.csv', 'plan.json', 'posts.csv']);
    expect((await runMain(['report', 'out', '--format', 'md'], { cwd: d })).code).toBe(0);
  });
});

describe('what interrupted runs left', { timeout: 60_000 }, () => {
  it('a run killed during the switch: the next run completes it (the whole new set) and removes old temp files', async () => {
    const d = sampleDir();
    expect((await migrate(d, 'old', '2026-12-01')).code).toBeLessThan(2);
    expect((await migrate(d, 'new', '2026-12-02')).code).toBeLessThan(2);
    const out = join(d, 'out');
    cpSync(join(d, 'old'), out, { recursive: true });
    // The state a SIGKILL leaves after posts.csv and mapping.csv were renamed into place, the rest still staged.
    const staging = join(out, '.setara-new-4194000');
    mkdirSync(join(staging, '.old'), { recursive: true });
    for (const f of SET) copyFileSync(join(d, 'new', f), join(['posts.csv', 'mapping.csv'].includes(f) ? out : staging, f));
    writeFileSync(join(out, '.mapping.csv.0123456789ab.tmp'), 'partial');
    writeFileSync(join(out, 'catatan.txt'), 'mine');

    const set = openOutputSet('out', SET, { cwd: d, force: true, inputs: [] });
    expect(set.notes.map((n) => n.en)).toEqual(['out: an interrupted switch of outputs was completed, leftovers removed (.mapping.csv.0123456789ab.tmp, .setara-new-4194000)']);
    set.close();
    expect(readdirSync(out).sort()).toEqual([...SET, 'catatan.txt'].sort());
    expect(bytesOf(out)).toEqual(bytesOf(join(d, 'new')));
  });

  it('a run killed while writing: its staging folder goes, the set in place stays', async () => {
    const d = sampleDir();
    expect((await migrate(d, 'out', '2026-12-01')).code).toBeLessThan(2);
    const out = join(d, 'out');
    const before = bytesOf(out);
    mkdirSync(join(out, '.setara-new-4194001'));
    writeFileSync(join(out, '.setara-new-4194001', '.mapping.csv.0123456789ab.tmp'), 'partial');
    const set = openOutputSet('out', SET, { cwd: d, force: true, inputs: [] });
    expect(set.notes.map((n) => n.en)).toEqual(['out: leftovers of an interrupted run removed (.setara-new-4194001)']);
    set.close();
    expect(readdirSync(out).sort()).toEqual([...SET].sort());
    expect(bytesOf(out)).toEqual(before);
  });
});

describe('verifyOutputSet', { timeout: 60_000 }, () => {
  async function refusal(edit: (out: string, other: string) => void, reads: readonly string[] = SET): Promise<string> {
    const d = sampleDir();
    expect((await migrate(d, 'out', '2026-12-01')).code).toBeLessThan(2);
    expect((await migrate(d, 'other', '2026-12-02')).code).toBeLessThan(2);
    edit(join(d, 'out'), join(d, 'other'));
    const e = await verify(join(d, 'out'), reads).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    return `${(e as InputError).file}: ${(e as InputError).text.en}`;
  }

  it('refuses a file of another run, naming it', async () => {
    expect(await refusal((out, other) => copyFileSync(join(other, 'people.csv'), join(out, 'people.csv'))))
      .toBe('out/people.csv: does not match plan.json (size or content differs): a file of another run, or changed since; run setara migrate again');
  });

  it('refuses a file edited in place with its size kept', async () => {
    expect(await refusal((out) => {
      const data = readFileSync(join(out, 'teams.csv'));
      data[data.length - 3] = data[data.length - 3] === 0x41 ? 0x42 : 0x41;
      writeFileSync(join(out, 'teams.csv'), data);
    })).toMatch(/^out\/teams\.csv: does not match plan\.json/);
  });

  it('refuses a listed file that is missing', async () => {
    expect(await refusal((out) => rmSync(join(out, 'mapping.csv')))).toBe('out/mapping.csv: missing, but listed in plan.json; run setara migrate again');
  });

  it('refuses a file the reader reads that the list does not name (people.csv of another run beside a set without it)', async () => {
    const d = sampleDir();
    expect((await runMain(['migrate', 'posts.csv', '--out', 'out', '--as-of', '2026-12-01'], { cwd: d })).code).toBeLessThan(2);
    expect((await migrate(d, 'other', '2026-12-01')).code).toBeLessThan(2);
    copyFileSync(join(d, 'other', 'people.csv'), join(d, 'out', 'people.csv'));
    await expect(verify(join(d, 'out'))).rejects.toThrow(/^not listed in plan\.json: not part of this output/);
    const r = await runMain(['report', 'out', '--format', 'md', '--lang', 'en'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('setara: out/people.csv: not listed in plan.json: not part of this output (left by another run); remove it or run setara migrate again\n');
  });

  it('refuses a list that names a file outside the folder', async () => {
    expect(await refusal((out) => {
      const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
      plan.files[0].file = '../other/posts.csv';
      writeFileSync(join(out, 'plan.json'), JSON.stringify(plan));
    })).toBe('out/plan.json: plan.json has no valid list of files (files): written by an earlier setara or edited; run setara migrate again');
  });
});
