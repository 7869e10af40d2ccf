/**
 * Suppressions with a reason (issue 19 point 3): entries in a region's ruleset and in a --suppressions file, what they
 * suppress and until when, the expired and unused entries reported at their lines, the refused entries, and what the
 * formats show (json `suppressed`, SARIF `suppressions`, stylish a count, github nothing).
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FindingKey, TableRole } from '../../src/check/finding-keys.js';
import { applySuppressions } from '../../src/check/suppressions.js';
import type { Text } from '../../src/i18n/index.js';
import type { Finding, Place } from '../../src/model/finding.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { loadSuppressionsFile } from '../../src/rules/suppression-entry.js';
import type { Suppression } from '../../src/rules/types.js';
import { expectHandled, runMain } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');

describe('applySuppressions', () => {
  const entry = (more: Partial<Suppression>): Suppression => ({ rule: 'team/owner-missing', reason: 'unit baru', file: 'rules.yaml', line: 12, ...more });
  /** An owner-missing finding at a line; `keys` says which team the line's row is. */
  const owner = (line: number): Finding => ({ ruleId: 'team/owner-missing', severity: 'error', message: 'm', file: 'teams.csv', line });
  const keys = new Map<number, FindingKey>([[6, { table: 'teams', team: 'TIM-EKONOMI', nip: '197803132002121001' }], [9, { table: 'teams', team: 'TIM-DATA', nip: '199407252018121001' }]]);

  function run(findings: Finding[], entries: Suppression[], today: string, tables: TableRole[] = ['posts', 'people', 'teams'], reportable = (_: string) => true) {
    const reported: Array<{ ruleId: string; at: Place; message: Text }> = [];
    applySuppressions(findings, entries, { today, tables: new Set(tables), keyOf: (f) => keys.get(f.line!)!, reportable, report: (ruleId, at, message) => reported.push({ ruleId, at, message }) });
    return reported;
  }

  it('suppresses the matching finding through its expiry day, with reason, expiry and where the entry is', () => {
    for (const today of ['2026-12-01', '2027-01-31']) {
      const findings = [owner(6), owner(9)];
      expect(run(findings, [entry({ team: 'TIM-EKONOMI', expires: '2027-01-31' })], today)).toEqual([]);
      expect(findings[0]!.suppressed).toEqual({ reason: 'unit baru', expires: '2027-01-31', source: 'rules.yaml:12' });
      expect(findings[1]!.suppressed).toBeUndefined();
    }
  });

  it('the day after its expiry, suppresses nothing and is reported as expired at its line', () => {
    const findings = [owner(6)];
    const reported = run(findings, [entry({ team: 'TIM-EKONOMI', expires: '2027-01-31' })], '2027-02-01');
    expect(findings[0]!.suppressed).toBeUndefined();
    expect(reported).toEqual([{
      ruleId: 'suppression/expired', at: { file: 'rules.yaml', line: 12 },
      message: {
        id: 'pengecualian team/owner-missing untuk tim TIM-EKONOMI berakhir 2027-01-31 (alasan: unit baru); temuannya dihitung lagi',
        en: 'suppression of team/owner-missing for team TIM-EKONOMI expired on 2027-01-31 (reason: unit baru); its findings count again',
      },
    }]);
  });

  it('every key an entry gives must match; an entry matching nothing is unused, only when the run read its table', () => {
    const findings = [owner(6)];
    const wrongNip = entry({ team: 'TIM-EKONOMI', nip: '199407252018121001', line: 20 });
    const reported = run(findings, [wrongNip], '2026-12-01');
    expect(findings[0]!.suppressed).toBeUndefined();
    expect(reported.map((r) => [r.ruleId, r.at.line, r.message.en])).toEqual([
      ['suppression/unused', 20, 'suppression of team/owner-missing for team TIM-EKONOMI, NIP 199407252018121001 matches no finding; remove or correct the entry'],
    ]);
    expect(run([], [wrongNip], '2026-12-01', ['posts', 'people'])).toEqual([]);
    expect(run([], [entry({ post: 'DIN.01' })], '2026-12-01', ['posts'])).toHaveLength(1);
  });

  it('an entry for a rule the run cannot report is not unused; expired, it is reported all the same', () => {
    const notTeams = (id: string) => id !== 'team/owner-missing';
    const inForce = entry({ team: 'TIM-EKONOMI' });
    expect(run([], [inForce], '2026-12-01', undefined, notTeams)).toEqual([]);
    expect(run([], [inForce], '2026-12-01').map((r) => r.ruleId)).toEqual(['suppression/unused']);
    const past = entry({ team: 'TIM-EKONOMI', expires: '2026-11-30' });
    expect(run([], [past], '2026-12-01', undefined, notTeams).map((r) => [r.ruleId, r.at.line])).toEqual([['suppression/expired', 12]]);
  });

  it('two entries for the same finding: the first gives the reason, neither is unused', () => {
    const findings = [owner(6)];
    const reported = run(findings, [entry({ team: 'TIM-EKONOMI', reason: 'first' }), entry({ nip: '197803132002121001', reason: 'second', line: 30 })], '2026-12-01');
    expect(reported).toEqual([]);
    expect(findings[0]!.suppressed?.reason).toBe('first');
  });
});

