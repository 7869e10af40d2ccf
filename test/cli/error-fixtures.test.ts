import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'errors');

interface Expected {
  description: string;
  args: string[];
  exit: number;
  findings: Array<{ ruleId: string; file: string; line: number }>;
  stderr?: string;
}

describe('error fixtures: one defect each, found at its line', () => {
  for (const name of readdirSync(ROOT).sort()) {
    const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: ${expected.description}`, async () => {
      const r = await runMain(['validate', ...expected.args, '--format', 'json'], { cwd: join(ROOT, name) });
      expect(r.code).toBe(expected.exit);
      if (expected.exit === 2) {
        expect(r.stdout).toBe('');
        const lines = r.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(expected.stderr);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        return;
      }
      const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string; file: string; line: number }> };
      const serious = report.findings
        .filter((f) => f.severity !== 'info')
        .map(({ ruleId, file, line }) => ({ ruleId, file, line }));
      expect(serious).toEqual(expected.findings);
    });
  }
});

describe('clean inputs', () => {
  it('the small clean structure has no findings', async () => {
    const r = await runMain(['validate', 'posts.csv', '--people', 'people.csv', '--as-of', '2026-12-01', '--format', 'json'], {
      cwd: join(ROOT, '..', 'clean-small'),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });
});
