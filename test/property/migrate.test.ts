/**
 * Migrate invariants over random structures (random trees, kinds, eselon, unit types and names), on the pure
 * functions: every input post is in mapping.csv exactly once, the migrated tree has no cycle and no orphan, and the
 * counts of plan.json, mapping.csv and posts.csv agree. Also: the batch decision path (no trace) decides exactly
 * like the explained one, and its shared verdicts and JF matches give every post what deciding it alone gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/check/reporter.js';
import { mappingRows, postsRows } from '../../src/migrate/outputs.js';
import { rowsOf } from '../helpers/csv-rows.js';
import { textOf } from '../helpers/text-out.js';
import { buildPlan } from '../../src/migrate/plan.js';
import { jsonText } from '../../src/io/json-write.js';
import { decideContext, runMigration } from '../../src/migrate/run.js';
import { decideAll, decidePost } from '../../src/migrate/decide.js';
import { buildStructure } from '../../src/model/structure.js';
import { ESELONS, UNIT_TYPES, type Eselon, type Kind, type Post } from '../../src/model/types.js';
import { decide, decisionRules, rulesForPost } from '../../src/rules/engine.js';
import { factsFor } from '../../src/rules/facts.js';
import { loadReferenceData } from '../../src/rules/reference.js';
import { loadRuleset } from '../../src/rules/ruleset.js';
import { MAPPING_CSV, POSTS_CSV } from '../../src/migrate/output-columns.js';

const rulesets = Object.fromEntries(['kabupaten-kota', 'provinsi', 'pusat'].map((id) => [id, loadRuleset(id, process.cwd())]));
const ref = loadReferenceData();

const UNITS = [
  'Sekretariat', 'Subbagian Umum dan Kepegawaian', 'Subbagian Keuangan', 'Bidang Perencanaan', 'Seksi Program', 'Seksi Pengendalian Penyakit',
  'Subbidang Anggaran', 'UPT Puskesmas Sukamaju', 'Kelurahan Sukamaju', 'Bagian Hukum', 'Bagian Pengadaan Barang dan Jasa', 'Kecamatan Kota',
  'RSUD Kabupaten', 'Inspektur Pembantu Wilayah I', 'Bidang Kearsipan', '',
];
const TITLES = ['Kepala', 'Sekretaris', 'Pengadministrasi Umum', 'Analis Kebijakan Ahli Muda', 'Perencana Ahli Pertama', 'Pengolah Data', 'Koordinator Program', 'Lurah'];
// OPD heads of every structural kind: common/keep-opd-head keeps an administrator or pengawas head under every
// ruleset, so no staff is ever left without a parent.
const HEAD_KINDS: Kind[] = ['jpt_pratama', 'administrator', 'pengawas'];
const KINDS: Kind[] = ['administrator', 'pengawas', 'pengawas', 'pelaksana', 'pelaksana', 'fungsional'];
const OPDS = ['Dinas Kesehatan', 'Sekretariat Daerah', 'Kecamatan Kota', 'Badan Kepegawaian Daerah', 'Inspektorat', 'Dinas Contoh'];

interface Spec {
  parent: number; // index into earlier posts, or -1 for a new OPD head
  kind: number;
  eselon: number; // -1: none
  unitType: number; // -1: none
  unit: number;
  title: number;
}

const specArb = fc.record({
  parent: fc.integer({ min: -1, max: 1000 }),
  kind: fc.nat(),
  eselon: fc.integer({ min: -1, max: ESELONS.length - 1 }),
  unitType: fc.integer({ min: -1, max: UNIT_TYPES.length - 1 }),
  unit: fc.nat(),
  title: fc.nat(),
});

/** A forest in input order (parents first); heads are structural posts with an eselon, so they are always kept. */
function buildPosts(specs: Spec[]): Post[] {
  const posts: Post[] = [];
  specs.forEach((s, i) => {
    const head = i === 0 || s.parent === -1;
    const parent = head ? null : posts[s.parent % posts.length]!;
    const kind = head ? HEAD_KINDS[s.kind % HEAD_KINDS.length]! : KINDS[s.kind % KINDS.length]!;
    const eselon = head ? ({ jpt_pratama: 'II.b', administrator: 'III.a', pengawas: 'IV.a' } as Record<string, Eselon>)[kind]! : s.eselon === -1 ? null : ESELONS[s.eselon]!;
    const unit = UNITS[s.unit % UNITS.length]!;
    const id = head ? `H${i}` : `${parent!.id}.${i}`;
    posts.push({
      id, parentId: parent?.id ?? null, name: `${TITLES[s.title % TITLES.length]} ${unit}`.trim(), kind, eselon, unit,
      opd: head ? OPDS[i % OPDS.length]! : parent!.opd, unitType: s.unitType === -1 ? null : UNIT_TYPES[s.unitType]!,
      file: 'p.csv', line: i + 2, row: i + 1,
    });
  });
  return posts;
}

