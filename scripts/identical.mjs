#!/usr/bin/env node
// Proves a refactor changed nothing: runs the same commands with this checkout's build and with a reference build
// (another checkout of setara, built) on the same inputs, and compares every file they write, and what they print, by
// SHA-256.
//
//   node scripts/identical.mjs --ref /tmp/ref          exit 0: all identical; 1: the differences are listed
//   node scripts/identical.mjs --ref DIR --keep        keep the output folders (kept anyway when they differ)
//   node scripts/identical.mjs --ref DIR --data bench-data/100000
//                                                      also a generated dataset (posts.csv, people.csv), large:
//                                                      validate, migrate, and the per-OPD HTML and XLSX reports
//
// Both checkouts must be built (`npm run build`). Each case (the sample regency, a few scenarios) is copied into a
// folder per build and every command runs there with the same relative arguments, so that no path in an output
// differs between the builds: validate (json, sarif), migrate, report (html, xlsx, docx, md) of migrate's folder, and
// draft (perbup, keputusan, mph). A command's exit code, stdout and stderr are written beside its files as
// console/<step>.txt and compared with them.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const AS_OF = ['--as-of', '2026-12-01'];

/** The sample regency with its own rules, people and teams; scenarios as their scenario.json runs them. */
const CASES = [
  { name: 'kabupaten-contoh', dir: 'fixtures/kabupaten-contoh', args: ['--people', 'people.csv', '--teams', 'teams.csv', '--ruleset', 'rules.yaml'] },
  ...['draft-kota', 'koordinator', 'provinsi-administrator', 'pusat-direktorat'].map((name) => {
    const dir = `fixtures/scenarios/${name}`;
    return { name, dir, args: JSON.parse(readFileSync(join(ROOT, dir, 'scenario.json'), 'utf8')).args };
  }),
];

/**
 * A generated dataset (setara generate, scripts/bench.mjs): validate, migrate and the per-OPD reports, the steps whose
 * code is shared with the national run; not docx or drafts, which take minutes a run at 100k and share that code.
 */
function dataCase(dir) {
  const abs = resolve(dir);
  if (!existsSync(join(abs, 'posts.csv'))) usage(`${dir}: no posts.csv (a folder written by setara generate)`);
  const args = existsSync(join(abs, 'people.csv')) ? ['--people', 'people.csv'] : [];
  return {
    name: `data-${abs.split(/[\\/]/).pop()}`, dir: abs, args, copy: ['posts.csv', 'people.csv'],
    steps: [
      ['validate-json', ['validate', 'posts.csv', ...args, ...AS_OF, '--format', 'json', '--output', 'validate.json']],
      ['migrate', ['migrate', 'posts.csv', ...args, ...AS_OF, '--out', 'migrate']],
      ['report-html', ['report', 'migrate', '--split', 'html']],
      ['report-xlsx', ['report', 'migrate', '--format', 'xlsx', '--split', 'xlsx']],
    ],
  };
}

/** The commands of one case, run in its folder: [step name, argv]. */
function steps(c) {
  if (c.steps) return c.steps;
  const region = existsSync(join(ROOT, c.dir, 'region.yaml')) ? ['--region', 'region.yaml'] : [];
  return [
    ['validate-json', ['validate', 'posts.csv', ...c.args, ...AS_OF, '--format', 'json', '--output', 'validate.json']],
    ['validate-sarif', ['validate', 'posts.csv', ...c.args, ...AS_OF, '--format', 'sarif', '--output', 'validate.sarif']],
    ['migrate', ['migrate', 'posts.csv', ...c.args, ...AS_OF, '--out', 'migrate']],
    ...['html', 'xlsx', 'docx', 'md'].map((f) => [`report-${f}`, ['report', 'migrate', '--output', `report.${f}`]]),
    ['draft-perbup', ['draft', 'perbup', 'migrate', ...region, '--output', 'perbup.docx']],
    ['draft-keputusan', ['draft', 'keputusan', 'migrate', ...region, '--output', 'keputusan.docx']],
    ['draft-mph', ['draft', 'mph', 'migrate', ...region, '--output', 'mph.xlsx']],
  ];
}

function usage(message) {
  if (message) console.error(message);
  console.error('usage: node scripts/identical.mjs --ref <checkout with a built setara> [--data <generated dataset>]... [--keep]');
  process.exit(2);
}

function builtBin(root) {
  const bin = join(root, 'bin', 'setara.js');
  if (!existsSync(bin) || !existsSync(join(root, 'dist', 'cli', 'main.js'))) usage(`${root}: no built setara (run npm run build there)`);
  return bin;
}

/** Every file under `dir` (relative path → SHA-256 and size). */
function hashes(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const bytes = readFileSync(p);
        out.set(relative(dir, p), { sha: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
      }
    }
  };
  walk(dir);
  return out;
}

const argv = process.argv.slice(2);
const refAt = argv.indexOf('--ref');
if (refAt === -1 || !argv[refAt + 1]) usage();
const keep = argv.includes('--keep');
argv.forEach((a, i) => {
  if (a !== '--data') return;
  if (!argv[i + 1]) usage();
  CASES.push(dataCase(argv[i + 1]));
});
const builds = { ref: builtBin(resolve(argv[refAt + 1])), this: builtBin(ROOT) };
const work = mkdtempSync(join(tmpdir(), 'setara-identical-'));

let differences = 0;
for (const c of CASES) {
  const folders = {};
  for (const [build, bin] of Object.entries(builds)) {
    const cwd = join(work, build, c.name);
    if (c.copy) {
      mkdirSync(cwd, { recursive: true });
      for (const f of c.copy) if (existsSync(join(c.dir, f))) cpSync(join(c.dir, f), join(cwd, f));
    } else cpSync(join(ROOT, c.dir), cwd, { recursive: true });
    mkdirSync(join(cwd, 'console'));
    for (const [step, args] of steps(c)) {
      const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      if (r.error) throw r.error;
      writeFileSync(join(cwd, 'console', `${step}.txt`), `$ setara ${args.join(' ')}\nexit ${r.status}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`);
    }
    folders[build] = hashes(cwd);
  }
  const lines = [];
  for (const file of new Set([...folders.ref.keys(), ...folders.this.keys()])) {
    const [a, b] = [folders.ref.get(file), folders.this.get(file)];
    if (!a) lines.push(`  only in this build: ${file}`);
    else if (!b) lines.push(`  only in ref: ${file}`);
    else if (a.sha !== b.sha) lines.push(`  differs: ${file} (ref ${a.size} bytes, this ${b.size} bytes)`);
  }
  differences += lines.length;
  console.log(`${c.name}: ${folders.this.size} files, ${lines.length ? `${lines.length} different` : 'all identical'}`);
  for (const l of lines.sort()) console.log(l);
}

if (differences || keep) console.log(`outputs kept in ${work} (ref/ and this/)`);
else rmSync(work, { recursive: true, force: true });
process.exit(differences ? 1 : 0);
