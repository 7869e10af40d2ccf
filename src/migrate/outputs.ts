/** The files `migrate` writes: rows for posts.csv, mapping.csv and people.csv, plus plan.json and findings.json. */
import { excelCsvChunks, type CsvCell } from '../io/csv-write.js';
import { jsonChunks } from '../io/json-write.js';
import { formatCitation, type Finding } from '../model/finding.js';
import type { Lang } from '../i18n/index.js';
import type { PostDecision } from './decide.js';
import { candidatesText } from './jf-match.js';
import type { MigrationResult } from './run.js';
import type { Plan } from './plan.js';
import { teamRows } from './teams.js';

/** The old post's columns first, in the order of posts.csv (the input's), then the decision and the new post. */
export const MAPPING_COLUMNS = [
  'post_id', 'parent_id', 'name', 'kind', 'eselon', 'unit', 'opd', 'unit_type',
  'decision', 'criterion', 'jf', 'jenjang', 'new_post_id', 'new_parent_id',
  'rule_ids', 'citations', 'candidates', 'jf_name', 'new_name', 'change', 'source', 'note', 'line',
] as const;

export const POSTS_COLUMNS = ['id', 'parent_id', 'name', 'kind', 'eselon', 'unit', 'opd', 'unit_type', 'source_id', 'change'] as const;
export const PEOPLE_COLUMNS = ['nip', 'name', 'golongan', 'education', 'birth_date', 'status', 'old_post_id', 'old_post', 'new_post_id', 'new_post', 'change', 'old_bup', 'new_bup', 'notes'] as const;

type Row = CsvCell[];

export function* postsRows(r: MigrationResult): Generator<Row> {
  for (let i = 0; i < r.migrated.size; i++) {
    const m = r.migrated.at(i);
    yield [m.id, m.parentId, m.name, m.kind, m.eselon, m.unit, m.opd, m.unitType, m.sourceId, m.change];
  }
}

export function* mappingRows(r: MigrationResult, lang: Lang): Generator<Row> {
  const texts = verdictTexts(lang);
  for (let i = 0; i < r.decisions.length; i++) {
    const d = r.decisions[i]!;
    const p = r.structure.indexed[i]!;
    const m = r.migrated.at(i);
    const t = texts(d);
    yield [
      p.id, p.parentId, p.name, p.kind, p.eselon, p.unit, m.opd, p.unitType,
      d.decision, d.criterion, d.jf?.id ?? '', d.jenjang ?? '', m.id, m.parentId,
      t.ruleIds, t.citations, t.candidates, d.jf?.name ?? '', m.name, m.change, d.source, t.note, p.line,
    ];
  }
}

/** A verdict's cells as text, worked out once per verdict: verdicts are shared by many posts (decideAll). */
function verdictTexts(lang: Lang): (d: PostDecision) => { ruleIds: string; citations: string; candidates: string; note: string } {
  const memo = new Map<PostDecision, { ruleIds: string; citations: string; candidates: string; note: string }>();
  return (d) => {
    let t = memo.get(d);
    if (!t) {
      memo.set(d, (t = {
        ruleIds: d.ruleIds.join(' '),
        citations: d.citations.map(formatCitation).join('; '),
        candidates: candidatesText(d.candidates),
        note: d.note ? d.note[lang] : '',
      }));
    }
    return t;
  };
}

export function* peopleRows(r: MigrationResult): Generator<Row> {
  for (let k = 0; k < r.people.size; k++) {
    const p = r.people.at(k);
    yield [
      p.person.nip, p.person.name, p.person.golongan, p.person.education, p.person.birthDate, p.person.status,
      p.person.postId, p.oldPost?.name ?? '', p.newPost?.id ?? null, p.newPost?.name ?? '', p.change, p.oldBup, p.newBup, p.notes.join(' | '),
    ];
  }
}

export const TEAMS_COLUMNS = ['team_id', 'team_name', 'owner_post_id', 'nip', 'role'] as const;

/**
 * Every file migrate writes, as pieces of text, so that each file is streamed into its temp file instead of being
 * built as one string: a national run's mapping.csv and people.csv are hundreds of megabytes.
 */
export function outputChunks(r: MigrationResult, plan: Plan, findings: Finding[], lang: Lang): Record<string, () => Iterable<string>> {
  return {
    'posts.csv': () => excelCsvChunks(POSTS_COLUMNS, postsRows(r)),
    'mapping.csv': () => excelCsvChunks(MAPPING_COLUMNS, mappingRows(r, lang)),
    'people.csv': () => excelCsvChunks(PEOPLE_COLUMNS, peopleRows(r)),
    'teams.csv': () => excelCsvChunks(TEAMS_COLUMNS, teamRows(r.teams)),
    'plan.json': () => withNewline(jsonChunks(plan)),
    'findings.json': () => withNewline(jsonChunks({ version: 1, findings })),
  };
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}
