/**
 * `migrate` honours suppressions as `validate` does: the ruleset's entries and a --suppressions file mark the findings
 * they accept in findings.json, which then neither fail the run nor count in plan.json's summary nor show in the
 * stderr listing or in `setara report`; an expired entry is reported; an unused one only by a run that could have
 * matched it (validate never reports what migrate finds while deciding, nor, before penyetaraan, the checks of after).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaValidator } from '../../src/io/schemas.js';
import { expectHandled, runMain } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
type F = { ruleId: string; severity: string; file: string; line?: number; postId?: string; suppressed?: { reason: string; expires?: string; source: string } };

/** The entry that accepts the run's only error. */
const OWNER = '  - { rule: team/owner-missing, team: TIM-EKONOMI, reason: unit baru dibentuk 2027, expires: 2027-01-31 }\n';

/**
 * The sample's posts, people and rules (with these suppressions), and its first team rows: TIM-EKONOMI's owner post
 * does not exist (teams.csv:6, team/owner-missing), the run's only error.
 */
function work(suppressions: string): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-migrate-suppr-'));
  for (const f of ['posts.csv', 'people.csv']) copyFileSync(join(SAMPLE, f), join(d, f));
  writeFileSync(join(d, 'teams.csv'), `${readFileSync(join(SAMPLE, 'teams.csv'), 'utf8').split('\n').slice(0, 6).join('\n')}\n`);
  writeFileSync(join(d, 'rules.yaml'), `${readFileSync(join(SAMPLE, 'rules.yaml'), 'utf8')}${suppressions ? `suppressions:\n${suppressions}` : ''}`);
  return d;
}

const TABLES = ['posts.csv', '--people', 'people.csv', '--teams', 'teams.csv', '--ruleset', 'rules.yaml', '--as-of', '2026-12-01'];
const migrate = (d: string, today: string, ...args: string[]) => runMain(['migrate', ...TABLES, '--lang', 'en', ...args], { cwd: d, env: { SETARA_TODAY: today } });
const validate = (d: string, today: string, ...args: string[]) =>
  runMain(['validate', ...TABLES, '--lang', 'en', '--format', 'json', ...args], { cwd: d, env: { SETARA_TODAY: today } });