describe('suppression entries as written', () => {
  const region = (suppressions: string) => {
    const d = mkdtempSync(join(tmpdir(), 'setara-suppr-'));
    writeFileSync(join(d, 'rules.yaml'), `version: 1\nid: daerah\ndescription: { id: d, en: d }\nextends: [kabupaten-kota]\nsuppressions:\n${suppressions}`);
    return d;
  };

  it('a ruleset file\'s entries carry their file and line', () => {
    const d = region('  - { rule: team/owner-missing, team: TIM-EKONOMI, reason: unit baru, expires: 2027-01-31 }\n  - rule: sk/koordinator-abolished\n    post: DLH.01.03\n    reason: diubah dengan Perbup 2027\n');
    expect(loadRuleset('rules.yaml', d).suppressions).toEqual([
      { rule: 'team/owner-missing', team: 'TIM-EKONOMI', reason: 'unit baru', expires: '2027-01-31', file: 'rules.yaml', line: 6 },
      { rule: 'sk/koordinator-abolished', post: 'DLH.01.03', reason: 'diubah dengan Perbup 2027', file: 'rules.yaml', line: 7 },
    ]);
  });

  it('an unknown, locked or non-check rule, a date that does not exist, no reason, or no one named is refused at its line', () => {
    const cases: Array<[string, RegExp]> = [
      ['  - { rule: team/owner-mising, team: T, reason: r }\n', /^rules\.yaml:6: suppressions: unknown rule 'team\/owner-mising'$/],
      ['  - { rule: post/duplicate-id, post: A, reason: r }\n', /^rules\.yaml:6: suppressions: rule 'post\/duplicate-id' is locked \(mandated by regulation\); its findings cannot be suppressed$/],
      ['  - { rule: kabkota/equalise-pengawas, post: A, reason: r }\n', /^rules\.yaml:6: suppressions: rule 'kabkota\/equalise-pengawas' is of type decision; only findings of check rules can be suppressed$/],
      ['  - { rule: suppression/unused, post: A, reason: r }\n', /^rules\.yaml:6: suppressions: rule 'suppression\/unused' is of type tool;/],
      ['  - rule: team/owner-missing\n    team: T\n    reason: r\n    expires: 2027-02-30\n', /^rules\.yaml:9: suppressions: '2027-02-30' is not a valid date YYYY-MM-DD$/],
      ['  - { rule: team/owner-missing, team: T }\n', /^rules\.yaml:6: 'suppressions\.0': missing required key 'reason'$/],
      ['  - { rule: team/owner-missing, reason: r }\n', /^rules\.yaml:6: 'suppressions\.0': missing required key 'post'$/],
    ];
    for (const [text, message] of cases) {
      const d = region(text);
      expect(() => loadRuleset('rules.yaml', d), text).toThrow();
      try {
        loadRuleset('rules.yaml', d);
      } catch (e) {
        const err = e as { file: string; line: number; text: Text };
        expect(`${err.file}:${err.line}: ${err.text.en}`, text).toMatch(message);
      }
    }
  });

  it('a --suppressions file holds the same entries, checked against the run\'s ruleset', () => {
    const d = mkdtempSync(join(tmpdir(), 'setara-suppr-'));
    writeFileSync(join(d, 'accepted.yaml'), 'version: 1\nsuppressions:\n  - { rule: person/bup-unknown, nip: "197902222004121001", reason: jenjang menunggu SK }\n');
    const set = loadRuleset('kabupaten-kota', d);
    expect(loadSuppressionsFile('accepted.yaml', d, set)).toEqual([
      { rule: 'person/bup-unknown', nip: '197902222004121001', reason: 'jenjang menunggu SK', file: 'accepted.yaml', line: 3 },
    ]);
    writeFileSync(join(d, 'bad.yaml'), 'version: 1\nsuppressions:\n  - { rule: person/bup-unknown, nip: "1", reason: r, until: 2027-01-01 }\n');
    expect(() => loadSuppressionsFile('bad.yaml', d, set)).toThrow(expect.objectContaining({ file: 'bad.yaml', line: 3 }));
  });

  it('the ruleset schema and the suppressions file schema define the entry alike', () => {
    const schema = (f: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'rules', 'schemas', f), 'utf8'));
    expect(schema('suppressions.schema.json').definitions.suppression).toEqual(schema('ruleset.schema.json').definitions.suppression);
  });
});

