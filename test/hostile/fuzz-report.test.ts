/**
 * Fuzzing `setara report`: the sample regency is migrated once, then each run edits a copy of the output directory the
 * way an analyst in Excel or a broken tool might (hostile cells, dropped or renamed columns, rows duplicated or
 * removed, BOM and line endings changed, malformed or truncated CSV, plan.json and findings.json with fields
 * removed, of the wrong type or truncated) and renders a report from it. Whatever the input, the run ends with exit
 * 0, 1 or 2, never an internal error, and a refusal is one `setara:` line naming the file; a DOCX or XLSX written
 * holds only characters XML allows (else Word and Excel refuse to open it).
 *
 * CI runs a few dozen cases from a fixed seed. To hunt: SETARA_FUZZ_RUNS=2000 SETARA_FUZZ_SEED=$RANDOM npx vitest run
 * test/hostile/fuzz-report.test.ts
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resealOutput } from '../helpers/reseal-output.js';
import { expectHandled, runMain, type RunResult } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
const RUNS = Number(process.env.SETARA_FUZZ_RUNS ?? 60);
const SEED = Number(process.env.SETARA_FUZZ_SEED ?? 20261201);

const CSV_FILES = ['mapping.csv', 'people.csv', 'posts.csv', 'teams.csv'] as const;
const JSON_FILES = ['plan.json', 'findings.json'] as const;
type CsvFile = (typeof CSV_FILES)[number];
type JsonFile = (typeof JSON_FILES)[number];

let work: string;
let base: string;
let csvBase: Record<CsvFile, string[][]>;
let jsonBase: Record<JsonFile, unknown>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'setara-fuzz-report-'));
  base = join(work, 'base');
  const r = await runMain(
    ['migrate', 'posts.csv', '--people', 'people.csv', '--teams', 'teams.csv', '--ruleset', 'rules.yaml', '--as-of', '2026-12-01', '--out', base],
    { cwd: SAMPLE },
  );
  expect(r.code, r.stderr).toBeLessThan(2);
  csvBase = Object.fromEntries(
    CSV_FILES.map((f) => [f, parse(readFileSync(join(base, f)), { bom: true, relax_column_count: true }) as string[][]]),
  ) as typeof csvBase;
  jsonBase = Object.fromEntries(JSON_FILES.map((f) => [f, JSON.parse(readFileSync(join(base, f), 'utf8'))])) as typeof jsonBase;
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------------
// Hostile values

const LONG = 'Kepala Seksi '.repeat(2_000);
const HOSTILE_TEXT = [
  '', ' ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', LONG,
  '=1+1', '+SUM(A1:A9)', '-2', '@cmd', "'=x", '=HYPERLINK("http://x")', '-1', '0', '-0', '1e308', '-1e308', 'NaN',
  'Infinity', '99999999999999999999', '3.5', 'ahli', 'ahli_mudah', 'Ahli Muda', 'ahli_muda', 'ahli_utama', 'terampil',
  'IV.e', 'iv.a', 'II.a', 'equalize', 'equalise', 'keep', 'review', 'KEEP', 'keep ', 'unchanged', 'replaced',
  'equalised', 'no-post', 'jpt_', 'jpt_x', 'jpt_pratama', 'pelaksana', 'fungsional', 'analyst', 'rules',
  '👩‍💼🏛️', '\u202Ekiri-ke-kanan', 'a\u200Bb', '\u200B', '\uFEFF', '\uD800', '\uDFFF', '\u0000', '\u0001', '\u000B', '\u001F',
  '\uFFFE', '\uFFFF', 'a"b', '"', 'a\nb', 'a\r\nb', '\r', '<script>alert(1)</script>', '&amp;', ']]>', '<w:t>', '\t',
  'a | b', ' | ', ';;;', ':', 'x:1[', 'jf:NaN', 'analis-kebijakan:1e999[x]', 'analis-kebijakan:99999999999999999999999[a]',
  '__proto__:1', 'constructor:2[x] toString:3', 'analis-kebijakan:3 a"b,c:2', '\uFFFE:1', 'pengawas-lingkungan-hidup:5', 'kabkota/keep-jpt', '../../etc/passwd',
  'IV/c', 'IV/z', '197601262002032001', '1976-01-26', '9999-99-99', '0000-00-00', '%s%n', '${x}', '\\', 'Σ'.repeat(300),
];

/** A position in [0, 1), uniform (a biased double would pick the first row or key nearly every time). */
function fraction(): fc.Arbitrary<number> {
  return fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((i) => i / 1_000_000);
}
const frac = fraction();

