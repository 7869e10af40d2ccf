/** `setara validate`: read, check, format. */
import { runChecks } from '../../check/run.js';
import type { Severity } from '../../model/finding.js';
import type { FormatName } from '../../report/format/index.js';
import { loadReferenceData } from '../../rules/reference.js';
import type { Stage } from '../../check/work-system.js';
import { loadRunInput, prepareRun, STAGES, type InputOptions } from '../run-context.js';
import { exitCodeFor } from '../exit.js';
import { emitReport } from '../output.js';
import type { MainIO } from '../context.js';

export interface ValidateOptions extends InputOptions {
  format: FormatName;
  output?: string;
  failOn: Severity;
  stage: Stage;
  force?: boolean;
  color?: boolean;
}

export async function validateCommand(postsPath: string, opts: ValidateOptions, io: MainIO): Promise<number> {
  const run = prepareRun(opts, io);
  const { ruleset, reporter, progress } = run;
  try {
    const input = await loadRunInput({ posts: postsPath, people: opts.people, teams: opts.teams }, opts, run, io);
    progress?.stage(STAGES.checking);
    runChecks(input.structure, input.teams, { ruleset, ref: loadReferenceData(), asOf: opts.asOf, stage: opts.stage }, reporter);
    progress?.clear();
    const files = input.tables.map((t) => t.file);
    await emitReport(reporter.findings, { ...opts, ruleset, files }, io, [postsPath, opts.people, opts.teams].filter((p): p is string => !!p));
    return exitCodeFor(reporter.findings, opts.failOn);
  } finally {
    // A failure too: its one line must not run on from a progress line.
    progress?.clear();
  }
}
