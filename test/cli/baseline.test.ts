/**
 * `validate --write-baseline F` / `--baseline F` (issue 19 point 2) on a copy of the sample regency: the round trip,
 * a new defect (the only finding reported, exit 1), a fixed one (listed as gone on stderr, exit 0), lines inserted
 * above every finding (still matched), identical findings counted, and the refusals (exit 2).
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectHandled, runMain } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
type F = { ruleId: string; line?: number; file: string; severity: string };

/** A working folder with the sample tables and rules. */
function work(): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-baseline-'));
  for (const f of ['posts.csv', 'people.csv', 'teams.csv', 'rules.yaml']) copyFileSync(join(SAMPLE, f), join(d, f));
  return d;
}

const TABLES = ['posts.csv', '--people', 'people.csv', '--teams', 'teams.csv', '--ruleset', 'rules.yaml', '--as-of', '2026-12-01', '--lang', 'en'];
const validate = (d: string, ...args: string[]) => runMain(['validate', ...TABLES, ...args], { cwd: d });
const findings = (stdout: string) => JSON.parse(stdout).findings as F[];
const read = (d: string, f: string) => readFileSync(join(d, f), 'utf8');
const edit = (d: string, f: string, change: (text: string) => string) => writeFileSync(join(d, f), change(read(d, f)));