/** A hostile cell: from the list, arbitrary text, or a copy of another row's cell of the same column. */
const cellValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_TEXT).map((v) => ({ v })) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).map((v) => ({ v })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((v) => ({ v })) },
  { weight: 3, arbitrary: fraction().map((copyFrom) => ({ copyFrom })) },
);

const HOSTILE_JSON: unknown[] = [
  null, true, false, 0, -1, -0.5, 1.5, 1e308, -1e308, 2 ** 53 + 1, '', ' ', 'x', '1', '__proto__', 'constructor', 'toString',
  LONG, [], {}, [null], [1, 'a'], [[]], [{}], { a: 1 }, { ruleId: null }, { opd: {} }, '2026-13-45', 'error', 'warning',
  '\u0001', '\uD800', 'a\nb',
];
const jsonValue = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HOSTILE_JSON) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });


const csvFile = fc.constantFrom(...CSV_FILES);
const jsonFile = fc.constantFrom(...JSON_FILES);

/** The fields report reads (`*`: an item picked by `at`): a random path mostly lands on the many it does not. */
const READ_FIELDS: Record<JsonFile, string[]> = {
  'plan.json': [
    'version', 'tool', 'tool.name', 'tool.version', 'ruleset', 'ruleset.id', 'ruleset.chain', 'ruleset.chain.*', 'ruleset.chain.*.id',
    'ruleset.chain.*.file', 'ruleset.chain.*.ruleVersion', 'asOf', 'inputs', 'inputs.*', 'summary', 'summary.postsBefore', 'opds',
    'opds.*', 'opds.*.opd', 'opds.*.equalised', 'opds.*.peopleAffected', 'teams', 'teams.*', 'teams.*.teamId', 'teams.*.teamName',
    'teams.*.ownerPostId', 'teams.*.members', 'teams.*.members.*', 'teams.*.members.*.nip', 'teams.*.members.*.name', 'teams.*.members.*.role',
  ],
  'findings.json': [
    'findings', 'findings.*', 'findings.*.ruleId', 'findings.*.severity', 'findings.*.postId', 'findings.*.citation',
    'findings.*.citation.regulation', 'findings.*.citation.article', 'findings.*.citation.confidence',
  ],
};

