/**
 * Fuzzing rule files: a small regional ruleset that extends kabupaten-kota (and the sample regency's own rules.yaml)
 * is edited into values of the wrong type, unknown and prototype-named keys, empty lists, regexes that do not
 * compile, huge numbers, overrides of unknown rules, `extends` cycles and unknown ids, odd local-list entries and JF
 * keywords for unknown JF, then used by `rules check|list|show`, `validate`, `explain` and `migrate --dry-run`.
 * Whatever the file, each run ends with exit 0, 1 or 2, never an internal error, and a refusal is one `setara:` line
 * naming the file.
 *
 * CI runs a few hundred cases from a fixed seed. To hunt: SETARA_FUZZ_RUNS=2000 SETARA_FUZZ_SEED=$RANDOM npx vitest run
 * test/hostile/fuzz-rules.test.ts
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHandled, runMain, type RunResult } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
const RUNS = Number(process.env.SETARA_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.SETARA_FUZZ_SEED ?? 20261201);

/** A regional ruleset using every part of the format: own rules, overrides, every local list, limits. */
const SMALL = `version: 1
id: daerah-uji
rule_version: "2026.1"
description: { id: Aturan daerah uji, en: Test region rules }
extends: [kabupaten-kota, induk.yaml]
rules:
  - id: daerah/keep-perencanaan
    type: decision
    priority: 90
    description: { id: Perencanaan tetap, en: Planning stays }
    citation: { regulation: Perbup Contoh 1/2026, confidence: local-policy }
    when:
      kind: [pengawas]
      eselon: [IV.a, IV.b]
      name_matches: ["perencanaan", "\\\\bprogram\\\\b"]
      any:
        - { local_list: kept_units }
        - { within: [bidang], opd_type: [badan] }
      not: { opd_head: true }
    outcome: { decision: keep, criterion: "d: perencanaan", reason: { id: alasan, en: reason } }
  - id: daerah/equalise-seksi
    type: decision
    description: { id: Seksi disetarakan, en: Sections are equalised }
    citation: { regulation: Perbup Contoh 1/2026, article: Pasal 2, confidence: local-policy }
    when: { unit_type: [seksi], local_list: seksi_level_affairs }
    outcome: { decision: equalise, jenjang: ahli_muda }
  - id: daerah/catatan
    type: check
    severity: info
    options: { batas: 3, teks: ok, aktif: true }
    description: { id: Catatan daerah, en: A regional note }
    citation: { regulation: Perbup Contoh 1/2026, confidence: unconfirmed }
overrides:
  person/golongan-outside-eselon: off
  kabkota/review-fallback: error
local:
  kept_units:
    - { match: BAPPEDA.02, reason: perencanaan strategis, citation: { regulation: Perbup Contoh 1/2026, confidence: local-policy } }
    - { match: Bidang Pengadaan, reason: pengadaan }
  seksi_level_affairs:
    - { match: Seksi Kesehatan Lingkungan, reason: urusan setingkat seksi }
  jf_keywords:
    - { jf: analis-kebijakan, words: [kerja sama, kemitraan], weight: 5 }
    - { jf: perencana, words: [program] }
  limits: { team_max_ketua: 1, team_max_members: 15, team_max_per_person: 3, ketua_min_jenjang: ahli_muda, jf_min_score: 2, batas_daerah: 4 }
`;
const PARENT = 'version: 1\nid: induk\ndescription: { id: Induk, en: Parent }\nextends: [kabupaten-kota]\n';

const BASES = { small: SMALL, sample: readFileSync(join(SAMPLE, 'rules.yaml'), 'utf8') } as const;

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'setara-fuzz-rules-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------------
// Hostile values