describe('validate --write-baseline', () => {
  it('records every finding by rule, table, whom it is about and column, sorted, one entry per line', async () => {
    const d = work();
    const r = await validate(d, '--write-baseline', 'baseline.json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('setara: baseline baseline.json written: 16 findings recorded\nNo problems found.\n');
    const text = read(d, 'baseline.json');
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual(['{', '  "version": 1,', '  "tool": {', '    "name": "setara",', '    "version": "0.1.0"', '  },', '  "entries": [']);
    expect(lines.slice(-3)).toEqual(['  ]', '}', '']);
    const entries = lines.slice(7, -3).map((l) => l.trim().replace(/,$/, ''));
    expect(entries).toHaveLength(16);
    expect([...entries].sort()).toEqual(entries);
    // A posts row by its post, a people row by its NIP, a team membership by team and NIP; a row read as nothing by its value.
    expect(entries).toContain('{"rule":"sk/koordinator-abolished","table":"posts","post":"DLH.01.03","column":"name"}');
    expect(entries).toContain('{"rule":"person/bup-unknown","table":"people","nip":"197902222004121001","column":"birth_date"}');
    expect(entries).toContain('{"rule":"team/member-missing","table":"teams","team":"TIM-RISET","nip":"199912312022011001","column":"nip"}');
    expect(entries).toContain('{"rule":"schema/invalid-value","table":"teams","column":"role","value":"wakil ketua"}');
    expect(text).not.toMatch(/"line"|"row"|"message"/);
  });

  it('is byte-identical run after run and whatever the message language', async () => {
    const d = work();
    expect((await validate(d, '--write-baseline', 'a.json')).code).toBe(0);
    const id = await runMain(['validate', ...TABLES.slice(0, -2), '--write-baseline', 'b.json'], { cwd: d });
    expect(id.code).toBe(0);
    expect(id.stderr).toBe('setara: baseline b.json ditulis: 16 temuan tercatat\nTidak ada masalah.\n');
    expect(read(d, 'b.json')).toBe(read(d, 'a.json'));
  });

  it('an existing file only with --force; never an input, never the --output file', async () => {
    const d = work();
    writeFileSync(join(d, 'baseline.json'), 'old');
    const refused = await validate(d, '--write-baseline', 'baseline.json');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('setara: baseline.json: baseline.json already exists (use --force to overwrite)\n');
    expect(read(d, 'baseline.json')).toBe('old');
    expect((await validate(d, '--write-baseline', 'baseline.json', '--force')).code).toBe(0);
    expect(read(d, 'baseline.json')).toMatch(/^\{\n {2}"version": 1,/);

    const posts = read(d, 'posts.csv');
    const input = await validate(d, '--write-baseline', 'posts.csv', '--force');
    expect(input.code).toBe(2);
    expect(input.stderr).toBe('setara: posts.csv: refusing to overwrite input file posts.csv\n');
    expect(read(d, 'posts.csv')).toBe(posts);

    const same = await validate(d, '--write-baseline', 'out.json', '--output', './out.json', '--format', 'json');
    expect(same.code).toBe(2);
    expect(same.stderr).toBe('setara: --write-baseline and --output name the same file (out.json)\n');
  });
});

describe('validate --baseline', () => {
  it('round trip: a new defect is the only finding and fails the run; a fixed one is listed as gone; lines shifted still match', async () => {
    const d = work();
    expect((await validate(d, '--write-baseline', 'baseline.json')).code).toBe(0);

    // Unchanged: nothing new, nothing gone, exit 0.
    const same = await validate(d, '--baseline', 'baseline.json', '--format', 'json');
    expect(same.code).toBe(0);
    expect(findings(same.stdout)).toEqual([]);
    expect(same.stderr).toBe('setara: baseline baseline.json: 16 known findings (not reported)\n');

    // A third membership of the same person in TIM-RISET: the same fingerprint as the recorded duplicate, one more of it.
    edit(d, 'teams.csv', (t) => `${t}TIM-RISET,Tim Riset Inovasi,BAPPEDA.05,197011141993041001,anggota\n`);
    const added = await validate(d, '--baseline', 'baseline.json', '--format', 'json');
    expect(added.code).toBe(1);
    expect(findings(added.stdout).map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['teams.csv:16 team/duplicate-member']);
    expect(added.stderr).toBe('setara: baseline baseline.json: 16 known findings (not reported)\n');

    // The member missing from the people table is removed: its entry is gone; the rows below it moved up a line.
    edit(d, 'teams.csv', (t) => t.replace('TIM-RISET,Tim Riset Inovasi,BAPPEDA.05,199912312022011001,anggota\n', ''));
    const fixed = await validate(d, '--baseline', 'baseline.json', '--format', 'json');
    expect(fixed.code).toBe(1);
    expect(findings(fixed.stdout).map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['teams.csv:15 team/duplicate-member']);
    expect(fixed.stderr).toBe(
      'setara: baseline baseline.json: 15 known findings (not reported); 1 entry no longer occurs (fixed):\n' +
        '  team/member-missing · teams · team TIM-RISET, NIP 199912312022011001 · [nip]\n' +
        'setara: shrink the baseline with --write-baseline baseline.json --force\n',
    );
  });

  it('lines inserted above every finding: each still matches its entry', async () => {
    const d = work();
    expect((await validate(d, '--write-baseline', 'baseline.json')).code).toBe(0);
    for (const f of ['posts.csv', 'people.csv', 'teams.csv']) edit(d, f, (t) => `# export of 2026-12-04\n# unit: BKPSDM\n\n${t}`);
    // The findings did move: three lines down.
    const moved = await validate(d, '--format', 'json');
    expect(findings(moved.stdout).filter((f) => f.ruleId === 'sk/koordinator-abolished').map((f) => f.line)).toEqual([430, 520]);
    const r = await validate(d, '--baseline', 'baseline.json', '--format', 'json');
    expect(r.code).toBe(0);
    expect(findings(r.stdout)).toEqual([]);
    expect(r.stderr).toBe('setara: baseline baseline.json: 16 known findings (not reported)\n');
  });

  it('with --fail-on warning, a new warning fails; stylish shows it alone', async () => {
    const d = work();
    expect((await validate(d, '--write-baseline', 'baseline.json')).code).toBe(0);
    // A second leader of TIM-RENBANG: a team with two leaders (warning) and no other finding.
    edit(d, 'teams.csv', (t) => t.replace('TIM-RENBANG,Tim Perencanaan Pembangunan Manusia,BAPPEDA.02,199206042014121001,anggota', 'TIM-RENBANG,Tim Perencanaan Pembangunan Manusia,BAPPEDA.02,199206042014121001,ketua'));
    const lenient = await validate(d, '--baseline', 'baseline.json');
    expect(lenient.code).toBe(0);
    const strict = await validate(d, '--baseline', 'baseline.json', '--fail-on', 'warning');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^teams\.csv\n {2}3 \[role\] {2}warning {2}team 'TIM-RENBANG' has 2 leaders \(limit 1\) {2}team\/multiple-ketua\n/);
    expect(strict.stdout).toMatch(/✖ 1 problem \(0 errors, 1 warning, 0 infos\)\n$/);
  });

  it('an unreadable, malformed or invalid baseline is exit 2 naming the file', async () => {
    const d = work();
    writeFileSync(join(d, 'text.json'), 'not json');
    writeFileSync(join(d, 'v2.json'), '{"version": 2, "entries": []}\n');
    writeFileSync(join(d, 'entry.json'), '{"version": 1, "entries": [{"rule": "post/cycle"}]}\n');
    const cases: Array<[string, RegExp]> = [
      ['missing.json', /^setara: missing\.json: cannot read file \(ENOENT\)$/],
      ['text.json', /^setara: text\.json: the baseline is not valid JSON \(Unexpected token/],
      ['v2.json', /^setara: v2\.json: invalid baseline: 'version': must be 1$/],
      ['entry.json', /^setara: entry\.json: invalid baseline: 'entries\.0': missing required key 'table'$/],
    ];
    for (const [file, message] of cases) {
      const r = await validate(d, '--baseline', file);
      expect(r.code, file).toBe(2);
      expect(expectHandled(r)).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });
});
