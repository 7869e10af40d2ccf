import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios');
type Row = Record<string, string>;

interface Scenario {
  description: string;
  args: string[];
  /** Every warning and error of findings.json, in its order, as `severity ruleId postId`. */
  findings?: string[];
  /** Values plan.json's summary must have. */
  summary?: Record<string, number>;
}

const readCsv = (path: string): Row[] => parse(readFileSync(path), { columns: true, bom: true }) as Row[];

/** The output file's rows, cut to the expected file's columns (all of its rows, in order). */
function expectRows(out: string, dir: string, file: string): void {
  const expected = readCsv(join(dir, `expected-${file}`));
  const columns = Object.keys(expected[0]!);
  expect(readCsv(join(out, file)).map((row) => Object.fromEntries(columns.map((c) => [c, row[c]]))), file).toEqual(expected);
}

describe('migrate scenarios (input, rules, expected mapping; teams, people, findings and counts where given)', () => {
  for (const name of readdirSync(ROOT).sort()) {
    const dir = join(ROOT, name);
    const scenario = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')) as Scenario;
    it(`${name}: ${scenario.description}`, async () => {
      const out = mkdtempSync(join(tmpdir(), `setara-${name}-`));
      const r = await runMain(['migrate', 'posts.csv', ...scenario.args, '--out', out, '--as-of', '2026-12-01'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expectRows(out, dir, 'mapping.csv');
      for (const file of ['teams.csv', 'people.csv']) if (existsSync(join(dir, `expected-${file}`))) expectRows(out, dir, file);
      if (scenario.findings) {
        const findings = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')).findings as Array<{ severity: string; ruleId: string; postId?: string }>;
        expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId} ${f.postId ?? ''}`)).toEqual(scenario.findings);
      }
      if (scenario.summary) expect(JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')).summary).toMatchObject(scenario.summary);
    });
  }
});
