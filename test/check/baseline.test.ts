/**
 * Baselines (check/baseline.ts, check/finding-keys.ts, io/baseline-file.ts): how a finding is identified without its
 * line, how identical findings count, which entries are gone, and the file written and read back.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselined, baselineEntries, baselineEntry, compareWithBaseline } from '../../src/check/baseline.js';
import { findingKeys } from '../../src/check/finding-keys.js';
import { readBaseline, writeBaseline, type BaselineEntry } from '../../src/io/baseline-file.js';
import type { Finding } from '../../src/model/finding.js';
import type { LoadedInput } from '../../src/model/load.js';
import { loadRuleset } from '../../src/rules/ruleset.js';

/** The rows findings point at: posts by id, people by NIP, team memberships by team and NIP. */
const input = {
  structure: {
    posts: [{ id: 'DIN', row: 1 }, { id: 'DIN.01', row: 2 }, { id: 'DIN.02', row: 3 }],
    people: [{ nip: '198001012005011001', row: 1 }, { nip: '199002022015032002', row: 2 }],
  },
  teams: [{ teamId: 'TIM-A', nip: '199002022015032002', src: { file: 'teams.csv', line: 2, row: 1 } }],
  tables: [{ file: 'posts.csv' }, { file: 'people.csv' }, { file: 'teams.csv' }],
} as unknown as LoadedInput;
const paths = { posts: 'posts.csv', people: 'people.csv', teams: 'teams.csv' };

const finding = (ruleId: string, file: string, line: number | undefined, more: Partial<Finding> = {}): Finding => ({
  ruleId, severity: 'error', message: ruleId, file, ...(line !== undefined ? { line, row: line - 1 } : {}), ...more,
});

/** The entries of these findings, as validate makes them. */
function entriesOf(findings: Finding[]): { entryOf: (f: Finding) => BaselineEntry; entries: BaselineEntry[] } {
  const keyOf = findingKeys(findings, paths, input);
  const entryOf = (f: Finding) => baselineEntry(f, keyOf(f));
  return { entryOf, entries: baselineEntries(findings, entryOf) };
}

describe('a baseline entry', () => {
  it('names the rule, the table, whom the finding is about and the column, never the line', () => {
    const findings = [
      finding('post/eselon-not-below-parent', 'posts.csv', 4, { column: 'eselon', value: 'II.a' }), // row 3: DIN.02, no postId given
      finding('person/nip-format', 'people.csv', 2, { column: 'nip', postId: 'DIN.01' }), // the person, not the post held
      finding('team/member-kind', 'teams.csv', 2, { column: 'nip', postId: 'DIN.02' }),
      finding('schema/invalid-value', 'teams.csv', 9, { column: 'role', value: 'wakil ketua' }), // a row read as nothing
      finding('post/parent-inferred', 'posts.csv', undefined), // the whole table
      finding('post/kind-unknown', 'other.csv', 3, { postId: 'X' }), // not one of the tables
    ];
    const { entryOf } = entriesOf(findings);
    expect(findings.map((f) => JSON.stringify(entryOf(f)))).toEqual([
      '{"rule":"post/eselon-not-below-parent","table":"posts","post":"DIN.02","column":"eselon"}',
      '{"rule":"person/nip-format","table":"people","nip":"198001012005011001","column":"nip"}',
      '{"rule":"team/member-kind","table":"teams","team":"TIM-A","nip":"199002022015032002","column":"nip"}',
      '{"rule":"schema/invalid-value","table":"teams","column":"role","value":"wakil ketua"}',
      '{"rule":"post/parent-inferred","table":"posts"}',
      '{"rule":"post/kind-unknown","table":"other.csv","post":"X"}',
    ]);
  });

  it('is the same for the same finding on another line, and the entries are sorted whatever the order of the findings', () => {
    const a = finding('post/parent-missing', 'posts.csv', 3, { postId: 'DIN.01', column: 'parent_id' });
    const b = finding('post/cycle', 'posts.csv', 4, { postId: 'DIN.02', column: 'parent_id' });
    const { entries } = entriesOf([a, b]);
    const moved = entriesOf([{ ...b, line: 40, row: 39 }, { ...a, line: 30, row: 29 }]).entries;
    expect(moved).toEqual(entries);
    expect(entries.map((e) => e.rule)).toEqual(['post/cycle', 'post/parent-missing']);
  });

  it('leaves out suppressed findings and tool rules (fixed in setara\'s own files)', () => {
    const set = loadRuleset('kabupaten-kota', process.cwd());
    expect(baselined(finding('post/cycle', 'posts.csv', 3), set)).toBe(true);
    expect(baselined(finding('post/cycle', 'posts.csv', 3, { suppressed: { reason: 'r', source: 'rules.yaml:3' } }), set)).toBe(false);
    expect(baselined(finding('suppression/unused', 'rules.yaml', 12), set)).toBe(false);
  });
});

