#!/usr/bin/env node
// Shapes bench: validate and migrate on a chain N posts deep and on a star of N posts under one head, against the
// same commands on the generated national dataset of N posts. Every query along the chains is answered in one pass
// (src/model/structure/chains.ts), so migrate ÷ validate should be about the same on all three.
//
//   node scripts/bench-shapes.mjs                    N = 1,000,000
//   node scripts/bench-shapes.mjs --posts 100000     a quick run
//
// The chain and the star have the same rows (a Kepala Dinas, then pengawas posts, all equalised by migrate): only
// the parent column differs. They are written to bench-data/shapes-N/ (gitignored); the national dataset is
// bench-data/N/ from `setara generate --posts N --seed 1`, as scripts/bench.mjs makes it. Wall time is measured here;
// each run is a child process; stdout goes to /dev/null.

import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'setara.js');
const AS_OF = '2026-12-01';

const i = process.argv.indexOf('--posts');
const n = i === -1 ? 1_000_000 : Number(process.argv[i + 1]);
if (!Number.isSafeInteger(n) || n < 2) {
  console.error('usage: node scripts/bench-shapes.mjs [--posts N]');
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}

/** A chain (each post under the one before) or a star (every post under the head). */
async function writeShape(file, shape) {
  const out = createWriteStream(file);
  const write = (line) => (out.write(line) ? undefined : new Promise((r) => out.once('drain', r)));
  await write('id,parent_id,name,kind,eselon,unit,opd,unit_type\nH,,Kepala Dinas Kesehatan,jpt_pratama,II.b,Dinas Kesehatan,Dinas Kesehatan,dinas\n');
  for (let k = 1; k < n; k++) {
    const parent = shape === 'star' || k === 1 ? 'H' : `P${k - 1}`;
    await write(`P${k},${parent},Kepala Seksi Pelayanan ${k},pengawas,,Seksi Pelayanan ${k},Dinas Kesehatan,seksi\n`);
  }
  await new Promise((r) => out.end(r));
}

function run(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`setara ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(-400)}`);
  return s;
}

const national = join(ROOT, 'bench-data', String(n));
if (!existsSync(join(national, 'posts.csv'))) run(['generate', '--posts', String(n), '--seed', '1', '--out', national, '--force']);
const shapes = join(ROOT, 'bench-data', `shapes-${n}`);
mkdirSync(shapes, { recursive: true });
for (const shape of ['chain', 'star']) if (!existsSync(join(shapes, `${shape}.csv`))) await writeShape(join(shapes, `${shape}.csv`), shape);

const cases = [
  ['national', [join(national, 'posts.csv'), '--people', join(national, 'people.csv')]],
  ['chain', [join(shapes, 'chain.csv')]],
  ['star', [join(shapes, 'star.csv')]],
];
const out = mkdtempSync(join(tmpdir(), 'setara-shapes-'));
console.log(`| dataset (${n} posts) | validate s | migrate s | migrate ÷ validate |`);
console.log('|---|---:|---:|---:|');
try {
  for (const [name, input] of cases) {
    const common = [...input, '--as-of', AS_OF];
    const v = run(['validate', ...common]);
    const m = run(['migrate', ...common, '--out', join(out, name), '--force']);
    console.log(`| ${name} | ${v.toFixed(2)} | ${m.toFixed(2)} | ${(m / v).toFixed(2)} |`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
