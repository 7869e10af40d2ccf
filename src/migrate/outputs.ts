/** The files `migrate` writes (output-files.ts): the CSVs' rows by their tables (output-columns.ts), plan.json and findings.json. */
import { excelCsvText, type CsvRows } from '../io/csv-write.js';
import { jsonText } from '../io/json-write.js';
import type { ManifestEntry } from '../io/output-set.js';
import type { TextOut, TextProducer } from '../io/write.js';
import type { Finding } from '../model/finding.js';
import type { Lang } from '../i18n/index.js';
import { MAPPING_CSV, MappingView, PEOPLE_CSV, PeopleView, POSTS_CSV, PostsView, TEAMS_CSV, TeamsView } from './output-columns.js';
import { FINDINGS_FILE, PLAN_FILE, type OutputName } from './output-files.js';
import type { MigrationResult } from './run.js';
import type { Plan } from './plan.js';
import type { Team } from './teams.js';

export const postsRows = (r: MigrationResult): CsvRows => POSTS_CSV.rows(new PostsView(r));
export const mappingRows = (r: MigrationResult, lang: Lang): CsvRows => MAPPING_CSV.rows(new MappingView(r, lang));
export const peopleRows = (r: MigrationResult): CsvRows => PEOPLE_CSV.rows(new PeopleView(r));
export const teamRows = (teams: readonly Team[]): CsvRows => TEAMS_CSV.rows(new TeamsView(teams));

/**
 * Every file migrate writes, each streamed into its temp file instead of being built as one string: a national run's
 * mapping.csv and people.csv are hundreds of megabytes. plan.json, written last, carries the output set's manifest
 * (`files`: each other file's size and SHA-256), read when its turn comes.
 */
export function outputText(r: MigrationResult, plan: Plan, findings: Finding[], lang: Lang, manifest: readonly ManifestEntry[]): Record<OutputName, TextProducer> {
  return {
    [POSTS_CSV.file]: (out) => excelCsvText(out, POSTS_CSV.headers, postsRows(r)),
    [MAPPING_CSV.file]: (out) => excelCsvText(out, MAPPING_CSV.headers, mappingRows(r, lang)),
    [PEOPLE_CSV.file]: (out) => excelCsvText(out, PEOPLE_CSV.headers, peopleRows(r)),
    [TEAMS_CSV.file]: (out) => excelCsvText(out, TEAMS_CSV.headers, teamRows(r.teams)),
    [FINDINGS_FILE]: (out) => withNewline(out, jsonText(out, { version: 1, findings })),
    [PLAN_FILE]: (out) => withNewline(out, jsonText(out, { ...plan, files: manifest })),
  };
}

function* withNewline(out: TextOut, text: Iterable<Promise<void>>): Generator<Promise<void>> {
  yield* text;
  const full = out.write('\n');
  if (full) yield full;
}
