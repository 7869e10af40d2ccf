import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios');
type Row = Record<string, string>;

describe('migrate scenarios (input, rules, expected mapping)', () => {
  for (const name of readdirSync(ROOT).sort()) {
    const dir = join(ROOT, name);
    const scenario = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')) as { description: string; args: string[] };
    it(`${name}: ${scenario.description}`, async () => {
      const out = mkdtempSync(join(tmpdir(), `setara-${name}-`));
      const r = await runMain(['migrate', 'posts.csv', ...scenario.args, '--out', out, '--as-of', '2026-12-01'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const expected = parse(readFileSync(join(dir, 'expected-mapping.csv')), { columns: true }) as Row[];
      const actual = parse(readFileSync(join(out, 'mapping.csv')), { columns: true, bom: true }) as Row[];
      const columns = Object.keys(expected[0]!);
      expect(actual.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]])))).toEqual(expected);
    });
  }
});
