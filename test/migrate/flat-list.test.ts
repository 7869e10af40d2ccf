/**
 * Flat lists (issue 15 §5): a posts table without parents migrates as its full tree does. The sample regency without
 * parent_id, and with only title, eselon and opd, in its own order and shuffled; and a city's flat list of 100 posts,
 * which gave one post/multiple-roots error per post (94) before the tree was read from titles.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionOf, migrateRun, readCsv, writeTable, type MigrateRun } from '../helpers/migrate-run.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
const CITY = join(import.meta.dirname, 'fixtures');
type Run = MigrateRun;

/** A migrate run in English that must not end in exit 2. */
async function migrate(posts: string, cwd: string, extra: string[] = []): Promise<Run> {
  const r = await migrateRun(posts, cwd, ['--lang', 'en', ...extra]);
  expect(r.code, r.stderr).toBeLessThan(2);
  return r;
}

const table = writeTable;

/** Deterministic shuffle (a 32-bit LCG): the same order on every run. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 15;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const STRUCTURAL = ['jpt_pratama', 'administrator', 'pengawas'];

describe('the sample regency without parents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'setara-sample-flat-'));
  const rows = readCsv(join(SAMPLE, 'posts.csv'));
  let full: Run;
  let noParent: Run;
  let titles: Run;
  let titlesShuffled: Run;
  beforeAll(async () => {
    writeFileSync(join(dir, 'rules.yaml'), readFileSync(join(SAMPLE, 'rules.yaml')));
    const args = ['--ruleset', 'rules.yaml'];
    full = await migrate(join(SAMPLE, 'posts.csv'), dir, args);
    noParent = await migrate(table(dir, 'no-parent.csv', ['id', 'name', 'kind', 'eselon', 'unit', 'opd', 'unit_type'], rows), dir, args);
    titles = await migrate(table(dir, 'titles.csv', ['id', 'name', 'eselon', 'opd'], rows), dir, args);
    titlesShuffled = await migrate(table(dir, 'titles-shuffled.csv', ['id', 'name', 'eselon', 'opd'], shuffled(rows)), dir, args);
  }, 60_000);

  const differing = (run: Run) => [...full.mapping.values()].filter((m) => decisionOf(m) !== decisionOf(run.mapping.get(m.post_id!)!));
  const misplaced = (run: Run) =>
    [...full.mapping.values()].filter((m) => STRUCTURAL.includes(m.kind!) && run.mapping.get(m.post_id!)!.parent_id !== m.parent_id).map((m) => m.post_id);

  it('decides at least 90% of posts as the full tree does, with or without the unit and kind columns, in any order', () => {
    for (const run of [noParent, titles, titlesShuffled]) expect(differing(run).length / full.mapping.size).toBeLessThanOrEqual(0.1);
    // In its own (hierarchical) order, with the unit columns: every decision.
    expect(differing(noParent).map((m) => m.post_id)).toEqual([]);
  });

  it('says that decisions rest on inferred parents (mapping basis, the summary line)', () => {
    // A Kasubbag kept in a Dinas secretariat: "within sekretariat" holds through a parent read from titles.
    expect(noParent.mapping.get('DINKES.01.01')).toMatchObject({ decision: 'keep', criterion: 'b: sekretariat', basis: 'parent-from-title' });
    // An equalised Kasi rests on every reading the keep criteria looked at.
    expect(noParent.mapping.get('DINKES.02.01')).toMatchObject({ decision: 'equalise', basis: 'parent-from-title' });
    expect(full.mapping.get('DINKES.02.01')!.basis).toBe('data');
    expect(noParent.stderr).toMatch(/; \d+ parents inferred from titles \(16 OPDs\);/);
    expect(full.stderr).not.toMatch(/parents inferred/);
  });

  it('puts every head of a unit under its superior of the full tree when the list is in hierarchical order', () => {
    expect(misplaced(noParent)).toEqual([]);
    expect(misplaced(titles)).toEqual([]);
  });

  it('reports one OPD at a time, not one root per post', () => {
    for (const run of [noParent, titles, titlesShuffled]) {
      expect(run.findings.filter((f) => f.ruleId === 'post/multiple-roots')).toEqual([]);
      const perOpd = run.findings.filter((f) => f.ruleId === 'post/parent-inferred');
      expect(perOpd).toHaveLength(16);
      expect(perOpd.every((f) => f.severity === 'info')).toBe(true);
      const counted = perOpd.reduce((n, f) => n + Number(/^parents of (\d+) posts/.exec(f.message)![1]), 0);
      expect(counted).toBe(600 - 16);
    }
    expect(noParent.findings.find((f) => f.ruleId === 'post/parent-inferred' && f.postId === 'KECSUKAMAJU')!.message).toBe(
      "parents of 24 posts in OPD 'Kecamatan Sukamaju' inferred from titles, units and eselon (parent_id empty); head: 'Camat Sukamaju'",
    );
  });
});

describe("a city's flat list of 100 posts (no parent in any row; a kecamatan without eselons)", () => {
  let run: Run;
  let truth: Map<string, string>;
  let treeRun: Run;
  beforeAll(async () => {
    run = await migrate('kota-flat.csv', CITY);
    truth = new Map(readCsv(join(CITY, 'kota-flat-parents.csv')).map((r) => [r.id!, r.parent_id!]));
    // The same list with its true parents, for the decisions of the full tree.
    const dir = mkdtempSync(join(tmpdir(), 'setara-city-'));
    const rows = readCsv(join(CITY, 'kota-flat.csv')).map((r) => ({ ...r, parent_id: truth.get(r.id!)! }));
    treeRun = await migrate(table(dir, 'kota-tree.csv', ['id', 'parent_id', 'nama_jabatan', 'eselon', 'skpd'], rows), dir);
  }, 60_000);

  it('has no error: no post/multiple-roots storm, no eselon guess against another', () => {
    expect(run.code).toBe(0);
    expect(run.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(run.findings.filter((f) => f.ruleId === 'post/parent-inferred').map((f) => f.postId)).toEqual(['1001', '1021', '1040', '1062', '1072', '1089']);
  });

  it('builds the tree: every head of a unit under its superior (the list is in hierarchical order), JF and pelaksana under a unit or the head', () => {
    const wrong = [...run.mapping.values()].filter((m) => STRUCTURAL.includes(m.kind!) && m.parent_id !== truth.get(m.post_id!));
    expect(wrong.map((m) => `${m.post_id} ${m.name} → ${m.parent_id}`)).toEqual([]);
    const heads = new Set(['1001', '1021', '1040', '1062', '1072', '1089']);
    for (const m of run.mapping.values()) if (!STRUCTURAL.includes(m.kind!)) expect([truth.get(m.post_id!), ...heads], m.post_id).toContain(m.parent_id);
  });

  it('gives a kecamatan without eselons the typical ones, each an unconfirmed inference', () => {
    const eselon = (id: string) => run.mapping.get(id)!.eselon;
    // Camat, Sekretaris Kecamatan, Kasubbag, Kasi, Lurah, Sekretaris Kelurahan, Kasi of a kelurahan
    expect(['1072', '1073', '1074', '1077', '1081', '1082', '1083'].map(eselon)).toEqual(['III.a', 'III.b', 'IV.b', 'IV.a', 'IV.a', 'IV.b', 'IV.b']);
    const typical = run.findings.filter((f) => f.ruleId === 'post/eselon-typical');
    expect(typical).toHaveLength(16);
    for (const f of typical) expect(f.message).toMatch(/inferred: the typical value of .* \(unconfirmed; rules\/data\/eselon-typical\.yaml:\d+\)$/);
  });

  it('decides as its full tree does', () => {
    const differing = [...treeRun.mapping.values()].filter((m) => decisionOf(m) !== decisionOf(run.mapping.get(m.post_id!)!));
    expect(differing.length / treeRun.mapping.size).toBeLessThanOrEqual(0.1);
    const decision = (id: string) => run.mapping.get(id)!.decision;
    expect(decision('1032')).toBe('equalise'); // Kasi Kurikulum SMP, in a Bidang of a Dinas
    expect(decision('1025')).toBe('keep'); // Kasubbag Keuangan, in the secretariat of a Dinas
    expect(decision('1054')).toBe('keep'); // Kasubbag TU of a UPT
    expect(decision('1083')).toBe('keep'); // Kasi of a kelurahan
  });
});
