/** `setara validate`: read, check, format. */
import { basename, dirname, resolve } from 'node:path';
import { runChecks } from '../../check/run.js';
import { claimedManifest, verifyOutputSet } from '../../io/output-set.js';
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
  const tables = [postsPath, opts.people, opts.teams].filter((p): p is string => !!p);
  if (opts.stage === 'after') await verifySets(tables, io.cwd);
  try {
    const input = await loadRunInput({ posts: postsPath, people: opts.people, teams: opts.teams }, opts, run, io);
    progress?.stage(STAGES.checking);
    runChecks(input.structure, input.teams, { ruleset, ref: loadReferenceData(), asOf: opts.asOf, stage: opts.stage }, reporter);
    progress?.clear();
    const files = input.tables.map((t) => t.file);
    await emitReport(reporter.findings, { ...opts, ruleset, files }, io, [...tables, ...run.inputFiles]);
    return exitCodeFor(reporter.findings, opts.failOn);
  } finally {
    // A failure too: its one line must not run on from a progress line.
    progress?.clear();
  }
}

/**
 * Tables after migration usually come from a migrate output folder: a folder whose plan.json lists its files is checked
 * against that list first (a table of another run, or edited since, is refused). Other folders are read as they are.
 */
async function verifySets(tables: readonly string[], cwd: string): Promise<void> {
  const byDir = new Map<string, string[]>();
  for (const t of tables) byDir.set(dirname(t), [...(byDir.get(dirname(t)) ?? []), basename(t)]);
  for (const [dir, names] of byDir) {
    const manifest = claimedManifest(resolve(cwd, dir));
    if (manifest !== undefined) await verifyOutputSet(resolve(cwd, dir), dir, manifest, names);
  }
}
