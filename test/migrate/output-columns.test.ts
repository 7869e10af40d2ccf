/**
 * The column tables of the CSVs migrate writes (src/migrate/output-columns.ts): each file's header line is its table's
 * headers, in order, and each cell is under its own header (read back by header, the cells are the inputs' values).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAPPING_CSV, PEOPLE_CSV, POSTS_CSV, TEAMS_CSV } from '../../src/migrate/output-columns.js';
import { runMain } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
type Row = Record<string, string>;
const records = (path: string): Row[] => parse(readFileSync(path), { columns: true, bom: true }) as Row[];

let out: string;

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'setara-columns-')), 'hasil');
  const r = await runMain(['migrate', 'posts.csv', '--people', 'people.csv', '--teams', 'teams.csv', '--ruleset', 'rules.yaml', '--as-of', '2026-12-01', '--out', out], { cwd: SAMPLE });
  expect(r.code, r.stderr).toBeLessThan(2);
}, 60_000);

describe('the CSVs migrate writes follow their column tables', () => {
  it.each([POSTS_CSV, MAPPING_CSV, PEOPLE_CSV, TEAMS_CSV])('$file: the header line is the table\'s headers, in order; every row as wide', (table) => {
    const rows = parse(readFileSync(join(out, table.file)), { bom: true, relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual(table.headers);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.filter((r) => r.length !== table.headers.length)).toEqual([]);
  });

  it('posts.csv and mapping.csv: the input\'s posts in order, each cell under its header', () => {
    const input = records(join(SAMPLE, 'posts.csv'));
    const posts = records(join(out, POSTS_CSV.file));
    const mapping = records(join(out, MAPPING_CSV.file));
    expect(posts.map((p) => [p.id, p.source_id])).toEqual(input.map((p) => [p.id, p.id]));
    // The input has one record per line after its header.
    expect(mapping.map((m) => [m.post_id, m.new_post_id, m.parent_id, m.name, m.unit, m.line])).toEqual(
      input.map((p, i) => [p.id, p.id, p.parent_id, p.name, p.unit, String(i + 2)]),
    );
    const equalised = mapping.filter((m) => m.decision === 'equalise');
    expect(equalised.length).toBeGreaterThan(0);
    expect(equalised.filter((m) => !m.jf || !m.jf_name || !m.jenjang || !m.rule_ids)).toEqual([]);
  });

  it('people.csv: the input\'s people in order, each cell under its header', () => {
    const input = records(join(SAMPLE, 'people.csv'));
    const people = records(join(out, PEOPLE_CSV.file));
    // golongan, education and status are written normalised (D3 → D-III, PNS → pns): only their presence is compared.
    const cells = (p: Row) => [p.nip, p.name, p.birth_date];
    expect(people.map((p) => [...cells(p), p.old_post_id, !!p.education, !!p.status])).toEqual(input.map((p) => [...cells(p), p.post_id, !!p.education, !!p.status]));
  });

  it('teams.csv: one row per member of plan.json\'s teams', () => {
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as { teams: Array<{ teamId: string; teamName: string; ownerPostId: string; members: Array<{ nip: string; role: string }> }> };
    const rows = records(join(out, TEAMS_CSV.file)).map((t) => [t.team_id, t.team_name, t.owner_post_id, t.nip, t.role]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(plan.teams.flatMap((t) => t.members.map((m) => [t.teamId, t.teamName, t.ownerPostId, m.nip, m.role])));
  });
});