type Mutation =
  | { t: 'cell'; f: CsvFile; r: number; c: number; value: { v: string } | { copyFrom: number } }
  | { t: 'dropCol' | 'dupCol'; f: CsvFile; c: number }
  | { t: 'renameCol'; f: CsvFile; c: number; v: string }
  | { t: 'dupRow' | 'delRow' | 'shortRow' | 'longRow'; f: CsvFile; r: number }
  | { t: 'delRows'; f: CsvFile; keep: number }
  | { t: 'noBom' | 'lf' | 'noEscape' | 'semicolon'; f: CsvFile }
  | { t: 'csvRaw'; f: CsvFile; kind: 'truncate' | 'unclosed' | 'stray' | 'empty' | 'headerOnly' | 'delete' | 'nul' | 'latin1' | 'utf16'; at: number }
  | { t: 'json'; f: JsonFile; path: number[]; op: 'delete' | 'set' | 'addKey'; v: unknown; key: string }
  | { t: 'jsonRaw'; f: JsonFile; kind: 'truncate' | 'delete' | 'empty' | 'replace'; at: number; v: unknown }
  | { t: 'teamsFromCsv' }
  | { t: 'field'; f: JsonFile; field: number; at: number; op: 'delete' | 'set'; v: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ t: fc.constant('cell' as const), f: csvFile, r: frac, c: frac, value: cellValue }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constantFrom('dropCol' as const, 'dupCol' as const), f: csvFile, c: frac }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('renameCol' as const), f: csvFile, c: frac, v: fc.constantFrom(...HOSTILE_TEXT) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constantFrom('dupRow' as const, 'delRow' as const, 'shortRow' as const, 'longRow' as const), f: csvFile, r: frac }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('delRows' as const), f: csvFile, keep: frac }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constantFrom('noBom' as const, 'lf' as const, 'noEscape' as const, 'semicolon' as const), f: csvFile }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('csvRaw' as const), f: csvFile,
      kind: fc.constantFrom('truncate' as const, 'unclosed' as const, 'stray' as const, 'empty' as const, 'headerOnly' as const, 'delete' as const, 'nul' as const, 'latin1' as const, 'utf16' as const),
      at: frac,
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      t: fc.constant('json' as const), f: jsonFile, path: fc.array(frac, { minLength: 1, maxLength: 5 }),
      op: fc.constantFrom('delete' as const, 'set' as const, 'addKey' as const), v: jsonValue,
      key: fc.constantFrom('__proto__', 'constructor', 'extra', 'version', 'opds', 'teams', 'findings', 'toString', ''),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('jsonRaw' as const), f: jsonFile, kind: fc.constantFrom('truncate' as const, 'delete' as const, 'empty' as const, 'replace' as const), at: frac, v: jsonValue }),
  },
  {
    weight: 6,
    arbitrary: fc.record({ t: fc.constant('field' as const), f: jsonFile, field: frac, at: frac, op: fc.constantFrom('delete' as const, 'set' as const), v: jsonValue }),
  },
  // A plan without teams: report reads teams.csv instead.
  { weight: 2, arbitrary: fc.constant({ t: 'teamsFromCsv' as const }) },
);

const FORMATS = ['html', 'md', 'docx', 'xlsx'] as const;
const options = fc.record({
  format: fc.constantFrom(...FORMATS),
  toStdout: fc.boolean(),
  lang: fc.constantFrom('id', 'en'),
  opd: fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom('Dinas Kesehatan', 'dinas kesehatan', 'DINKES', 'SETDA', '', ' ', '__proto__', 'constructor', 'x') },
  ),
});

// ---------------------------------------------------------------------------------------------------------------
// Applying a case to a copy of the migrate output

interface CsvState {
  rows: string[][];
  bom: boolean;
  eol: '\r\n' | '\n';
  escape: boolean;
  delimiter: string;
  raw: Array<Extract<Mutation, { t: 'csvRaw' }>>;
  touched: boolean;
}

const pick = <T>(xs: readonly T[], f: number): T | undefined => xs[Math.floor(f * xs.length)];

/** The container and key a path of fractions leads to in a JSON value (stopping at the first scalar). */
function walk(root: { v: unknown }, path: number[]): { parent: Record<string, unknown>; key: string } {
  let parent = root as unknown as Record<string, unknown>;
  let key = 'v';
  for (const f of path) {
    const node = parent[key];
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (!keys.length) break;
    parent = node as Record<string, unknown>;
    key = pick(keys, f)!;
  }
  return { parent, key };
}

