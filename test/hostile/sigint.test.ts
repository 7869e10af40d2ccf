/**
 * SIGINT while `setara migrate` writes its outputs (a child process on a generated national-size input): the temp
 * file is removed, and each output is either complete or absent.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'setara.js');
const OUTPUTS = ['posts.csv', 'mapping.csv', 'people.csv', 'teams.csv', 'plan.json', 'findings.json'];

describe('SIGINT during migrate', () => {
  it('removes the temp file; every output is complete or absent', async () => {
    const d = mkdtempSync(join(tmpdir(), 'setara-sigint-'));
    expect((await runMain(['generate', '--posts', '60000', '--seed', '3', '--out', 'in'], { cwd: d })).code).toBe(0);
    const meta = JSON.parse(readFileSync(join(d, 'in', 'defects.json'), 'utf8')) as { posts: number; people: number; defects: Array<{ kind: string }> };
    const uniquePosts = meta.posts - meta.defects.filter((x) => x.kind === 'duplicate-id').length;

    const child = spawn(process.execPath, [BIN, 'migrate', 'in/posts.csv', '--people', 'in/people.csv', '--out', 'out', '--as-of', '2026-12-01', '--lang', 'en'], {
      cwd: d, stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH },
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    // Wait until a temp file appears in out/, then interrupt.
    const out = join(d, 'out');
    let seen = '';
    const deadline = Date.now() + 120_000;
    while (!seen && Date.now() < deadline && child.exitCode === null) {
      if (existsSync(out)) seen = readdirSync(out).find((f) => f.endsWith('.tmp')) ?? '';
      if (!seen) await new Promise((r) => setTimeout(r, 2));
    }
    expect(seen, `no temp file seen; stderr: ${stderr}`).not.toBe('');
    child.kill('SIGINT');
    const code = await exited;

    expect(code).toBe(130);
    expect(stderr).toMatch(/setara: interrupted \(SIGINT\); temporary files removed, no partial file was left\n$/);
    const left = readdirSync(out);
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(left.length).toBeLessThan(OUTPUTS.length); // the file being written is absent
    for (const f of left) {
      expect(OUTPUTS).toContain(f);
      const text = readFileSync(join(out, f), 'utf8');
      if (f.endsWith('.json')) {
        expect(() => JSON.parse(text), f).not.toThrow();
        continue;
      }
      expect(text.endsWith('\r\n'), f).toBe(true);
      const rows = parse(text.slice(1), { relax_column_count: true }) as string[][];
      if (f === 'posts.csv' || f === 'mapping.csv') expect(rows.length - 1, f).toBe(uniquePosts);
      if (f === 'people.csv') expect(rows.length - 1, f).toBe(meta.people);
    }
  }, 180_000);
});
