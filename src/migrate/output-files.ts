/** The files `migrate` writes into --out, in the order written; the report reads them by these names. */
import { MANIFEST_FILE } from '../io/output-set.js';
import { MAPPING_CSV, PEOPLE_CSV, POSTS_CSV, TEAMS_CSV } from './output-columns.js';

export const FINDINGS_FILE = 'findings.json';
/** plan.json carries the manifest of the other files: written last. */
export const PLAN_FILE = MANIFEST_FILE;

/** The optional inputs of a run (--people, --teams). */
export interface OptionalInputs {
  people: boolean;
  teams: boolean;
}

/** `with`: the file is written only when the run has one of these inputs (teams are planned from people too). */
export const OUTPUT_FILES = [
  { name: POSTS_CSV.file },
  { name: MAPPING_CSV.file },
  { name: PEOPLE_CSV.file, with: ['people'] },
  { name: TEAMS_CSV.file, with: ['people', 'teams'] },
  { name: FINDINGS_FILE },
  { name: PLAN_FILE },
] as const satisfies ReadonlyArray<{ name: string; with?: ReadonlyArray<keyof OptionalInputs> }>;

export type OutputName = (typeof OUTPUT_FILES)[number]['name'];

/** The files a run with `given` writes, in order. */
export function outputNames(given: OptionalInputs): OutputName[] {
  return OUTPUT_FILES.filter((f) => !('with' in f) || f.with.some((input) => given[input])).map((f) => f.name);
}
