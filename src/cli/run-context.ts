/** What validate, migrate and explain share: config, ruleset, reporter, reading options, and loading the tables. */
import { createReporter, type Reporter } from '../check/reporter.js';
import type { Lang } from '../i18n/index.js';
import { loadConfig, xlsxLimits, type Config } from '../io/config.js';
import { readsStdin } from '../io/input-file.js';
import { progressReporter, type Progress } from '../io/progress.js';
import type { ReadOptions } from '../io/table.js';
import { describeTables, loadInput, type InputPaths, type LoadedInput } from '../model/load.js';
import { typicalLookup } from '../model/infer-eselon.js';
import { loadReferenceData } from '../rules/reference.js';
import { DEFAULT_RULESET, loadRunRuleset } from '../rules/ruleset.js';
import type { Ruleset } from '../rules/types.js';
import { UsageError } from '../errors.js';
import type { MainIO } from './context.js';

/** The input options every data command takes (see inputOptions in main.ts). */
export interface InputOptions {
  people?: string;
  teams?: string;
  ruleset?: string;
  lang: Lang;
  config?: string;
  delimiter?: string;
  encoding?: string;
  sheet?: string;
  headerRow?: number;
  asOf: string;
  verbose?: boolean;
}

export interface RunContext {
  config: Config;
  ruleset: Ruleset;
  reporter: Reporter;
  read: ReadOptions;
  /** Progress on a terminal (absent: silent). */
  progress: Progress | undefined;
  /** Files read besides the tables (the config file, the ruleset's files): no output may replace them. */
  inputFiles: string[];
}

/** The stages progress names (on a terminal, in a run long enough to report its reading). */
export const STAGES = {
  checking: { id: 'memeriksa', en: 'checking' },
  deciding: { id: 'menetapkan keputusan', en: 'deciding' },
} as const;

/** Options on the command line win over setara.config.yaml, which wins over the defaults. */
export function prepareRun(opts: InputOptions, io: MainIO): RunContext {
  const { config, file } = loadConfig(io.cwd, opts.config);
  const ruleset = loadRunRuleset(opts.ruleset ?? config.ruleset ?? DEFAULT_RULESET, io.cwd);
  if (opts.verbose) {
    if (file) io.stderr.write(`config: ${file}\n`);
    io.stderr.write(`ruleset: ${ruleset.chain.map((c) => c.file).join(' → ')}\n`);
  }
  const progress = progressReporter(io.stderr, io.env, opts.lang);
  return {
    inputFiles: [...(file ? [file] : []), ...ruleset.chain.map((c) => c.file)],
    config,
    ruleset,
    reporter: createReporter(ruleset, opts.lang),
    read: {
      delimiter: opts.delimiter ?? config.delimiter,
      encoding: opts.encoding ?? config.encoding,
      sheet: opts.sheet,
      headerRow: opts.headerRow ?? config.header_row,
      limits: xlsxLimits(config),
      ...(progress ? { progress: progress.rows } : {}),
    },
    progress,
  };
}

/** Reads the tables; with --verbose, the dialect and column mapping of each go to stderr. */
/** stdin is read once: a second table given as `-` (or /dev/stdin) would read as an empty file. */
export function refuseStdinTwice(files: ReadonlyArray<string | undefined>): void {
  const stdin = files.filter((f): f is string => f !== undefined && readsStdin(f));
  if (stdin.length > 1)
    throw new UsageError({
      id: `stdin hanya dapat dibaca sekali, tetapi diberikan ${stdin.length} kali (${stdin.join(', ')}); simpan tabel lainnya ke berkas`,
      en: `stdin can be read once, but it is given ${stdin.length} times (${stdin.join(', ')}); save the other tables to files`,
    });
}

export async function loadRunInput(paths: InputPaths, opts: InputOptions, run: RunContext, io: MainIO): Promise<LoadedInput> {
  refuseStdinTwice([paths.posts, paths.people, paths.teams]);
  const input = await loadInput(paths, io.cwd, run.config, run.read, run.reporter.report, typicalLookup(loadReferenceData().eselonTypical));
  if (opts.verbose) for (const line of describeTables(input.tables, opts.lang)) io.stderr.write(`${line}\n`);
  return input;
}
