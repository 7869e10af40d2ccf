/**
 * A real signal to `setara migrate --force` (a child process on a generated 200,000-post dataset) while it writes over
 * a complete earlier output: at the first file, in the middle of mapping.csv, at the last files. After SIGINT or SIGTERM
 * the folder holds exactly the earlier set (its manifest verifies), no staging folder, no lock, and the last line says
 * so; after SIGKILL the earlier set is in place too, and the next run removes what the killed one left.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyOutputSet } from '../../src/io/output-set.js';
import { runMain } from '../helpers/run-main.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'setara.js');
const SET = ['posts.csv', 'mapping.csv', 'people.csv', 'teams.csv', 'findings.json', 'plan.json'];
const SET_TEXT = 'posts.csv, mapping.csv, people.csv, teams.csv, findings.json, plan.json';

let d: string;
let refHashes: Record<string, string>;

interface Child {
  pid: number;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: (s: NodeJS.Signals) => void;
}

function migrate(out: string, asOf: string): Child {
  const child = spawn(process.execPath, [BIN, 'migrate', 'in/posts.csv', '--people', 'in/people.csv', '--out', out, '--as-of', asOf, '--lang', 'en', '--force'], {
    cwd: d, stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH },
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { pid: child.pid!, stderr: () => stderr, exited, kill: (s) => child.kill(s) };
}

const hashes = (dir: string) => Object.fromEntries(SET.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

beforeAll(async () => {
  d = mkdtempSync(join(tmpdir(), 'setara-interrupt-'));
  expect((await runMain(['generate', '--posts', '200000', '--seed', '3', '--out', 'in'], { cwd: d })).code).toBe(0);
  const ref = migrate('ref', '2026-12-01');
  const done = await ref.exited;
  expect(done.code, ref.stderr()).toBeLessThan(2);
  refHashes = hashes(join(d, 'ref'));
}, 300_000);

afterAll(() => {
  if (d) rmSync(d, { recursive: true, force: true });
});

/** The files being written in the staging folder of `pid` under `out`: temp names like `.mapping.csv.<hex>.tmp`. */
function staged(out: string, pid: number): Array<{ name: string; size: number }> {
  try {
    const dir = join(out, `.setara-new-${pid}`);
    return readdirSync(dir).filter((f) => f.endsWith('.tmp')).map((f) => ({ name: f, size: statSync(join(dir, f)).size }));
  } catch {
    return [];
  }
}

const POINTS = {
  'the first file': (files: Array<{ name: string; size: number }>) => files.some((f) => f.name.startsWith('.posts.csv.')),
  'the middle of mapping.csv': (files: Array<{ name: string; size: number }>) => files.some((f) => f.name.startsWith('.mapping.csv.') && f.size > 8_000_000),
  'the last files': (files: Array<{ name: string; size: number }>) => files.some((f) => /^\.(findings|plan)\.json\./.test(f.name)),
} as const;

/**
 * Starts a run over a copy of the earlier output, waits for `point`, stops the child there (so that it cannot finish
 * while the signal is on its way), sends `signal` and lets it go on.
 */
async function interrupt(signal: NodeJS.Signals, point: keyof typeof POINTS): Promise<{ out: string; child: Child; exit: { code: number | null; signal: NodeJS.Signals | null } }> {
  const out = join(d, `out-${signal}-${point.replace(/\W+/g, '-')}`);
  cpSync(join(d, 'ref'), out, { recursive: true });
  writeFileSync(join(out, 'catatan.txt'), 'mine');
  const child = migrate(out, '2026-12-02');
  let finished = false;
  void child.exited.then(() => (finished = true));
  while (!finished && !POINTS[point](staged(out, child.pid))) await new Promise((r) => setTimeout(r, 3));
  expect(finished, `the run ended before ${point}: ${child.stderr()}`).toBe(false);
  child.kill('SIGSTOP');
  child.kill(signal);
  if (signal !== 'SIGKILL') child.kill('SIGCONT');
  return { out, child, exit: await child.exited };
}

describe('a signal while migrate writes over an earlier output', () => {
  it.each([
    ['SIGINT', 'the first file', 130],
    ['SIGTERM', 'the middle of mapping.csv', 143],
    ['SIGINT', 'the last files', 130],
    ['SIGTERM', 'the last files', 143],
  ] as const)('%s at %s: the earlier set, complete, and a line that says so', async (signal, point, code) => {
    const { out, child, exit } = await interrupt(signal, point);
    expect(exit.code, child.stderr()).toBe(code);
    expect(child.stderr()).toMatch(new RegExp(`\\nsetara: interrupted \\(${signal}\\); ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} still holds the earlier output, complete \\(${SET_TEXT.replace(/\./g, '\\.')}\\)\\n$`));
    expect(readdirSync(out).sort()).toEqual([...SET, 'catatan.txt'].sort());
    expect(hashes(out)).toEqual(refHashes);
    await verifyOutputSet(out, out, JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')).files, SET);
  }, 240_000);

  it.each(['the middle of mapping.csv', 'the last files'] as const)('SIGKILL at %s: the earlier set in place; the next run clears what was left', async (point) => {
    const { out, child, exit } = await interrupt('SIGKILL', point);
    expect(exit.signal).toBe('SIGKILL');
    expect(readdirSync(out).sort()).toEqual([...SET, '.setara-lock', `.setara-new-${child.pid}`, 'catatan.txt'].sort());
    expect(hashes(out)).toEqual(refHashes);
    await verifyOutputSet(out, out, JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')).files, SET);

    const next = migrate(out, '2026-12-03');
    expect((await next.exited).code, next.stderr()).toBeLessThan(2);
    expect(next.stderr()).toContain(`note: ${out}: leftovers of an interrupted run removed (.setara-new-${child.pid})\n`);
    expect(readdirSync(out).sort()).toEqual([...SET, 'catatan.txt'].sort());
    expect(existsSync(join(out, `.setara-new-${child.pid}`))).toBe(false);
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    expect(plan.asOf).toBe('2026-12-03');
    await verifyOutputSet(out, out, plan.files, SET);
  }, 300_000);
});