function applyCase(dir: string, mutations: Mutation[]): void {
  const csv = new Map<CsvFile, CsvState>();
  const csvOf = (f: CsvFile): CsvState => {
    let s = csv.get(f);
    if (!s) csv.set(f, (s = { rows: csvBase[f].map((r) => [...r]), bom: true, eol: '\r\n', escape: true, delimiter: ',', raw: [], touched: false }));
    s.touched = true;
    return s;
  };
  const json = new Map<JsonFile, { v: unknown; raw?: Extract<Mutation, { t: 'jsonRaw' }> }>();
  const jsonOf = (f: JsonFile) => {
    let s = json.get(f);
    if (!s) json.set(f, (s = { v: structuredClone(jsonBase[f]) }));
    return s;
  };
  const dataRow = (rows: string[][], r: number) => (rows.length > 1 ? 1 + Math.floor(r * (rows.length - 1)) : 0);

  for (const m of mutations) {
    switch (m.t) {
      case 'cell': {
        const s = csvOf(m.f);
        const row = s.rows[dataRow(s.rows, m.r)];
        if (!row?.length) break;
        const c = Math.floor(m.c * row.length);
        row[c] = 'v' in m.value ? m.value.v : s.rows[dataRow(s.rows, m.value.copyFrom)]?.[c] ?? '';
        break;
      }
      case 'dropCol':
      case 'dupCol': {
        const s = csvOf(m.f);
        const c = Math.floor(m.c * (s.rows[0]?.length ?? 0));
        for (const row of s.rows) if (m.t === 'dropCol') row.splice(c, 1);
        else row.splice(c, 0, row[c] ?? '');
        break;
      }
      case 'renameCol': {
        const head = csvOf(m.f).rows[0];
        if (head?.length) head[Math.floor(m.c * head.length)] = m.v;
        break;
      }
      case 'dupRow':
      case 'delRow':
      case 'shortRow':
      case 'longRow': {
        const s = csvOf(m.f);
        const i = dataRow(s.rows, m.r);
        if (m.t === 'dupRow') s.rows.splice(i, 0, [...(s.rows[i] ?? [])]);
        else if (m.t === 'delRow') s.rows.splice(i, 1);
        else if (m.t === 'shortRow') s.rows[i]?.splice(Math.floor((s.rows[i]?.length ?? 0) / 2));
        else s.rows[i]?.push('extra', '__proto__');
        break;
      }
      case 'delRows': {
        const s = csvOf(m.f);
        s.rows = [s.rows[0] ?? [], ...s.rows.slice(1).filter((_, i) => (i * 7919) % 100 < m.keep * 100)];
        break;
      }
      case 'noBom':
        csvOf(m.f).bom = false;
        break;
      case 'lf':
        csvOf(m.f).eol = '\n';
        break;
      case 'noEscape':
        csvOf(m.f).escape = false;
        break;
      case 'semicolon':
        csvOf(m.f).delimiter = ';';
        break;
      case 'csvRaw':
        csvOf(m.f).raw.push(m);
        break;
      case 'json': {
        const s = jsonOf(m.f);
        const { parent, key } = walk(s, m.path);
        const target = m.op === 'addKey' ? parent[key] : undefined;
        if (m.op === 'delete') {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        } else if (m.op === 'set') parent[key] = structuredClone(m.v);
        else if (typeof target === 'object' && target !== null && !Array.isArray(target))
          // defineProperty: an own `__proto__` key, as JSON.parse makes one.
          Object.defineProperty(target, m.key, { value: structuredClone(m.v), enumerable: true, writable: true, configurable: true });
        else if (Array.isArray(target)) target.push(structuredClone(m.v));
        break;
      }
      case 'jsonRaw':
        jsonOf(m.f).raw = m;
        break;
      case 'field': {
        const s = jsonOf(m.f);
        const path = pick(READ_FIELDS[m.f], m.field)!.split('.');
        let node: unknown = s.v;
        for (const [i, k] of path.entries()) {
          if (typeof node !== 'object' || node === null) break;
          const o = node as Record<string, unknown>;
          const key = k === '*' ? String(Math.floor(m.at * (Array.isArray(o) ? o.length : 0))) : k;
          if (i < path.length - 1) node = o[key];
          else if (m.op === 'set') o[key] = structuredClone(m.v);
          else if (Array.isArray(o)) o.splice(Number(key), 1);
          else delete o[key];
        }
        break;
      }
      case 'teamsFromCsv': {
        const plan = jsonOf('plan.json').v;
        if (typeof plan === 'object' && plan !== null) delete (plan as Record<string, unknown>).teams;
        break;
      }
    }
  }

  for (const [f, s] of csv) {
    if (!s.touched) continue;
    let text = stringify(s.rows, { record_delimiter: s.eol === '\r\n' ? 'windows' : 'unix', escape_formulas: s.escape, delimiter: s.delimiter });
    if (s.bom) text = `\uFEFF${text}`;
    let bytes: Buffer | null = Buffer.from(text, 'utf8');
    for (const r of s.raw) bytes = bytes && rawCsv(bytes, r);
    if (bytes) writeFileSync(join(dir, f), bytes);
    else unlinkSync(join(dir, f));
  }
  for (const [f, s] of json) {
    let text = JSON.stringify(s.v, null, 1) ?? '';
    if (s.raw) {
      if (s.raw.kind === 'delete') {
        unlinkSync(join(dir, f));
        continue;
      }
      if (s.raw.kind === 'empty') text = '';
      else if (s.raw.kind === 'truncate') text = text.slice(0, Math.floor(s.raw.at * text.length));
      else text = JSON.stringify(s.raw.v) ?? 'undefined';
    }
    writeFileSync(join(dir, f), text);
  }
  // The edits are what report must cope with: sealed as if migrate had written them (else the manifest refuses first).
  resealOutput(dir);
}

