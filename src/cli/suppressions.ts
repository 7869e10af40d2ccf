/**
 * What validate and migrate share of suppressions (check/suppressions.ts): the day expiry dates are judged on, the
 * entries of the ruleset and of a --suppressions file, and which rules a run can report, so that an entry for a rule
 * the run never checks is not called unused.
 */
import type { FindingKey, TableRole } from '../check/finding-keys.js';
import { applySuppressions } from '../check/suppressions.js';
import type { Stage } from '../check/work-system.js';
import { UsageError } from '../errors.js';
import type { Finding, Report } from '../model/finding.js';
import type { InputPaths } from '../model/load.js';
import { isIsoDate } from '../model/parse/date.js';
import { loadSuppressionsFile } from '../rules/suppression-entry.js';
import type { Ruleset, Suppression } from '../rules/types.js';
import type { MainIO } from './context.js';
import { today } from './options.js';

export interface RunSuppressions {
  /** YYYY-MM-DD: the day expiry dates are judged on. */
  today: string;
  /** The ruleset's entries, then the --suppressions file's. */
  entries: Suppression[];
}

/** Read before the tables: a bad SETARA_TODAY or suppressions file ends the run before the work. */
export function readSuppressions(file: string | undefined, ruleset: Ruleset, io: MainIO): RunSuppressions {
  return { today: todayOf(io.env), entries: [...ruleset.suppressions, ...(file !== undefined ? loadSuppressionsFile(file, io.cwd, ruleset) : [])] };
}

/**
 * The day suppression expiry dates are judged on: SETARA_TODAY (YYYY-MM-DD) when set, so that a CI job or a test
 * gets the same result on every day; else the system date.
 */
function todayOf(env: NodeJS.ProcessEnv): string {
  const v = env['SETARA_TODAY'];
  if (v === undefined || v === '') return today();
  if (!isIsoDate(v)) throw new UsageError({ id: `SETARA_TODAY harus tanggal YYYY-MM-DD, bukan '${v}'`, en: `SETARA_TODAY must be a date YYYY-MM-DD, not '${v}'` });
  return v;
}

/** What a run does beyond reading and checking the tables: deciding (migrate), and the checks of the data after penyetaraan. */
export interface RunSteps {
  decides: boolean;
  stage: Stage;
}

/**
 * Check rules only migrate reports: found while deciding (src/migrate: the decisions file, the decisions and JF
 * proposals, the people moved, the koordinator JF posts), never by the reading and checks validate runs.
 */
const DECIDING_RULES: ReadonlySet<string> = new Set([
  'decision/no-rule',
  'jf/matched', 'jf/weak-match', 'jf/no-candidate', 'jf/ambiguous', 'jf/local-policy',
  'decisions/analyst', 'decisions/contradicts-locked', 'decisions/overrules-inference', 'decisions/unknown-jf', 'decisions/missing-jf',
  'decisions/post-missing', 'decisions/duplicate-post', 'decisions/jenjang-level', 'decisions/jenjang-jump',
  'person/education-below-minimum', 'person/golongan-outside-jenjang', 'person/bup-change', 'person/near-bup', 'person/income-protection',
  'sk/koordinator-jf-unknown',
]);

/** Check rules only `validate --stage after` reports (check/work-system.ts); migrate checks the data before. */
const AFTER_RULES: ReadonlySet<string> = new Set(['sk/max-structural-levels', 'sk/jf-placement']);

/** Whether a run taking these steps can report a rule's findings. */
export function reportableIn(steps: RunSteps): (ruleId: string) => boolean {
  return (id) => (steps.decides || !DECIDING_RULES.has(id)) && (steps.stage === 'after' || !AFTER_RULES.has(id));
}

/**
 * Marks the findings the entries suppress and reports the expired entries, and the unused ones this run could have
 * matched (check/suppressions.ts). The reports go to `report`: after this, the run's findings include them.
 */
export function suppressFindings(
  findings: readonly Finding[], s: RunSuppressions,
  run: { paths: InputPaths; keyOf: (f: Finding) => FindingKey; steps: RunSteps; report: Report },
): void {
  const tables = new Set<TableRole>(['posts', ...(run.paths.people ? (['people'] as const) : []), ...(run.paths.teams ? (['teams'] as const) : [])]);
  applySuppressions(findings, s.entries, { today: s.today, tables, keyOf: run.keyOf, reportable: reportableIn(run.steps), report: run.report });
}