describe('validate with suppressions', () => {
  /** The sample's posts and rules, the rules with two suppressions of the koordinator warnings, the first expiring. */
  function work(): string {
    const d = mkdtempSync(join(tmpdir(), 'setara-suppr-cli-'));
    for (const f of ['posts.csv', 'people.csv', 'teams.csv']) copyFileSync(join(SAMPLE, f), join(d, f));
    writeFileSync(
      join(d, 'rules.yaml'),
      `${readFileSync(join(SAMPLE, 'rules.yaml'), 'utf8')}suppressions:\n` +
        '  - rule: sk/koordinator-abolished\n    post: DLH.01.03\n    reason: tim kerja dibentuk dengan Perbup 2027\n    expires: 2027-01-31\n' +
        '  - { rule: sk/koordinator-abolished, post: DISKOMINFO.04.05, reason: jabatan dihapus pada penataan berikutnya }\n',
    );
    return d;
  }
  const line = (d: string, text: string) => readFileSync(join(d, 'rules.yaml'), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
  const validate = (d: string, today: string, ...args: string[]) =>
    runMain(['validate', 'posts.csv', '--ruleset', 'rules.yaml', '--fail-on', 'warning', '--lang', 'en', ...args], { cwd: d, env: { SETARA_TODAY: today } });

  it('before the expiry: suppressed, exit 0 with --fail-on warning; json keeps them with the reason', async () => {
    const d = work();
    const r = await validate(d, '2027-01-31', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 1, suppressed: 2 });
    const k = report.findings.filter((f: Finding) => f.ruleId === 'sk/koordinator-abolished');
    expect(k.map((f: Finding) => [f.line, f.postId, f.suppressed])).toEqual([
      [427, 'DLH.01.03', { reason: 'tim kerja dibentuk dengan Perbup 2027', expires: '2027-01-31', source: `rules.yaml:${line(d, '  - rule: sk/koordinator-abolished')}` }],
      [517, 'DISKOMINFO.04.05', { reason: 'jabatan dihapus pada penataan berikutnya', source: `rules.yaml:${line(d, 'DISKOMINFO.04.05')}` }],
    ]);
  });

  it('SARIF carries each suppression as an external one with its justification', async () => {
    const d = work();
    const r = await validate(d, '2027-01-31', '--format', 'sarif');
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout).runs[0].results as Array<{ ruleId: string; suppressions?: unknown[] }>;
    expect(results.filter((x) => x.suppressions).map((x) => [x.ruleId, x.suppressions])).toEqual([
      ['sk/koordinator-abolished', [{ kind: 'external', status: 'accepted', justification: 'tim kerja dibentuk dengan Perbup 2027', properties: { source: `rules.yaml:${line(d, '  - rule: sk/koordinator-abolished')}`, expires: '2027-01-31' } }]],
      ['sk/koordinator-abolished', [{ kind: 'external', status: 'accepted', justification: 'jabatan dihapus pada penataan berikutnya', properties: { source: `rules.yaml:${line(d, 'DISKOMINFO.04.05')}` } }]],
    ]);
    expect(results.filter((x) => !x.suppressions).map((x) => x.ruleId)).toEqual(['post/unit-inferred']);
  });

  it('stylish lists what counts and says how many were suppressed; github annotates only what counts', async () => {
    const d = work();
    const stylish = await validate(d, '2027-01-31');
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toMatch(/✖ 1 problem \(0 errors, 0 warnings, 1 info\)\n2 findings suppressed \(reasons: --format json\)\n$/);
    expect(stylish.stdout).not.toContain('koordinator');
    const github = await validate(d, '2027-01-31', '--format', 'github');
    expect(github.stdout).not.toContain('sk/koordinator-abolished');
    expect(github.stdout).toContain('post/unit-inferred');
  });

  it('the day after the expiry: the finding counts again (exit 1) and the entry is a warning at its line', async () => {
    const d = work();
    const r = await validate(d, '2027-02-01', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ errors: 0, warnings: 2, infos: 1, suppressed: 1 });
    const at = line(d, '  - rule: sk/koordinator-abolished');
    expect(report.findings.filter((f: Finding) => !f.suppressed).map((f: Finding) => `${f.file}:${f.line} ${f.severity} ${f.ruleId}`)).toEqual([
      'posts.csv:112 info post/unit-inferred',
      'posts.csv:427 warning sk/koordinator-abolished',
      `rules.yaml:${at} warning suppression/expired`,
    ]);
    const expired = report.findings.find((f: Finding) => f.ruleId === 'suppression/expired');
    expect(expired.message).toBe('suppression of sk/koordinator-abolished for post DLH.01.03 expired on 2027-01-31 (reason: tim kerja dibentuk dengan Perbup 2027); its findings count again');
    expect(expired.citation).toBeUndefined();
  });

  it('a --suppressions file adds entries; one that matches nothing is a warning at its line', async () => {
    const d = work();
    writeFileSync(join(d, 'accepted.yaml'), 'version: 1\nsuppressions:\n  - { rule: post/unit-inferred, post: INSP.02, reason: unit ditulis di judul }\n  - { rule: post/unit-inferred, post: INSP.99, reason: salah tulis }\n');
    const r = await validate(d, '2027-01-31', '--suppressions', 'accepted.yaml', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.filter((f: Finding) => !f.suppressed).map((f: Finding) => `${f.file}:${f.line} ${f.ruleId}: ${f.message}`)).toEqual([
      'accepted.yaml:4 suppression/unused: suppression of post/unit-inferred for post INSP.99 matches no finding; remove or correct the entry',
    ]);
    expect(report.summary).toEqual({ errors: 0, warnings: 1, infos: 0, suppressed: 3 });
  });

  it('SETARA_TODAY that is no date is a usage error; a suppressions file that is no file is exit 2 naming it', async () => {
    const d = work();
    const bad = await validate(d, '2027-13-01');
    expect(bad.code).toBe(2);
    expect(expectHandled(bad)).toBe("setara: SETARA_TODAY must be a date YYYY-MM-DD, not '2027-13-01'");
    const missing = await validate(d, '2027-01-01', '--suppressions', 'none.yaml');
    expect(missing.code).toBe(2);
    expect(expectHandled(missing)).toBe('setara: none.yaml: cannot read file (ENOENT)');
  });

  it('rules list shows the tool rules with their help and no citation', async () => {
    const r = await runMain(['rules', 'show', 'suppression/expired', '--lang', 'en']);
    expect(r.code).toBe(0);
    const rule = JSON.parse(r.stdout);
    expect([rule.type, rule.severity, rule.citation]).toEqual(['tool', 'warning', undefined]);
    expect(rule.description.en).toMatch(/extend expires with a fresh reason or remove the entry/);
    const list = await runMain(['rules', 'list', '--lang', 'en']);
    expect(list.stdout).toMatch(/\nsuppression\/unused +warning +A suppression entry matches no finding .*remove or correct the entry\n/);
  });
});