const BAD_REGEX = ['(', '[', '*', '+a', '(?<', '\\', 'a{2,1}', '(?<n>a)(?<n>b)', '\\k<x>', '(?=', ')', '[z-a]', '(?<=a', '\\p{', 'a**'];
/** `extends` entries: shipped ids, the file itself and its parent (cycles), unknown ids, directories, non-files. */
const EXTENDS = [
  'kabupaten-kota', 'provinsi', 'pusat', 'base', 'sistem-kerja', 'common-decisions', 'rules.yaml', './rules.yaml', 'induk.yaml',
  'tidak-ada', 'tidak-ada.yaml', '.', '..', '/', '/dev/null', '/tidak/ada.yaml', '../../../../tidak-ada.yaml', 'C:\\rules.yaml',
];
const HOSTILE_STRING = [
  '', ' ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'x'.repeat(20_000), ...EXTENDS,
  'kabkota/keep-jpt', 'kabkota/keep-administrator', 'person/golongan-outside-eselon', 'daerah/keep-perencanaan', 'x/y',
  'off', 'error', 'warning', 'info', 'keep', 'equalise', 'equalize', 'review', 'ahli', 'ahli_muda', 'ahli_utama', 'none',
  'IV.e', 'IV.a', 'pengawas', 'pelaksana', 'seksi', 'kept_units', 'seksi_level_affairs', 'analis-kebijakan', 'perencana',
  'bukan-jf', 'local-policy', 'confirmed', '👩‍💼', '\u202E', 'a\u200Bb', '\u0000', '\u0001', 'a\nb', '%', '~', '~1', '/', '*', '&a',
  ...BAD_REGEX,
];
const HOSTILE_SCALAR: unknown[] = [
  null, true, false, 0, -1, 1, 1.5, 0.05, 10, 11, 1000, 1001, 1e308, -1e308, Infinity, -Infinity, NaN, 2 ** 53 + 1,
  99999999999999999999n, ...HOSTILE_STRING,
];
const scalar = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_SCALAR) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [[]], [{}], [null], { id: 'x', en: 'y' }, { __proto__: null, id: 'x' }) },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'id', 'en', 'match', 'reason', 'jf', 'words', 'kind', 'x'), scalar, { maxKeys: 3 }) },
);
const key = fc.constantFrom(
  '__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'unknown', 'id', 'en', 'when', 'outcome', 'extends',
  'kind', 'name_matches', 'local_list', 'any', 'not', 'match', 'reason', 'citation', 'jf', 'words', 'weight', 'limits',
  'team_max_ketua', 'ketua_min_jenjang', 'jf_min_score', 'kabkota/keep-jpt', 'kabkota/keep-administrator', 'tidak/ada', '',
);

function fraction(): fc.Arbitrary<number> {
  return fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((i) => i / 1_000_000);
}
const frac = fraction();

/** Places a targeted mutation aims at (the path exists in SMALL; in the sample file it is created). */
const TARGETS = [
  ['extends'], ['extends', 0], ['extends', 1], ['rules'], ['rules', 0, 'when', 'name_matches'], ['rules', 0, 'when', 'name_matches', 0],
  ['rules', 0, 'when', 'any', 0, 'local_list'], ['rules', 0, 'when', 'not'], ['rules', 0, 'priority'], ['rules', 0, 'id'],
  ['rules', 1, 'outcome', 'jenjang'], ['rules', 2, 'options'], ['rules', 2, 'severity'], ['overrides'],
  ['local', 'kept_units'], ['local', 'kept_units', 0, 'match'], ['local', 'seksi_level_affairs', 0], ['local', 'jf_keywords'],
  ['local', 'jf_keywords', 0, 'jf'], ['local', 'jf_keywords', 0, 'words'], ['local', 'jf_keywords', 1, 'weight'],
  ['local', 'limits'], ['local', 'limits', 'team_max_members'], ['local', 'limits', 'ketua_min_jenjang'], ['local', 'limits', 'jf_min_score'],
  ['id'], ['version'], ['description'], ['rule_version'],
] as const;

const str = fc.constantFrom(...HOSTILE_STRING);
const RULE_IDS = ['kabkota/keep-jpt', 'kabkota/keep-administrator', 'kabkota/review-fallback', 'person/golongan-outside-eselon', 'schema/invalid-value', 'sk/koordinator-abolished', 'decision/no-rule', 'daerah/keep-perencanaan', 'daerah/catatan', 'tidak/ada', '__proto__', 'constructor'];
const KINDS = ['jpt_pratama', 'administrator', 'pengawas', 'pelaksana', 'fungsional'];
const SEVERITIES = ['off', 'error', 'warning', 'info'];
const int = fc.oneof(fc.integer({ min: -2, max: 20 }), fc.constantFrom(1000, 1001, 2 ** 31, 2 ** 53 + 1, 1e308, 1.5));

/**
 * Values of the type the schema asks for at a place, mostly, so that the file passes the schema and reaches the
 * loader's own checks and the runs (a random value at a random place is nearly always a schema error).
 */
