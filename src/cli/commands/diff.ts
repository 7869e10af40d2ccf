/**
 * `setara diff <old> <new>`: read both versions with the project's readers, compare them (model/diff), format the
 * changes. Exit 0 when equal or without --fail-on-change, 1 with changes and --fail-on-change, 2 on errors.
 */
import { UsageError } from '../../errors.js';
import { guardTarget, writeFileAtomic } from '../../io/write.js';
import { diffVersions, type DiffSide, type VersionFiles } from '../../model/diff/index.js';
import { diffFormatters, type DiffFormatName } from '../../report/diff/index.js';
import type { MainIO } from '../context.js';
import { resolveColour } from '../colour.js';
import { EXIT_CLEAN, EXIT_FINDINGS } from '../exit.js';
import { today } from '../options.js';
import { emitFindingsByRule, TOOL_VERSION } from '../output.js';
import { loadRunInput, prepareRun, refuseStdinTwice, type InputOptions } from '../run-context.js';

export interface DiffOptions extends Omit<InputOptions, 'people' | 'teams' | 'asOf'> {
  peopleOld?: string;
  peopleNew?: string;
  teamsOld?: string;
  teamsNew?: string;
  format: DiffFormatName;
  output?: string;
  force?: boolean;
  failOnChange?: boolean;
  color?: boolean;
}

const COMPARING = { id: 'membandingkan', en: 'comparing' };

export async function diffCommand(oldPosts: string, newPosts: string, opts: DiffOptions, io: MainIO): Promise<number> {
  const old = versionFiles(oldPosts, opts.peopleOld, opts.teamsOld);
  const next = versionFiles(newPosts, opts.peopleNew, opts.teamsNew);
  for (const [table, a, b] of [['people', old.people, next.people], ['teams', old.teams, next.teams]] as const) {
    if ((a === undefined) !== (b === undefined))
      throw new UsageError({
        id: `--${table}-old dan --${table}-new harus diberikan bersama`,
        en: `--${table}-old and --${table}-new go together`,
      });
  }
  const inputs = [...Object.values(old), ...Object.values(next)];
  refuseStdinTwice(inputs);
  const toFile = opts.output !== undefined && opts.output !== '-';
  const guard = { cwd: io.cwd, force: opts.force ?? false, inputs };
  // Refuse a bad --output before any work.
  if (toFile) guardTarget(opts.output!, opts.output!, guard);

  // The reference date plays no part in reading; the readers' options carry one.
  const input: InputOptions = { ...opts, asOf: today() };
  const run = prepareRun(input, io);
  try {
    const sides: DiffSide[] = [];
    for (const files of [old, next]) {
      const loaded = await loadRunInput(files, input, run, io);
      sides.push({ structure: loaded.structure, ...(loaded.teams ? { teams: loaded.teams } : {}), files });
    }
    run.progress?.stage(COMPARING);
    const diff = diffVersions(sides[0]!, sides[1]!);
    run.progress?.clear();
    // What could not be read is said on stderr (the diff is of what was read); what was inferred is not.
    emitFindingsByRule(run.reporter.findings.filter((f) => f.severity !== 'info'), opts, io);
    const human = opts.format === 'stylish';
    const text = diffFormatters[opts.format](diff, {
      lang: opts.lang,
      color: human && !toFile ? resolveColour(opts.color, io.env, io.stdout.isTTY) : null,
      toolName: 'setara',
      toolVersion: TOOL_VERSION,
      ...(opts.format === 'html' ? { structures: { old: sides[0]!.structure, new: sides[1]!.structure } } : {}),
    });
    if (toFile) await writeFileAtomic(opts.output!, text, opts.output!, guard);
    // "No changes" in a human format is a status message: stdout stays empty for pipes.
    else if (human && diff.changes.length === 0) io.stderr.write(text);
    else io.stdout.write(text);
    return opts.failOnChange && diff.changes.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
  } finally {
    run.progress?.clear();
  }
}

function versionFiles(posts: string, people: string | undefined, teams: string | undefined): VersionFiles {
  return { posts, ...(people !== undefined ? { people } : {}), ...(teams !== undefined ? { teams } : {}) };
}
