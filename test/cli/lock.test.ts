/**
 * One writer per output folder: a second migrate into a folder another one is writing fails at once (exit 2) naming
 * the holder, and the folder ends with one complete set; the lock of a process that is gone is taken over; the lock
 * of another host is left alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyOutputSet } from '../../src/io/output-set.js';
import { runMain } from '../helpers/run-main.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'setara.js');
const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
const SET = ['posts.csv', 'mapping.csv', 'people.csv', 'teams.csv', 'findings.json', 'plan.json'];

function sampleDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-lock-'));
  for (const f of ['posts.csv', 'people.csv']) copyFileSync(join(SAMPLE, f), join(d, f));
  return d;
}

const args = (asOf: string) => ['migrate', 'posts.csv', '--people', 'people.csv', '--out', 'out', '--as-of', asOf, '--lang', 'en', '--force'];

function child(d: string, asOf: string) {
  const c = spawn(process.execPath, [BIN, ...args(asOf)], { cwd: d, stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH } });
  let stderr = '';
  c.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise<number | null>((resolve) => c.on('close', (code) => resolve(code)));
  return { c, exited, stderr: () => stderr };
}

async function expectOneSet(out: string, asOf: string): Promise<void> {
  expect(readdirSync(out).sort()).toEqual([...SET].sort());
  const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
  expect(plan.asOf).toBe(asOf);
  await verifyOutputSet(out, 'out', plan.files, SET);
}

describe('the lock of an output folder', () => {
  it('two migrates into one folder: the second exits 2 naming the first; the folder holds the first one\'s set', async () => {
    const d = sampleDir();
    const first = child(d, '2026-12-01');
    let ended = false;
    void first.exited.then(() => (ended = true));
    const lock = join(d, 'out', '.setara-lock');
    // The lock is created, then its holder written: stopped in between, on a busy machine, it would read as unreadable.
    const held = () => {
      try {
        return readFileSync(lock, 'utf8').endsWith('\n');
      } catch {
        return false;
      }
    };
    while (!ended && !held()) await new Promise((r) => setTimeout(r, 2));
    expect(ended, first.stderr()).toBe(false);
    // Held still while the second one runs: the two overlap, however busy the machine.
    first.c.kill('SIGSTOP');
    const second = child(d, '2026-12-02');
    expect(await second.exited).toBe(2);
    expect(second.stderr()).toMatch(new RegExp(`^setara: out: the folder is being written by another setara run \\(pid ${first.c.pid} on ${hostname()}, started \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\); wait for it to finish\\n$`));
    first.c.kill('SIGCONT');
    expect(await first.exited, first.stderr()).toBeLessThan(2);
    await expectOneSet(join(d, 'out'), '2026-12-01');
  }, 120_000);

  it('a lock left by a process that is gone is taken over', async () => {
    const d = sampleDir();
    mkdirSync(join(d, 'out'));
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(d, 'out', '.setara-lock'), JSON.stringify({ pid: gone, host: hostname(), started: '2026-12-01T00:00:00.000Z' }));
    const r = await runMain(args('2026-12-01'), { cwd: d });
    expect(r.code, r.stderr).toBeLessThan(2);
    await expectOneSet(join(d, 'out'), '2026-12-01');
  }, 60_000);

  it('a lock of another host is not judged: exit 2, naming it and how to clear it; the lock and folder untouched', async () => {
    const d = sampleDir();
    mkdirSync(join(d, 'out'));
    const held = JSON.stringify({ pid: 4242, host: 'server-lain', started: '2026-12-01T00:00:00.000Z' });
    writeFileSync(join(d, 'out', '.setara-lock'), held);
    const r = await runMain(args('2026-12-01'), { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`setara: out: the folder is being written by another setara run (pid 4242 on server-lain, started 2026-12-01T00:00:00.000Z); wait for it to finish, or remove ${join(d, 'out', '.setara-lock')} if that process has stopped\n`);
    expect(readdirSync(join(d, 'out'))).toEqual(['.setara-lock']);
    expect(readFileSync(join(d, 'out', '.setara-lock'), 'utf8')).toBe(held);
  }, 60_000);
});
