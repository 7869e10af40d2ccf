#!/usr/bin/env node
// Benchmark: validate and migrate on generated national-size datasets, against a bare csv-parse pass, and the
// reports of migrate's output (`report --split DIR`: one file per OPD, as a national report is made).
//
//   npm run bench                               100k and 1M posts
//   node scripts/bench.mjs --sizes 100000       a quick run
//   node scripts/bench.mjs --runs 3             median of 3 runs per measurement
//   node scripts/bench.mjs --reports html       only the HTML report (html,xlsx,docx by default; none: no report)
//   node scripts/bench.mjs --only diff          only the diff of two versions of posts.csv (and its bare pass)
//
// Data is generated once per size into bench-data/<size>/ (gitignored) by `setara generate --seed 1`.
// Every measurement is a separate child process of node: wall time from this process, peak RSS from
// `/usr/bin/time -v` when present, else from process.resourceUsage().maxRSS reported by a small wrapper.
// The bare pass streams the same files (posts.csv and people.csv) through csv-parse and counts records:
// the floor for this stack. Targets (2-core machine): validate <= 1.5x bare, migrate <= 2.5x bare,
// peak RSS <= 1 GiB at 1M posts, and the 1M run <= 11x the 100k run.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'setara.js');
const MAIN = join(ROOT, 'dist', 'cli', 'main.js');
const SEED = '1';
const AS_OF = '2026-12-01';
const TARGETS = { validate: 1.5, migrate: 2.5 };
const RSS_LIMIT_MIB = 1024;
const SCALE_LIMIT = 11;

// ---------------------------------------------------------------------------------------------
// Child mode: the bare csv-parse pass.