describe('comparing with a baseline', () => {
  it('identical findings count: one entry holds one of two, and the later one is new', () => {
    const first = finding('team/duplicate-member', 'teams.csv', 2, { column: 'nip' });
    const second = { ...first, line: 7, row: 6 };
    const { entryOf, entries } = entriesOf([first]);
    const c = compareWithBaseline([second, first], entries, entryOf);
    expect([...c.known]).toEqual([first]);
    expect(c.gone).toEqual([]);
    const both = entriesOf([first, second]).entries;
    expect(both).toHaveLength(2);
    expect(compareWithBaseline([first, second], both, entryOf).known.size).toBe(2);
  });

  it('entries no finding matches any more are gone, each as often as it is missing, sorted', () => {
    const kept = finding('post/parent-missing', 'posts.csv', 3, { postId: 'DIN.01', column: 'parent_id' });
    const fixed = finding('post/cycle', 'posts.csv', 4, { postId: 'DIN.02', column: 'parent_id' });
    const { entryOf, entries } = entriesOf([fixed, kept, fixed, kept]);
    const c = compareWithBaseline([kept], entries, entryOf);
    expect([...c.known]).toEqual([kept]);
    expect(c.gone.map((e) => `${e.rule} ${e.post}`)).toEqual(['post/cycle DIN.02', 'post/cycle DIN.02', 'post/parent-missing DIN.01']);
  });

  it('an entry edited by hand with its keys in another order still matches', () => {
    const f = finding('team/member-kind', 'teams.csv', 2, { column: 'nip' });
    const { entryOf } = entriesOf([f]);
    const handMade: BaselineEntry = { column: 'nip', nip: '199002022015032002', team: 'TIM-A', table: 'teams', rule: 'team/member-kind' };
    expect(compareWithBaseline([f], [handMade], entryOf).known.size).toBe(1);
  });
});

describe('the baseline file', () => {
  const entries: BaselineEntry[] = [
    { rule: 'post/cycle', table: 'posts', post: 'DIN.02', column: 'parent_id' },
    { rule: 'post/cycle', table: 'posts', post: 'DIN.02', column: 'parent_id' },
    { rule: 'team/member-kind', table: 'teams', team: 'TIM-A', nip: '199002022015032002', column: 'nip' },
  ];

  it('is JSON with a version, the setara version and one entry per line, and reads back as written', async () => {
    const d = mkdtempSync(join(tmpdir(), 'setara-baseline-file-'));
    await writeBaseline('b.json', entries, '9.9.9', { cwd: d, force: false, inputs: [] });
    expect(readFileSync(join(d, 'b.json'), 'utf8')).toBe(
      '{\n  "version": 1,\n  "tool": {\n    "name": "setara",\n    "version": "9.9.9"\n  },\n  "entries": [\n' +
        '    {"rule":"post/cycle","table":"posts","post":"DIN.02","column":"parent_id"},\n' +
        '    {"rule":"post/cycle","table":"posts","post":"DIN.02","column":"parent_id"},\n' +
        '    {"rule":"team/member-kind","table":"teams","team":"TIM-A","nip":"199002022015032002","column":"nip"}\n' +
        '  ]\n}\n',
    );
    expect(readBaseline('b.json', d)).toEqual(entries);
    await writeBaseline('empty.json', [], '9.9.9', { cwd: d, force: false, inputs: [] });
    expect(readBaseline('empty.json', d)).toEqual([]);
  });

  it('is not replaced without --force, and a file with an unknown key is refused naming it', async () => {
    const d = mkdtempSync(join(tmpdir(), 'setara-baseline-file-'));
    writeFileSync(join(d, 'b.json'), 'old');
    await expect(writeBaseline('b.json', entries, '9.9.9', { cwd: d, force: false, inputs: [] })).rejects.toThrow(/b\.json already exists/);
    expect(readFileSync(join(d, 'b.json'), 'utf8')).toBe('old');
    writeFileSync(join(d, 'extra.json'), '{"version": 1, "entries": [{"rule": "post/cycle", "table": "posts", "line": 4}]}');
    expect(() => readBaseline('extra.json', d)).toThrow(expect.objectContaining({ file: 'extra.json', message: "invalid baseline: 'entries.0.line': unknown key" }));
  });
});
