#!/usr/bin/env node
// Measures the JF matcher on the corpus of real pairs (fixtures/jf-corpus/pairs.csv): top-1 accuracy and top-3 recall,
// overall and per region, with the shipped reference data and a ruleset's keywords and JF policies, as migrate builds
// its matcher. Uses the compiled code: run `npm run build` first.
//   npm run eval:jf [-- --ruleset <id|file>] [--corpus <file>] [--verbose]
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'migrate', 'jf-corpus.js'))) {
  console.error('eval-jf: dist/ is missing or out of date: run `npm run build` first');
  process.exit(2);
}
const { oneLine, SetaraError } = await import('../dist/errors.js');
const { loadReferenceData } = await import('../dist/rules/reference.js');
const { loadRunRuleset, DEFAULT_RULESET } = await import('../dist/rules/ruleset.js');
const { jfMatcherFor } = await import('../dist/migrate/run.js');
const { readCorpus, scoreCorpus, percent } = await import('../dist/migrate/jf-corpus.js');

const { values: opt } = parseArgs({
  options: {
    ruleset: { type: 'string', default: DEFAULT_RULESET },
    corpus: { type: 'string', default: join(root, 'fixtures', 'jf-corpus', 'pairs.csv') },
    verbose: { type: 'boolean', default: false },
  },
});

let score;
try {
  const ref = loadReferenceData();
  score = scoreCorpus(readCorpus(opt.corpus), jfMatcherFor(ref, loadRunRuleset(opt.ruleset, process.cwd())));
} catch (e) {
  console.error(`eval-jf: ${e instanceof SetaraError ? oneLine(e, 'en') : e.message}`);
  process.exit(2);
}
const line = (label, t) =>
  `${label.padEnd(28)} ${String(t.pairs).padStart(5)}  top-1 ${percent(t.top1, t.pairs).padStart(5)}% (${t.top1})  top-3 ${percent(t.top3, t.pairs).padStart(5)}% (${t.top3})`;

console.log(`JF matcher on ${opt.corpus.startsWith(root) ? opt.corpus.slice(root.length + 1) : opt.corpus}, ruleset ${opt.ruleset}`);
console.log(line('all', score.all));
for (const [region, t] of score.regions) console.log(line(`  ${region}`, t));
if (opt.verbose) {
  console.log(`\nmisses (${score.misses.length}):`);
  for (const { pair, result, rank } of score.misses) {
    const got = result.candidates.slice(0, 3).map((c) => `${c.jf}:${c.score}`).join(' ') || '(no candidate)';
    console.log(`  line ${pair.line} [${pair.region}] '${pair.old_title}' / ${pair.unit} / ${pair.parent_unit} / ${pair.opd}`);
    console.log(`    want ${pair.jf} (${pair.jenjang}), rank ${rank || '-'}; got ${got}`);
  }
}