const json = (d: string, file: string) => JSON.parse(readFileSync(join(d, file), 'utf8'));
const findingsOf = (d: string): F[] => json(d, 'out/findings.json').findings;
/** The line of `file` in `d` that contains `text`. */
const lineOf = (d: string, file: string, text: string) => readFileSync(join(d, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
const where = (f: F) => `${f.file}:${f.line} ${f.severity} ${f.ruleId}`;

describe('migrate with suppressions', () => {
  it("the only error suppressed in the rules file: exit 1 becomes 0; findings.json keeps it marked; the plan counts it apart", async () => {
    const plain = work('');
    const open = await migrate(plain, '2027-01-31', '--out', 'out');
    expect(open.code, open.stderr).toBe(1);
    expect(open.stderr).toMatch(/ 1× error +team\/owner-missing +teams\.csv:6 /);
    expect(json(plain, 'out/plan.json').summary.findings).toEqual({ error: 1, warning: 24, info: 96 });

    const d = work(OWNER);
    const r = await migrate(d, '2027-01-31', '--out', 'out');
    expect(r.code, r.stderr).toBe(0);
    const findings = findingsOf(d);
    expect(findings.filter((f) => f.suppressed).map((f) => [where(f), f.suppressed])).toEqual([
      ['teams.csv:6 error team/owner-missing', { reason: 'unit baru dibentuk 2027', expires: '2027-01-31', source: `rules.yaml:${lineOf(d, 'rules.yaml', 'TIM-EKONOMI')}` }],
    ]);
    // Nothing else changes: the same findings, the same files but the counts.
    expect(findings.map(({ suppressed: _, ...f }) => f)).toEqual(findingsOf(plain));
    for (const f of ['mapping.csv', 'people.csv', 'posts.csv', 'teams.csv']) expect(readFileSync(join(d, 'out', f), 'utf8'), f).toBe(readFileSync(join(plain, 'out', f), 'utf8'));
    expect(json(d, 'out/plan.json').summary.findings).toEqual({ error: 0, warning: 24, info: 96, suppressed: 1 });
    expect(r.stderr).not.toContain('team/owner-missing');
    expect(r.stderr).toMatch(/; findings: 0 errors, 24 warnings, 1 suppressed → out\n$/);
    expect(r.stderr.replace('0 errors, 24 warnings, 1 suppressed', '')).toBe(open.stderr.replace(/^.*team\/owner-missing.*\n/m, '').replace('1 errors, 24 warnings', ''));

    const id = await runMain(['migrate', ...TABLES, '--dry-run'], { cwd: d, env: { SETARA_TODAY: '2027-01-31' } });
    expect(id.code).toBe(0);
    expect(id.stderr).toMatch(/; temuan: 0 galat, 24 peringatan, 1 dikecualikan \(uji coba, tidak ada berkas ditulis\)\n$/);
  });

  it('findings.schema.json takes a suppressed finding, and refuses one without its reason', () => {
    const valid = schemaValidator('findings.schema.json');
    const finding = { ruleId: 'team/owner-missing', severity: 'error', suppressed: { reason: 'unit baru', expires: '2027-01-31', source: 'rules.yaml:30' } };
    expect(valid({ findings: [finding] }), JSON.stringify(valid.errors)).toBe(true);
    expect(valid({ findings: [{ ...finding, suppressed: { source: 'rules.yaml:30' } }] })).toBe(false);
  });

  it('setara report leaves the suppressed finding out and is otherwise the same', async () => {
    const plain = work('');
    const d = work(OWNER);
    for (const dir of [plain, d]) {
      expect((await migrate(dir, '2027-01-31', '--out', 'out')).code).toBeLessThan(2);
      const r = await runMain(['report', 'out', '--format', 'md', '--output', 'report.md', '--lang', 'en'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
    }
    const open = readFileSync(join(plain, 'report.md'), 'utf8');
    expect(open).toMatch(/^\| team\/owner-missing \| error \| 1 \|/m);
    expect(readFileSync(join(d, 'report.md'), 'utf8')).toBe(open.replace(/^\| team\/owner-missing \|.*\n/m, ''));
  });

  it('the day after the expiry: the error counts again (exit 1) and the entry is a warning at its line', async () => {
    const d = work(OWNER);
    const r = await migrate(d, '2027-02-01', '--out', 'out');
    expect(r.code).toBe(1);
    const findings = findingsOf(d);
    expect(findings.filter((f) => f.suppressed)).toEqual([]);
    const at = lineOf(d, 'rules.yaml', 'TIM-EKONOMI');
    expect(findings.filter((f) => f.ruleId.startsWith('suppression/') || f.severity === 'error').map(where)).toEqual([
      `rules.yaml:${at} warning suppression/expired`,
      'teams.csv:6 error team/owner-missing',
    ]);
    expect(json(d, 'out/plan.json').summary.findings).toEqual({ error: 1, warning: 25, info: 96 });
    expect(r.stderr).toMatch(/ 1× warning +suppression\/expired +rules\.yaml:\d+ +suppression of team\/owner-missing for team TIM-EKONOMI expired on 2027-01-31/);
  });

  it('a --suppressions file: an entry for a rule only migrate reports is judged by migrate, never called unused by validate', async () => {
    const d = work(OWNER);
    writeFileSync(
      join(d, 'accepted.yaml'),
      'version: 1\nsuppressions:\n' +
        '  - { rule: person/near-bup, nip: "196910041995121001", reason: pensiun diproses }\n' +
        '  - { rule: jf/weak-match, post: SETDA.99, reason: salah tulis }\n' +
        '  - { rule: sk/jf-placement, post: DLH.99, reason: ditata setelah penyetaraan }\n',
    );
    const m = await migrate(d, '2027-01-31', '--suppressions', 'accepted.yaml', '--out', 'out');
    expect(m.code, m.stderr).toBe(0);
    const findings = findingsOf(d);
    expect(findings.filter((f) => f.suppressed).map((f) => `${where(f)} ${f.suppressed!.source}`)).toEqual([
      'people.csv:27 warning person/near-bup accepted.yaml:3',
      'teams.csv:6 error team/owner-missing rules.yaml:' + lineOf(d, 'rules.yaml', 'TIM-EKONOMI'),
    ]);
    // Migrate checks the data before penyetaraan: the entry for a check of the data after is not its to judge.
    expect(findings.filter((f) => f.ruleId.startsWith('suppression/')).map(where)).toEqual(['accepted.yaml:4 warning suppression/unused']);
    expect(json(d, 'out/plan.json').summary.findings).toEqual({ error: 0, warning: 24, info: 96, suppressed: 2 });
    expect(json(d, 'out/plan.json').inputs).toEqual(['posts.csv', 'people.csv', 'teams.csv', 'accepted.yaml']);
    expect((await migrate(d, '2027-01-31', '--suppressions', 'accepted.yaml', '--out', 'out', '--force', '--fail-on', 'warning')).code).toBe(1);

    const before = await validate(d, '2027-01-31', '--suppressions', 'accepted.yaml');
    expect(before.code, before.stderr).toBe(0);
    const report = JSON.parse(before.stdout) as { summary: unknown; findings: F[] };
    expect(report.findings.filter((f) => f.ruleId.startsWith('suppression/'))).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 2, infos: 4, suppressed: 1 });
    const after = await validate(d, '2027-01-31', '--suppressions', 'accepted.yaml', '--stage', 'after');
    expect(JSON.parse(after.stdout).findings.filter((f: F) => f.ruleId.startsWith('suppression/')).map(where)).toEqual(['accepted.yaml:5 warning suppression/unused']);
  });

  it('the suppressions file is an input: no output may replace it', async () => {
    const d = work('');
    mkdirSync(join(d, 'out'));
    // JSON is YAML: a suppressions file named as an output of the folder.
    const text = '{"version": 1, "suppressions": [{"rule": "team/owner-missing", "team": "TIM-EKONOMI", "reason": "unit baru"}]}\n';
    writeFileSync(join(d, 'out', 'findings.json'), text);
    const r = await migrate(d, '2027-01-31', '--suppressions', 'out/findings.json', '--out', 'out', '--force');
    expect(r.code).toBe(2);
    expect(expectHandled(r)).toMatch(/refusing to overwrite input file out[\\/]findings\.json$/);
    expect(readFileSync(join(d, 'out', 'findings.json'), 'utf8')).toBe(text);
  });
});