describe('migrate invariants (property)', () => {
  for (const [id, ruleset] of Object.entries(rulesets)) {
    it(`${id}: each post once in mapping.csv; a tree without cycle or orphan; plan, mapping and posts agree`, () => {
      fc.assert(
        fc.property(fc.array(specArb, { minLength: 1, maxLength: 40 }), (specs) => {
          const posts = buildPosts(specs);
          const structure = buildStructure(posts);
          const reporter = createReporter(ruleset, 'en');
          const result = runMigration({ structure, ruleset, ref, analyst: new Map(), asOf: '2026-12-01', lang: 'en', reporter });
          const mapping = rowsOf(mappingRows(result, 'en'), MAPPING_CSV.headers.length).map((r) => Object.fromEntries(MAPPING_CSV.headers.map((c, i) => [c, r[i] === null ? '' : String(r[i])])));
          const out = rowsOf(postsRows(result), POSTS_CSV.headers.length).map((r) => Object.fromEntries(POSTS_CSV.headers.map((c, i) => [c, r[i] === null ? '' : String(r[i])])));
          const plan = buildPlan({
            toolVersion: 't', ruleset, asOf: '2026-12-01', inputs: [], structure, decisions: result.decisions, migrated: result.migrated,
            people: result.people, teams: result.teams, findings: reporter.findings,
          });
          // What migrate writes parses back to the plan.
          expect(JSON.parse(textOf((out) => jsonText(out, plan)))).toEqual(JSON.parse(JSON.stringify(plan)));

          // Every input post exactly once.
          expect(mapping.map((m) => m.post_id).sort()).toEqual(posts.map((p) => p.id).sort());
          expect(new Set(mapping.map((m) => m.post_id)).size).toBe(posts.length);

          // The migrated tree: parents exist (or are empty for the OPD heads), and no cycle.
          const ids = new Map(out.map((p) => [p.id, p]));
          expect(ids.size).toBe(out.length);
          for (const p of out) {
            if (p.parent_id === '') expect(posts.find((x) => x.id === p.id)!.parentId, p.id).toBeNull();
            else expect(ids.has(p.parent_id!), `${p.id} → ${p.parent_id}`).toBe(true);
            const seen = new Set<string>();
            for (let cur: Record<string, string> | undefined = p; cur && cur.parent_id !== ''; cur = ids.get(cur.parent_id!)) {
              expect(seen.has(cur.id!), `cycle through ${cur.id}`).toBe(false);
              seen.add(cur.id!);
            }
          }
          // Mapping's new ids and parents are posts.csv's.
          for (const m of mapping) {
            expect(ids.get(m.new_post_id!)?.parent_id).toBe(m.new_parent_id);
          }

          // Counts reconcile.
          const count = (d: string) => mapping.filter((m) => m.decision === d).length;
          expect(plan.summary.postsBefore).toBe(mapping.length);
          expect(plan.summary.postsAfter).toBe(out.length);
          expect([plan.summary.equalised, plan.summary.kept, plan.summary.review]).toEqual([count('equalise'), count('keep'), count('review')]);
          expect(plan.summary.equalised + plan.summary.kept + plan.summary.review).toBe(posts.length);
          expect(plan.opds.reduce((n, o) => n + o.postsBefore, 0)).toBe(posts.length);
          // Per OPD: the plan's counts are those of mapping.csv's and posts.csv's rows of that OPD.
          expect(plan.opds.map((o) => o.opd)).toEqual([...new Set(mapping.map((m) => m.opd!))].sort());
          const structural = (r: Record<string, string>) => !['', 'pelaksana', 'fungsional'].includes(r.kind!);
          for (const o of plan.opds) {
            const rows = mapping.filter((m) => m.opd === o.opd);
            const after = out.filter((p) => p.opd === o.opd);
            const by = (d: string) => rows.filter((m) => m.decision === d).length;
            expect([o.postsBefore, o.equalised, o.kept, o.review], o.opd).toEqual([rows.length, by('equalise'), by('keep'), by('review')]);
            expect([o.postsAfter, o.structuralBefore, o.structuralAfter], o.opd).toEqual([after.length, rows.filter(structural).length, after.filter(structural).length]);
            expect(o.replaced, o.opd).toBe(rows.filter((m) => m.change === 'replaced').length);
          }
          expect(out.filter((p) => p.change === 'equalised')).toHaveLength(result.decisions.filter((d) => d.decision === 'equalise' && d.jenjang).length);
        }),
        { numRuns: 80 },
      );
    });

    it(`${id}: the batch path (no trace, rules filtered by kind and eselon) fires the same rule with the same local entry as the explained one`, () => {
      const rules = decisionRules(ruleset);
      const rulesFor = rulesForPost(rules);
      fc.assert(
        fc.property(fc.array(specArb, { minLength: 1, maxLength: 40 }), (specs) => {
          const s = buildStructure(buildPosts(specs));
          s.indexed.forEach((p, i) => {
            const f = factsFor(s, i);
            const a = decide(f, ruleset, rules, true);
            const b = decide(f, ruleset, rules, false);
            expect(b?.rule.id).toBe(a?.rule.id);
            expect(b?.local).toEqual(a?.local);
            expect(b?.trace).toEqual(a ? [] : undefined);
            // Only the rules whose kind and eselon admit the post (what decideAll tries): the same rule fires.
            const c = decide(f, ruleset, rulesFor(p), false);
            expect(c?.rule.id).toBe(a?.rule.id);
            expect(c?.local).toEqual(a?.local);
          });
        }),
        { numRuns: 80 },
      );
    });
  }
});