const TYPED: Array<[ReadonlyArray<string | number>, fc.Arbitrary<unknown>]> = [
  [['extends'], fc.array(fc.constantFrom(...EXTENDS), { maxLength: 3 })],
  [['rules', 0, 'when', 'name_matches'], fc.array(fc.oneof(str, fc.constantFrom(...BAD_REGEX), fc.string({ minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 3 })],
  [['rules', 0, 'when', 'kind'], fc.subarray(KINDS)],
  [['rules', 0, 'when', 'any'], fc.constantFrom([], [{ local_list: 'kept_units' }], [{ not: { opd_head: false } }], [{ any: [{ any: [{ kind: [] }] }] }])],
  [['rules', 0, 'when', 'not'], fc.constantFrom({ local_list: 'seksi_level_affairs' }, { name_matches: ['('] }, { not: { not: { opd_head: true } } })],
  [['rules', 0, 'priority'], int],
  [['rules', 0, 'id'], fc.constantFrom(...RULE_IDS, 'daerah/a-b', 'a/__proto__', 'constructor/prototype')],
  [['rules', 1, 'id'], fc.constantFrom('daerah/keep-perencanaan', 'kabkota/keep-jpt')],
  [['rules', 1, 'outcome'], fc.record({ decision: fc.constantFrom('keep', 'equalise', 'review'), jenjang: fc.constantFrom('ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama') }, { requiredKeys: ['decision'] })],
  [['rules', 1, 'when', 'local_list'], fc.constantFrom('kept_units', 'seksi_level_affairs')],
  [['rules', 2, 'options'], fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'batas', 'toString'), fc.oneof(int, str, fc.boolean()), { maxKeys: 3 })],
  [['rules', 2, 'enabled'], fc.boolean()],
  [['rules', 2, 'locked'], fc.boolean()],
  [['overrides'], fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom(...SEVERITIES), { maxKeys: 3 })],
  [['local', 'kept_units'], fc.array(fc.record({ match: str, reason: str }), { maxLength: 3 })],
  [['local', 'seksi_level_affairs'], fc.array(fc.record({ match: str, reason: str }), { maxLength: 3 })],
  [['local', 'kept_units', 0, 'match'], str],
  [['local', 'jf_keywords'], fc.array(fc.record({ jf: str, words: fc.array(str, { maxLength: 3 }), weight: fc.constantFrom(0.1, 3, 10, 0, 11, 1e308) }, { requiredKeys: ['jf', 'words'] }), { maxLength: 3 })],
  [['local', 'limits'], fc.dictionary(fc.constantFrom('team_max_ketua', 'team_max_members', 'team_max_per_person', 'jf_min_score', 'ketua_min_jenjang', '__proto__', 'constructor', 'toString', 'lain'), fc.oneof(int, str, fc.constantFrom('ahli_muda', 'none', '')), { maxKeys: 4 })],
  [['id'], fc.constantFrom('a', '0', 'x-', 'kabupaten-kota', 'base', 'constructor', 'proto')],
  [['rule_version'], str],
  [['description', 'en'], str],
];

type Mutation =
  | { t: 'typed'; path: ReadonlyArray<string | number>; v: unknown }
  | { t: 'set' | 'delete'; path: number[]; v: unknown }
  | { t: 'addKey'; path: number[]; k: string; v: unknown }
  | { t: 'target'; at: number; v: unknown }
  | { t: 'regex'; at: number; re: string }
  | { t: 'override'; k: string; v: unknown }
  | { t: 'extends'; v: string[] }
  | { t: 'parent'; v: string[] }
  | { t: 'jfKeyword'; jf: string; words: unknown }
  | { t: 'localUnit'; list: string; match: unknown; reason: unknown }
  | { t: 'raw'; kind: 'truncate' | 'tab' | 'dupKey' | 'deep' | 'alias' | 'tag' | 'merge' | 'empty' | 'bom' | 'nul' | 'doc2' | 'flow'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 16, arbitrary: fc.oneof(...TYPED.map(([path, v]) => v.map((x) => ({ t: 'typed' as const, path, v: x })))) },
  { weight: 3, arbitrary: fc.record({ t: fc.constantFrom('set' as const, 'delete' as const), path: fc.array(frac, { minLength: 1, maxLength: 6 }), v: value }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('addKey' as const), path: fc.array(frac, { maxLength: 5 }), k: key, v: value }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('target' as const), at: frac, v: value }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('regex' as const), at: frac, re: fc.constantFrom(...BAD_REGEX) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('override' as const), k: key, v: fc.oneof(fc.constantFrom('off', 'error', 'warning', 'info'), value) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('extends' as const), v: fc.array(fc.constantFrom(...EXTENDS), { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('parent' as const), v: fc.array(fc.constantFrom('rules.yaml', 'induk.yaml', 'kabupaten-kota', 'provinsi', 'tidak-ada'), { maxLength: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('jfKeyword' as const), jf: fc.constantFrom(...HOSTILE_STRING), words: value }) },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('localUnit' as const), list: fc.constantFrom('kept_units', 'seksi_level_affairs', '__proto__', 'limits'), match: value, reason: value }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('raw' as const),
      kind: fc.constantFrom('truncate' as const, 'tab' as const, 'dupKey' as const, 'deep' as const, 'alias' as const, 'tag' as const, 'merge' as const, 'empty' as const, 'bom' as const, 'nul' as const, 'doc2' as const, 'flow' as const),
      at: frac,
    }),
  },
);

