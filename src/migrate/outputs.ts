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
  const m = r.migrated;
  for (let i = 0; i < m.size; i++) {
    const id = r.structure.indexed[i]!.id;
    yield [id, m.parentId(i), m.name(i), m.kind(i), m.eselon(i), m.unit(i), m.opd(i), m.unitType(i), id, m.change(i)];
  }
}

export function* mappingRows(r: MigrationResult, lang: Lang): Generator<Row> {
  const texts = verdictTexts(lang);
  const m = r.migrated;
  for (let i = 0; i < r.decisions.length; i++) {
    const d = r.decisions[i]!;
    const p = r.structure.indexed[i]!;
    const t = texts(d);
    yield [
      p.id, p.parentId, p.name, p.kind, p.eselon, p.unit, m.opd(i), p.unitType,
      d.decision, d.criterion, d.jf?.id ?? '', d.jenjang ?? '', p.id, m.parentId(i),
      t.ruleIds, t.citations, t.candidates, d.jf?.name ?? '', m.name(i), m.change(i), d.source, t.note, p.line,
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
    const { person, post, change, oldBup, newBup, notes } = r.people.at(k);
    yield [
      person.nip, person.name, person.golongan, person.education, person.birthDate, person.status,
      person.postId, post?.name ?? '', post?.id ?? null, post ? r.migrated.name(post.index!) : '', change, oldBup, newBup, notes.join(' | '),
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