describe('shared verdicts (property)', () => {
  // Region names in titles and units: words no JF keyword holds, so posts of different regions share JF matches.
  const REGIONS = ['Sukamaju', 'Mekarsari', 'Tanjung Harapan'];
  for (const [id, ruleset] of Object.entries(rulesets)) {
    it(`${id}: every post's verdict and findings from decideAll are those it gets when decided alone, with a new matcher`, () => {
      const rulesFor = rulesForPost(decisionRules(ruleset));
      fc.assert(
        fc.property(fc.array(specArb, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (specs, regions) => {
          const region = (k: number) => REGIONS[regions[k % regions.length]! % REGIONS.length]!;
          // A title names its unit, of its own region or (now and then) another: the unit's words count once or twice.
          const posts = buildPosts(specs).map((p, i) => ({ ...p, name: `${p.name} ${region(i)}`, unit: p.unit ? `${p.unit} ${region(i + 1)}` : p.unit }));
          const structure = buildStructure(posts);
          const batch = createReporter(ruleset, 'en');
          const shared = decideAll(decideContext({ structure, ruleset, ref, analyst: new Map(), reporter: batch }));
          const alone = createReporter(ruleset, 'en');
          structure.indexed.forEach((p, i) => {
            const ctx = decideContext({ structure, ruleset, ref, analyst: new Map(), reporter: alone });
            const { trace: _trace, jfFinding: _finding, ...verdict } = decidePost(p, rulesFor(p), ctx, false);
            expect(shared[i]).toEqual(verdict);
          });
          expect(batch.findings).toEqual(alone.findings);
        }),
        { numRuns: 40 },
      );
    });
  }
});