const COMMANDS = ['check', 'list', 'list-json', 'show', 'validate', 'validate-teams', 'explain', 'migrate'] as const;

// ---------------------------------------------------------------------------------------------------------------

type Obj = Record<string | number, unknown>;

const isContainer = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

/** The container and key a path of fractions leads to (stopping at the first scalar). */
function walk(root: Obj, path: readonly number[]): { parent: Obj; key: string | number } {
  let parent: Obj = root;
  let k: string | number = 'doc';
  for (const f of path) {
    const node: unknown = parent[k];
    if (!isContainer(node)) break;
    const keys: Array<string | number> = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (!keys.length) break;
    parent = node;
    k = keys[Math.floor(f * keys.length)]!;
  }
  return { parent, key: k };
}

/** Sets a value at a fixed path, creating objects on the way. */
function setAt(doc: Obj, path: ReadonlyArray<string | number>, v: unknown): void {
  let node = doc;
  for (const [i, k] of path.entries()) {
    if (i === path.length - 1) {
      if (k === '__proto__') Object.defineProperty(node, k, { value: v, enumerable: true, writable: true, configurable: true });
      else node[k] = v;
      return;
    }
    if (!isContainer(node[k])) node[k] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[k] as Obj;
  }
}

const own = (o: Obj, k: string, v: unknown) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

function mutate(text: string, generated: Mutation[]): { rules: string; parent: string } {
  // fast-check hands the same constant objects to many runs: edit copies.
  const mutations = structuredClone(generated);
  const root: Obj = { doc: parseYaml(text) as unknown };
  let parentDoc: Obj = parseYaml(PARENT) as Obj;
  const raws: Array<Extract<Mutation, { t: 'raw' }>> = [];
  for (const m of mutations) {
    const doc = isContainer(root.doc) ? root.doc : (root.doc = {});
    switch (m.t) {
      case 'set':
      case 'delete': {
        const { parent, key: k } = walk(root, m.path);
        if (m.t === 'set') parent[k] = m.v;
        else if (Array.isArray(parent)) parent.splice(Number(k), 1);
        else delete parent[k];
        break;
      }
      case 'addKey': {
        const { parent, key: k } = walk(root, m.path);
        const target = parent[k];
        if (Array.isArray(target)) target.push(m.v);
        else if (isContainer(target)) own(target, m.k, m.v);
        break;
      }
      case 'typed':
        // The sample file has no rules of its own: give it the small file's, so that the edit is to a whole rule.
        if (m.path[0] === 'rules' && !Array.isArray(doc.rules)) doc.rules = (parseYaml(SMALL) as Obj).rules;
        setAt(doc, m.path, m.v);
        break;
      case 'target':
        setAt(doc, TARGETS[Math.floor(m.at * TARGETS.length)]!, m.v);
        break;
      case 'regex': {
        const list = ((doc.rules as Obj[] | undefined)?.[0]?.when as Obj | undefined)?.name_matches;
        if (Array.isArray(list)) list.splice(Math.floor(m.at * list.length), 0, m.re);
        else setAt(doc, ['rules', 0], { ...(parseYaml(SMALL) as { rules: unknown[] }).rules[0] as Obj, when: { name_matches: [m.re] } });
        break;
      }
      case 'override':
        if (!isContainer(doc.overrides)) doc.overrides = {};
        own(doc.overrides as Obj, m.k, m.v);
        break;
      case 'extends':
        doc.extends = m.v;
        break;
      case 'parent':
        parentDoc.extends = m.v;
        break;
      case 'jfKeyword':
        setAt(doc, ['local', 'jf_keywords'], [...(((doc.local as Obj | undefined)?.jf_keywords as unknown[] | undefined) ?? []), { jf: m.jf, words: m.words }]);
        break;
      case 'localUnit': {
        if (!isContainer(doc.local)) doc.local = {};
        const local = doc.local as Obj;
        const list = Array.isArray(local[m.list]) ? (local[m.list] as unknown[]) : [];
        own(local, m.list, [...list, { match: m.match, reason: m.reason }]);
        break;
      }
      case 'raw':
        raws.push(m);
        break;
    }
  }
  let out = dump(root.doc);
  for (const r of raws) out = rawYaml(out, r);
  if (!isContainer(parentDoc)) parentDoc = {};
  return { rules: out, parent: dump(parentDoc) };
}