if (process.argv[2] === '--bare') {
  const { createReadStream } = await import('node:fs');
  const { parse } = await import('csv-parse');
  let rows = 0;
  for (const file of process.argv.slice(3)) {
    for await (const record of createReadStream(file).pipe(parse({ relax_column_count: true }))) {
      if (record.length) rows++;
    }
  }
  const u = process.resourceUsage();
  process.stderr.write(`${JSON.stringify({ rows, maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, faults: u.minorPageFault })}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  return process.argv[i + 1];
}

const sizes = arg('--sizes', '100000,1000000').split(',').map((s) => Number(s.replaceAll('_', '')));
const runs = Number(arg('--runs', '1'));
const REPORT_FORMATS = ['html', 'xlsx', 'docx'];
const reports = arg('--reports', REPORT_FORMATS.join(',')).split(',').filter((f) => f && f !== 'none');
const only = arg('--only', null);
if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1) || !(runs >= 1) || reports.some((f) => !REPORT_FORMATS.includes(f)) || ![null, 'diff'].includes(only)) {
  console.error('usage: node scripts/bench.mjs [--sizes 100000,1000000] [--runs N] [--reports html,xlsx,docx|none] [--only diff]');
  process.exit(2);
}
if (!existsSync(MAIN)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs `node ...args` as a child; returns wall and CPU (user + system) seconds, peak RSS in MiB, exit status and stderr. */
function measure(args, { cwd, viaMain = false } = {}) {
  let cmd;
  let argv;
  if (TIME) {
    cmd = TIME;
    argv = ['-v', process.execPath, ...args];
  } else if (viaMain) {
    // No /usr/bin/time: a wrapper runs main() in-process and reports its own maxRSS on stderr.
    const code = `import(${JSON.stringify(pathToFileURL(MAIN).href)}).then(async (m) => { const code = await m.main({ argv: process.argv.slice(1), stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }); const u = process.resourceUsage(); process.stderr.write('\\n' + JSON.stringify({ maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, faults: u.minorPageFault }) + '\\n'); process.exit(code); })`;
    cmd = process.execPath;
    argv = ['-e', code, ...args.slice(1)];
  } else {
    cmd = process.execPath;
    argv = args;
  }
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CI: '1' } });
  const wall = (performance.now() - t0) / 1000;
  const stderr = r.stderr ?? '';
  let rssKb = null;
  let cpu = null;
  let faults = null;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (m) {
    rssKb = Number(m[1]);
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
    const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
    if (user && sys) cpu = Number(user[1]) + Number(sys[1]);
    const minor = /Minor \(reclaiming a frame\) page faults: (\d+)/.exec(stderr);
    if (minor) faults = Number(minor[1]);
  } else {
    const j = [...stderr.matchAll(/\{"(?:rows|maxRSS)".*\}/g)].pop();
    if (j) ({ maxRSS: rssKb, cpu = null, faults = null } = JSON.parse(j[0]));
  }
  const status = TIME ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? r.status) : r.status;
  return { wall, cpu, faults, rssMib: rssKb === null ? null : rssKb / 1024, status, stderr };
}

/**
 * What a page fault costs here: fresh memory touched page by page. Every page a run's heap grows by is one; on a VM
 * they can cost ten times what they cost on bare metal, which weighs on the runs with a large heap and not on the
 * bare pass.
 */
function pageFaultMicros() {
  const code = 'const t = performance.now(); const f0 = process.resourceUsage().minorPageFault; const b = Buffer.allocUnsafeSlow(256 << 20); for (let i = 0; i < b.length; i += 4096) b[i] = 1; console.log(((performance.now() - t) * 1000) / (process.resourceUsage().minorPageFault - f0));';
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  const us = Number(r.stdout);
  return r.status === 0 && Number.isFinite(us) ? us : null;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function ensureData(n) {
  const dir = join(ROOT, 'bench-data', String(n));
  const defects = join(dir, 'defects.json');
  if (existsSync(defects)) {
    const d = JSON.parse(readFileSync(defects, 'utf8'));
    if (d.posts === n && String(d.seed) === SEED && existsSync(join(dir, 'posts.csv')) && existsSync(join(dir, 'people.csv'))) return { dir, people: d.people };
  }
  process.stderr.write(`generating ${n} posts into bench-data/${n} ...\n`);
  const r = spawnSync(process.execPath, [BIN, 'generate', '--posts', String(n), '--seed', SEED, '--out', dir, '--force', '--lang', 'en'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`generate failed (exit ${r.status})`);
    process.exit(2);
  }
  return { dir, people: JSON.parse(readFileSync(defects, 'utf8')).people };
}

// The diff row alone: the other rows take many minutes at 1M, and the diff row does not depend on them.
if (only === 'diff') {
  console.log((await diffBench(sizes, runs)).join('\n'));
  process.exit(0);
}

const results = [];
for (const n of sizes) {
  const { dir, people } = ensureData(n);
  const rows = n + people;
  const mb = (statSync(join(dir, 'posts.csv')).size + statSync(join(dir, 'people.csv')).size) / 1e6;
  const out = mkdtempSync(join(tmpdir(), 'setara-bench-'));
  const reportsOut = mkdtempSync(join(tmpdir(), 'setara-bench-report-'));
  const jobs = {
    'bare csv-parse': () => measure([fileURLToPath(import.meta.url), '--bare', 'posts.csv', 'people.csv'], { cwd: dir }),
    validate: () => measure([BIN, 'validate', 'posts.csv', '--people', 'people.csv', '--format', 'json', '--as-of', AS_OF, '--lang', 'en'], { cwd: dir, viaMain: true }),
    migrate: () => measure([BIN, 'migrate', 'posts.csv', '--people', 'people.csv', '--out', out, '--force', '--as-of', AS_OF, '--lang', 'en'], { cwd: dir, viaMain: true }),
    // Each round's report reads that round's migrate output.
    ...Object.fromEntries(reports.map((f) => [
      `report ${f}`,
      () => measure([BIN, 'report', out, '--format', f, '--split', join(reportsOut, f), '--force', '--lang', 'en'], { cwd: dir, viaMain: true }),
    ])),
  };
  const row = { n, rows, mb };
  // Rounds of bare, validate, migrate: on a shared machine a slow spell then slows all three alike, not one of them.
  const samples = Object.fromEntries(Object.keys(jobs).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, job] of Object.entries(jobs)) {
      process.stderr.write(`${n} posts: ${name} (run ${i + 1}/${runs}) ... `);
      const r = job();
      process.stderr.write(`${r.wall.toFixed(2)} s, ${r.rssMib?.toFixed(0) ?? '?'} MiB, exit ${r.status}\n`);
      // validate and migrate exit 1: the generated data carries deliberate defects.
      if (r.status !== 0 && r.status !== 1) {
        console.error(r.stderr.split('\n').filter((l) => !/^\s/.test(l)).slice(-5).join('\n'));
        process.exit(2);
      }
      samples[name].push(r);
    }
  }
  for (const [name, list] of Object.entries(samples)) {
    row[name] = { wall: median(list.map((s) => s.wall)), rssMib: median(list.map((s) => s.rssMib ?? 0)) };
  }
  row.rounds = samples;
  rmSync(out, { recursive: true, force: true });
  rmSync(reportsOut, { recursive: true, force: true });
  results.push(row);
}

// ---------------------------------------------------------------------------------------------
// Report

const cpuModel = (() => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model;
  }
})();
const nproc = (() => {
  const r = spawnSync('nproc', { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : String(cpus().length);
})();

const ok = (b) => (b ? 'yes' : 'NO');
const fmt = (x, d = 2) => x.toFixed(d);
const lines = [];
const faultUs = pageFaultMicros();
lines.push(`machine: ${nproc} CPU (${cpuModel}), node ${process.version}, ${process.platform}; a page fault ${faultUs === null ? '?' : `${fmt(faultUs, 1)} µs`}; peak RSS via ${TIME ? '/usr/bin/time -v' : 'process.resourceUsage()'}; runs per measurement: ${runs}`);
lines.push('');
lines.push('| posts | rows (posts+people) | MB | command | wall s | rows/s | peak RSS MiB | × bare | target | met |');
lines.push('|---:|---:|---:|---|---:|---:|---:|---:|---|---|');
for (const r of results) {
  const bare = r['bare csv-parse'].wall;
  for (const name of ['bare csv-parse', 'validate', 'migrate', ...reports.map((f) => `report ${f}`)]) {
    const m = r[name];
    const ratio = m.wall / bare;
    const checks = [];
    if (TARGETS[name]) checks.push([`≤ ${TARGETS[name]}× bare`, ratio <= TARGETS[name]]);
    if (r.n >= 1_000_000 && name !== 'bare csv-parse') checks.push([`RSS ≤ ${RSS_LIMIT_MIB} MiB`, m.rssMib <= RSS_LIMIT_MIB]);
    // A report is no pass over the inputs: its time against the bare pass means nothing.
    const times = name.startsWith('report') ? '-' : fmt(ratio);
    // Each target judged on its own: "≤ 1.5× bare: NO, RSS ≤ 1024 MiB: yes".
    lines.push(`| ${r.n} | ${r.rows} | ${fmt(r.mb, 1)} | ${name} | ${fmt(m.wall)} | ${Math.round(r.rows / m.wall)} | ${fmt(m.rssMib, 0)} | ${times} | ${checks.map((c) => c[0]).join(', ') || '-'} | ${checks.map((c) => ok(c[1])).join(', ') || '-'} |`);
  }
}
const small = results.find((r) => r.n === 100_000);
const big = results.find((r) => r.n === 1_000_000);
if (small && big) {
  lines.push('');
  lines.push(`| scaling 1M / 100k | wall ratio | target | met |`);
  lines.push('|---|---:|---|---|');
  for (const name of ['bare csv-parse', 'validate', 'migrate', ...reports.map((f) => `report ${f}`)]) {
    const ratio = big[name].wall / small[name].wall;
    const target = name === 'validate' || name === 'migrate';
    lines.push(`| ${name} | ${fmt(ratio)} | ${target ? `≤ ${SCALE_LIMIT}×` : '-'} | ${target ? ok(ratio <= SCALE_LIMIT) : '-'} |`);
  }
}
// Each round on its own as well: on a shared machine the spread says how far the medians can be trusted.
lines.push('');
lines.push('per round: bare / validate / migrate wall s (validate, migrate × that round\'s bare; migrate peak RSS MiB; CPU s, user + system, and thousands of page faults of the three)');
for (const r of results) {
  const rounds = r.rounds['bare csv-parse'].map((b, i) => {
    const v = r.rounds.validate[i];
    const m = r.rounds.migrate[i];
    const cpu = [b, v, m].map((x) => (x.cpu === null ? '?' : fmt(x.cpu))).join(' / ');
    const faults = [b, v, m].map((x) => (x.faults === null ? '?' : `${Math.round(x.faults / 1000)}k`)).join(' / ');
    return `${fmt(b.wall)} / ${fmt(v.wall)} / ${fmt(m.wall)} (${fmt(v.wall / b.wall)}×, ${fmt(m.wall / b.wall)}×; ${fmt(m.rssMib ?? 0, 0)}; CPU ${cpu}; faults ${faults})`;
  });
  lines.push(`- ${r.n}: ${rounds.join('; ')}`);
}
for (const r of results) {
  if (!reports.length) break;
  const rounds = r.rounds['bare csv-parse'].map((_, i) => reports.map((f) => {
    const m = r.rounds[`report ${f}`][i];
    return `${f} ${fmt(m.wall)} s ${fmt(m.rssMib ?? 0, 0)} MiB`;
  }).join(', '));
  lines.push(`- ${r.n} reports (wall, peak RSS): ${rounds.join('; ')}`);
}
console.log(lines.join('\n'));

// ---------------------------------------------------------------------------------------------
// diff: each size's posts.csv against a copy with 1% of its records changed, and the bare pass over both files.

console.log(`\n${(await diffBench(sizes, runs)).join('\n')}`);

/** Rounds of bare and diff per size; the table rows (medians), then each round. */
async function diffBench(sizes, runs) {
  const rows = [];
  const rounds = [];
  for (const n of sizes) {
    const { dir } = ensureData(n);
    const changed = await ensureChangedPosts(dir);
    const samples = { bare: [], diff: [] };
    for (let i = 0; i < runs; i++) {
      for (const [name, args] of [
        ['bare', [fileURLToPath(import.meta.url), '--bare', 'posts.csv', 'posts-changed.csv']],
        ['diff', [BIN, 'diff', 'posts.csv', 'posts-changed.csv', '--format', 'json', '--lang', 'en']],
      ]) {
        process.stderr.write(`${n} posts: ${name} of two versions (run ${i + 1}/${runs}) ... `);
        const r = measure(args, { cwd: dir, viaMain: name === 'diff' });
        process.stderr.write(`${r.wall.toFixed(2)} s, ${r.rssMib?.toFixed(0) ?? '?'} MiB, exit ${r.status}\n`);
        if (r.status !== 0) {
          console.error(r.stderr.split('\n').filter((l) => !/^\s/.test(l)).slice(-5).join('\n'));
          process.exit(2);
        }
        samples[name].push(r);
      }
    }
    const bare = median(samples.bare.map((s) => s.wall));
    const diff = median(samples.diff.map((s) => s.wall));
    const rss = median(samples.diff.map((s) => s.rssMib ?? 0));
    const rssCheck = n >= 1_000_000 ? [`RSS ≤ ${RSS_LIMIT_MIB} MiB`, rss <= RSS_LIMIT_MIB ? 'yes' : 'NO'] : ['-', '-'];
    rows.push(`| ${n} | ${changed} | diff | ${bare.toFixed(2)} | ${diff.toFixed(2)} | ${rss.toFixed(0)} | ${(diff / bare).toFixed(2)} | ${rssCheck[0]} | ${rssCheck[1]} |`);
    rounds.push(`- ${n}: ${samples.bare.map((b, i) => `${b.wall.toFixed(2)} / ${samples.diff[i].wall.toFixed(2)} (${(samples.diff[i].wall / b.wall).toFixed(2)}×; ${(samples.diff[i].rssMib ?? 0).toFixed(0)} MiB; CPU ${[b, samples.diff[i]].map((x) => (x.cpu === null ? '?' : x.cpu.toFixed(2))).join(' / ')})`).join('; ')}`);
  }
  return [
    '| posts | records changed | command | bare s (both files) | wall s | peak RSS MiB | × bare | target | met |',
    '|---:|---:|---|---:|---:|---:|---:|---|---|',
    ...rows,
    '',
    'per round: bare (both files) / diff wall s (diff × that round\'s bare; peak RSS; CPU s, user + system)',
    ...rounds,
  ];
}

/**
 * bench-data/N/posts-changed.csv: posts.csv with every 100th record (one without quotes) changed, in turn: retitled,
 * removed or re-keyed (a pelaksana or JF post, which heads no one; retitled otherwise), its unit renamed, a new post
 * added under it. Made once per size; returns how many records were changed.
 */
async function ensureChangedPosts(dir) {
  const src = join(dir, 'posts.csv');
  const dst = join(dir, 'posts-changed.csv');
  const count = join(dir, 'posts-changed.count');
  if (existsSync(dst) && existsSync(count) && statSync(dst).mtimeMs >= statSync(src).mtimeMs) return Number(readFileSync(count, 'utf8'));
  const { createReadStream, createWriteStream, writeFileSync } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const out = createWriteStream(dst);
  let line = 0;
  let changed = 0;
  for await (const text of createInterface({ input: createReadStream(src), crlfDelay: Infinity })) {
    line++;
    if (line === 1 || line % 100 !== 0 || text.includes('"')) {
      out.write(`${text}\n`);
      continue;
    }
    changed++;
    const f = text.split(',');
    const leaf = f[3] === 'pelaksana' || f[3] === 'fungsional';
    const edit = (line / 100) % 5;
    if (edit === 1 && leaf) continue;
    if (edit === 2 && leaf) f[0] += '.R';
    else if (edit === 3) f[5] += ' Baru';
    else if (edit === 4) {
      out.write(`${text}\n${[`${f[0]}.N`, f[0], 'Pengolah Data', 'pelaksana', '', f[5], f[6], ''].join(',')}\n`);
      continue;
    } else f[2] += ' Baru';
    out.write(`${f.join(',')}\n`);
  }
  await new Promise((done) => out.end(done));
  writeFileSync(count, String(changed));
  return changed;
}
