/** `setara validate`: read, check, apply suppressions and a baseline, format. */
import { basename, dirname, resolve } from 'node:path';
import { baselined, baselineEntries, baselineEntry, compareWithBaseline } from '../../check/baseline.js';
import { findingKeys } from '../../check/finding-keys.js';
import { runChecks } from '../../check/run.js';
import { UsageError } from '../../errors.js';
import { readBaseline, writeBaseline, type BaselineEntry } from '../../io/baseline-file.js';
import { claimedManifest, verifyOutputSet } from '../../io/output-set.js';
import { guardTarget } from '../../io/write.js';
import type { Finding, Severity } from '../../model/finding.js';
import { MARKS_SUPPRESSED, type FormatName } from '../../report/format/index.js';
import { loadReferenceData } from '../../rules/reference.js';
import type { Stage } from '../../check/work-system.js';
import { loadRunInput, prepareRun, STAGES, type InputOptions } from '../run-context.js';
import { baselineNote, baselineWrittenNote } from '../baseline-notes.js';
import { exitCodeFor } from '../exit.js';
import { emitReport, TOOL_VERSION } from '../output.js';
import { readSuppressions, suppressFindings } from '../suppressions.js';
import type { MainIO } from '../context.js';

export interface ValidateOptions extends InputOptions {
  format: FormatName;
  output?: string;
  failOn: Severity;
  stage: Stage;
  force?: boolean;
  color?: boolean;
  /** Report and fail only on findings this baseline file does not hold. */
  baseline?: string;
  /** Record the run's findings in this file (then nothing of them is new). */
  writeBaseline?: string;
  /** A YAML file of suppression entries, besides the ruleset's own. */
  suppressions?: string;
}

export async function validateCommand(postsPath: string, opts: ValidateOptions, io: MainIO): Promise<number> {
  const run = prepareRun(opts, io);
  const { ruleset, reporter, progress } = run;
  const paths = { posts: postsPath, people: opts.people, teams: opts.teams };
  const tables = [postsPath, opts.people, opts.teams].filter((p): p is string => !!p);
  // Read and checked before the tables: a bad file or a refused baseline target ends the run before the work.
  const suppressions = readSuppressions(opts.suppressions, ruleset, io);
  const baseline = opts.baseline !== undefined ? readBaseline(opts.baseline, io.cwd) : undefined;
  const inputs = [...tables, ...run.inputFiles, ...[opts.suppressions, opts.baseline].filter((p): p is string => p !== undefined)];
  if (opts.writeBaseline !== undefined) guardBaselineTarget(opts.writeBaseline, opts, inputs, io.cwd);
  if (opts.stage === 'after') await verifySets(tables, io.cwd);
  try {
    const input = await loadRunInput(paths, opts, run, io);
    progress?.stage(STAGES.checking);
    runChecks(input.structure, input.teams, { ruleset, ref: loadReferenceData(), asOf: opts.asOf, stage: opts.stage }, reporter);
    progress?.clear();
    let findings = reporter.findings;
    if (suppressions.entries.length > 0 || baseline || opts.writeBaseline !== undefined) {
      const keyOf = findingKeys(findings, paths, input);
      suppressFindings(findings, suppressions, { paths, keyOf, steps: { decides: false, stage: opts.stage }, report: reporter.report });
      const entryOf = (f: Finding) => baselineEntry(f, keyOf(f));
      const recorded = findings.filter((f) => baselined(f, ruleset));
      let against: readonly BaselineEntry[] | undefined = baseline;
      if (opts.writeBaseline !== undefined) {
        const entries = baselineEntries(recorded, entryOf);
        await writeBaseline(opts.writeBaseline, entries, TOOL_VERSION, { cwd: io.cwd, force: opts.force ?? false, inputs });
        io.stderr.write(baselineWrittenNote(opts.writeBaseline, entries.length, opts.lang));
        // Written alone, the new baseline is what this run is compared with: nothing recorded is new.
        against ??= entries;
      }
      if (against) {
        const { known, gone } = compareWithBaseline(recorded, against, entryOf);
        if (opts.baseline !== undefined) io.stderr.write(baselineNote(opts.baseline, known.size, gone, opts.lang));
        findings = findings.filter((f) => !known.has(f));
      }
    }
    const counted = findings.filter((f) => f.suppressed === undefined);
    const files = input.tables.map((t) => t.file);
    await emitReport(MARKS_SUPPRESSED.includes(opts.format) ? findings : counted, { ...opts, ruleset, files }, io, inputs);
    return exitCodeFor(counted, opts.failOn);
  } finally {
    // A failure too: its one line must not run on from a progress line.
    progress?.clear();
  }
}

/** --write-baseline: a regular file, not an input, not the report's --output, existing only with --force. */
function guardBaselineTarget(target: string, opts: ValidateOptions, inputs: string[], cwd: string): void {
  if (opts.output !== undefined && opts.output !== '-' && resolve(cwd, opts.output) === resolve(cwd, target))
    throw new UsageError({ id: `--write-baseline dan --output menunjuk berkas yang sama (${target})`, en: `--write-baseline and --output name the same file (${target})` });
  guardTarget(target, target, { cwd, force: opts.force ?? false, inputs });
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