function dump(v: unknown): string {
  try {
    return stringifyYaml(v, { aliasDuplicateObjects: false, lineWidth: 0 });
  } catch {
    return String(v);
  }
}

function rawYaml(text: string, m: Extract<Mutation, { t: 'raw' }>): string {
  const at = Math.floor(m.at * text.length);
  const lines = text.split('\n');
  const li = Math.floor(m.at * lines.length);
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'tab':
      lines[li] = `\t${lines[li]}`;
      return lines.join('\n');
    case 'dupKey':
      lines.splice(li, 0, lines[li] ?? '');
      return lines.join('\n');
    case 'deep':
      return `${text}\nextra: ${'['.repeat(3000)}${']'.repeat(3000)}\n`;
    case 'alias':
      return `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n${text}`;
    case 'tag':
      return text.replace(/^id: /m, 'id: !!binary ').replace(/^version: 1/m, 'version: !!str 1');
    case 'merge':
      return `${text}\nbase: &base { id: x, en: y }\ndescription2: { <<: *base }\n`;
    case 'empty':
      return '';
    case 'bom':
      return `\uFEFF${text}`;
    case 'nul':
      return `${text.slice(0, at)}\u0000${text.slice(at)}`;
    case 'doc2':
      return `${text}\n---\n${text}`;
    case 'flow':
      return `{${text.slice(0, at)}`;
  }
}

/** Exit 0, 1 or 2; no internal error nor stack trace; a refusal is one `setara:` line naming a file (or the rule). */
function expectNoCrash(r: RunResult): void {
  const refusal = expectHandled(r);
  if (refusal === undefined) return;
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  // The rule file (or one it extends) and usually the line; `rules show` of a rule the file lost names the rule.
  expect(refusal).toMatch(/^setara: (\S+?(:\d+)?: |(rule|aturan) ')/);
}

describe('rules check, rules list and validate on a hostile rule file', () => {
  it('never crash', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(BASES) as Array<keyof typeof BASES>)),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.subarray([...COMMANDS], { minLength: 1 }),
        fc.constantFrom('id', 'en'),
        async (which, mutations, commands, lang) => {
          const d = join(work, `run-${n++}`);
          mkdirSync(d);
          try {
            const { rules, parent } = mutate(BASES[which], mutations);
            writeFileSync(join(d, 'rules.yaml'), rules);
            writeFileSync(join(d, 'induk.yaml'), parent);
            for (const f of ['posts.csv', 'people.csv', 'teams.csv']) copyFileSync(join(SAMPLE, f), join(d, f));
            for (const c of commands) {
              const argv = {
                check: ['rules', 'check', 'rules.yaml'],
                list: ['rules', 'list', '--ruleset', 'rules.yaml'],
                'list-json': ['rules', 'list', '--ruleset', 'rules.yaml', '--format', 'json'],
                show: ['rules', 'show', 'daerah/keep-perencanaan', '--ruleset', 'rules.yaml'],
                validate: ['validate', 'posts.csv', '--people', 'people.csv', '--ruleset', 'rules.yaml', '--as-of', '2026-12-01'],
                'validate-teams': ['validate', 'posts.csv', '--people', 'people.csv', '--teams', 'teams.csv', '--ruleset', 'rules.yaml', '--as-of', '2026-12-01', '--format', 'json'],
                explain: ['explain', 'posts.csv', 'BAPPEDA.02.03', '--ruleset', 'rules.yaml'],
                migrate: ['migrate', 'posts.csv', '--people', 'people.csv', '--teams', 'teams.csv', '--ruleset', 'rules.yaml', '--as-of', '2026-12-01', '--out', 'out', '--dry-run'],
              }[c];
              const r = await runMain([...argv, '--lang', lang], { cwd: d });
              expectNoCrash(r);
            }
          } finally {
            rmSync(d, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);
});