/** Damage below the CSV level; null deletes the file. */
function rawCsv(bytes: Buffer, m: Extract<Mutation, { t: 'csvRaw' }>): Buffer | null {
  const at = Math.floor(m.at * bytes.length);
  switch (m.kind) {
    case 'delete':
      return null;
    case 'empty':
      return Buffer.alloc(0);
    case 'truncate':
      return bytes.subarray(0, at);
    case 'headerOnly':
      return bytes.subarray(0, bytes.indexOf(0x0a) + 1);
    case 'unclosed':
    case 'stray': {
      // A quote at the start of a line (never closed) or in the middle of an unquoted cell.
      const nl = bytes.indexOf(0x0a, at);
      const pos = m.kind === 'unclosed' ? (nl === -1 ? bytes.length : nl + 1) : at;
      return Buffer.concat([bytes.subarray(0, pos), Buffer.from(m.kind === 'unclosed' ? '"' : 'x"y'), bytes.subarray(pos)]);
    }
    case 'nul':
      return Buffer.concat([bytes.subarray(0, at), Buffer.alloc(64), bytes.subarray(at)]);
    case 'latin1':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9, 0xff, 0xc3]), bytes.subarray(at)]);
    case 'utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** A character XML 1.0 does not allow: one in a part of a DOCX or XLSX and Word or Excel cannot open the file. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

async function expectReadableZip(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const [name, entry] of Object.entries(zip.files))
    if (/\.(xml|rels)$/.test(name)) expect(NOT_XML.exec(await entry.async('string')), `${file}: ${name}`).toBeNull();
}

/** Exit 0, 1 or 2; no internal error nor stack trace; a refusal is one `setara:` line, naming the file it is about. */
function expectNoCrash(r: RunResult, opd: string | null): void {
  const refusal = expectHandled(r);
  if (refusal === undefined) return;
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  if (opd === null || !refusal.includes('--opd')) expect(refusal).toMatch(/^setara: (out[/\\](plan\.json|mapping\.csv|findings\.json|people\.csv|teams\.csv)|out)\b/);
}

describe('report on a hostile migrate output directory', () => {
  it('never crashes', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), options, async (mutations, o) => {
        const runDir = join(work, `run-${n++}`);
        cpSync(base, join(runDir, 'out'), { recursive: true });
        try {
          applyCase(join(runDir, 'out'), mutations);
          const argv = ['report', 'out', '--format', o.format, '--lang', o.lang];
          if (!o.toStdout || o.format === 'docx' || o.format === 'xlsx') argv.push('--output', `report.${o.format}`, '--force');
          if (o.opd !== null) argv.push('--opd', o.opd);
          const r = await runMain(argv, { cwd: runDir });
          expectNoCrash(r, o.opd);
          if (r.code === 0 && (o.format === 'docx' || o.format === 'xlsx')) await expectReadableZip(join(runDir, `report.${o.format}`));
        } finally {
          rmSync(runDir, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);
});
