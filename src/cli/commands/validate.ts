/** `setara validate`: read, check, format. */
import { createReporter } from '../../check/reporter.js';
import { runChecks } from '../../check/run.js';
import { loadConfig } from '../../io/config.js';
import { describeTables, loadInput } from '../../model/load.js';
import type { Severity } from '../../model/finding.js';
import type { FormatName } from '../../report/format/index.js';
import { loadRuleset, DEFAULT_RULESET } from '../../rules/ruleset.js';
import { loadReferenceData } from '../../rules/reference.js';
import type { Stage } from '../../check/work-system.js';
import type { Lang } from '../../i18n/index.js';
import { progressReporter } from '../../io/progress.js';
import { exitCodeFor } from '../exit.js';
import { emitReport } from '../output.js';
import type { MainIO } from '../context.js';

export interface ValidateOptions {
  people?: string;
  teams?: string;
  ruleset?: string;
  format: FormatName;
  output?: string;
  failOn: Severity;
  lang: Lang;
  config?: string;
  delimiter?: string;
  encoding?: string;
  sheet?: string;
  asOf: string;
  stage: Stage;
  verbose?: boolean;
  force?: boolean;
  color?: boolean;
}

export async function validateCommand(postsPath: string, opts: ValidateOptions, io: MainIO): Promise<number> {
  const { config, file: configFile } = loadConfig(io.cwd, opts.config);
  const ruleset = loadRuleset(opts.ruleset ?? config.ruleset ?? DEFAULT_RULESET, io.cwd);
  const reporter = createReporter(ruleset, opts.lang);
  const read = {
    delimiter: opts.delimiter ?? config.delimiter,
    encoding: opts.encoding ?? config.encoding,
    sheet: opts.sheet,
    progress: progressReporter(io.stderr, io.env, opts.lang),
  };
  const input = await loadInput({ posts: postsPath, people: opts.people, teams: opts.teams }, io.cwd, config, read, reporter.report);
  if (opts.verbose) {
    if (configFile) io.stderr.write(`config: ${configFile}\n`);
    io.stderr.write(`ruleset: ${ruleset.chain.map((c) => c.file).join(' → ')}\n`);
    for (const line of describeTables(input.tables, opts.lang)) io.stderr.write(`${line}\n`);
  }
  runChecks(input.structure, input.teams, { ruleset, ref: loadReferenceData(), asOf: opts.asOf, stage: opts.stage }, reporter);
  const files = input.tables.map((t) => t.file);
  await emitReport(reporter.findings, { ...opts, ruleset, files }, io, [postsPath, opts.people, opts.teams].filter((p): p is string => !!p));
  return exitCodeFor(reporter.findings, opts.failOn);
}
