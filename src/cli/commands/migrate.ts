/** `setara migrate`: read → check → decide → restructure → plan → write, atomically, into --out DIR. */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createReporter } from '../../check/reporter.js';
import { runChecks } from '../../check/run.js';
import { OutputError, UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { loadConfig } from '../../io/config.js';
import { guardTarget, writeChunksAtomic } from '../../io/write.js';
import { compareFindings, type Severity } from '../../model/finding.js';
import { describeTables, loadInput } from '../../model/load.js';
import { readDecisions } from '../../migrate/decisions-file.js';
import { outputChunks } from '../../migrate/outputs.js';
import { buildPlanStream } from '../../migrate/plan.js';
import { runMigration } from '../../migrate/run.js';
import { loadReferenceData } from '../../rules/reference.js';
import { DEFAULT_RULESET, loadRuleset } from '../../rules/ruleset.js';
import type { MainIO } from '../context.js';
import { progressReporter } from '../../io/progress.js';
import { exitCodeFor } from '../exit.js';
import { TOOL_VERSION } from '../output.js';

export interface MigrateOptions {
  people?: string;
  teams?: string;
  decisions?: string;
  ruleset?: string;
  out?: string;
  dryRun?: boolean;
  force?: boolean;
  failOn: Severity;
  lang: Lang;
  config?: string;
  delimiter?: string;
  encoding?: string;
  sheet?: string;
  asOf: string;
  verbose?: boolean;
}

export async function migrateCommand(postsPath: string, opts: MigrateOptions, io: MainIO): Promise<number> {
  if (!opts.out && !opts.dryRun)
    throw new UsageError({ id: 'migrate memerlukan --out DIR (atau --dry-run)', en: 'migrate needs --out DIR (or --dry-run)' });
  const inputs = [postsPath, opts.people, opts.teams, opts.decisions].filter((p): p is string => !!p);
  const { config } = loadConfig(io.cwd, opts.config);
  const ruleset = loadRuleset(opts.ruleset ?? config.ruleset ?? DEFAULT_RULESET, io.cwd);
  const reporter = createReporter(ruleset, opts.lang);
  const read = { delimiter: opts.delimiter ?? config.delimiter, encoding: opts.encoding ?? config.encoding, sheet: opts.sheet, progress: progressReporter(io.stderr, io.env, opts.lang) };

  // Refuse a bad --out before any work: an existing file, or outputs that exist without --force.
  const withTeams = !!(opts.people || opts.teams);
  const files = ['posts.csv', 'mapping.csv', ...(opts.people ? ['people.csv'] : []), ...(withTeams ? ['teams.csv'] : []), 'plan.json', 'findings.json'];
  const guard = { cwd: io.cwd, force: opts.force ?? false, inputs };
  if (opts.out && !opts.dryRun) {
    const dir = resolve(io.cwd, opts.out);
    if (existsSync(dir) && !statSync(dir).isDirectory())
      throw new OutputError({ id: `--out ${opts.out} adalah berkas, bukan folder`, en: `--out ${opts.out} is a file, not a directory` }, opts.out);
    for (const f of files) guardTarget(join(opts.out, f), join(opts.out, f), guard);
  }

  const input = await loadInput({ posts: postsPath, people: opts.people, teams: opts.teams }, io.cwd, config, read, reporter.report);
  if (opts.verbose) for (const line of describeTables(input.tables, opts.lang)) io.stderr.write(`${line}\n`);
  const ref = loadReferenceData();
  runChecks(input.structure, input.teams, { ruleset, ref, asOf: opts.asOf, stage: 'before' }, reporter);
  const analyst = opts.decisions ? await readDecisions(opts.decisions, io.cwd, read, reporter.report) : new Map();
  const result = runMigration({ structure: input.structure, ruleset, ref, analyst, asOf: opts.asOf, lang: opts.lang, reporter, ...(input.teams ? { teams: input.teams } : {}) });
  const findings = [...reporter.findings].sort(compareFindings);
  const plan = buildPlanStream({
    toolVersion: TOOL_VERSION, ruleset, asOf: opts.asOf, inputs: inputs.map((p) => p.split('\\').join('/')), lang: opts.lang,
    decisions: result.decisions, migrated: result.migrated, people: result.people, teams: result.teams, findings,
  });
  io.stderr.write(summaryLine(plan.summary, opts.lang, opts.dryRun ? undefined : opts.out));
  if (!opts.dryRun && opts.out) {
    const outputs = outputChunks(result, plan, findings, opts.lang);
    for (const f of files) await writeChunksAtomic(join(opts.out, f), outputs[f]!(), join(opts.out, f), guard);
  }
  return exitCodeFor(findings, opts.failOn);
}

function summaryLine(s: ReturnType<typeof buildPlanStream>['summary'], lang: Lang, out?: string): string {
  const where = out ? (lang === 'id' ? ` → ${out}` : ` → ${out}`) : lang === 'id' ? ' (uji coba, tidak ada berkas ditulis)' : ' (dry run, nothing written)';
  return lang === 'id'
    ? `${s.postsBefore} jabatan: ${s.equalised} disetarakan, ${s.kept} tetap, ${s.review} telaah; ${s.peopleAffected} pegawai terdampak; temuan: ${s.findings.error} galat, ${s.findings.warning} peringatan${where}\n`
    : `${s.postsBefore} posts: ${s.equalised} equalised, ${s.kept} kept, ${s.review} review; ${s.peopleAffected} people affected; findings: ${s.findings.error} errors, ${s.findings.warning} warnings${where}\n`;
}
