/** The files `migrate` writes: rows for posts.csv, mapping.csv and people.csv, plus plan.json and findings.json. */
import { excelCsvText, type CsvRows } from '../io/csv-write.js';
import { jsonText } from '../io/json-write.js';
import type { ManifestEntry } from '../io/output-set.js';
import type { TextOut, TextProducer } from '../io/write.js';
import { formatCitation, type Finding } from '../model/finding.js';
import type { Lang } from '../i18n/index.js';
import type { PostDecision } from './decide.js';
import { basisText } from '../rules/engine.js';
import { candidatesText } from './jf-match.js';
import type { MigrationResult } from './run.js';
import type { Plan } from './plan.js';
import { teamRows } from './teams.js';

/** The old post's columns first, in the order of posts.csv (the input's), then the decision and the new post. */
export const MAPPING_COLUMNS = [
  'post_id', 'parent_id', 'name', 'kind', 'eselon', 'unit', 'opd', 'unit_type',
  'decision', 'criterion', 'jf', 'jenjang', 'new_post_id', 'new_parent_id',
  'rule_ids', 'citations', 'candidates', 'jf_name', 'new_name', 'change', 'source', 'note', 'line',
  'jf_status', 'alternatives', 'basis',
] as const;

export const POSTS_COLUMNS = ['id', 'parent_id', 'name', 'kind', 'eselon', 'unit', 'opd', 'unit_type', 'source_id', 'change'] as const;
export const PEOPLE_COLUMNS = ['nip', 'name', 'golongan', 'education', 'birth_date', 'status', 'old_post_id', 'old_post', 'new_post_id', 'new_post', 'change', 'old_bup', 'new_bup', 'notes'] as const;

export function postsRows(r: MigrationResult): CsvRows {
  const m = r.migrated;
  let i = 0;
  return (out) => {
    if (i >= m.size) return false;
    const id = r.structure.indexed[i]!.id;
    out[0] = id;
    out[1] = m.parentId(i);
    out[2] = m.name(i);
    out[3] = m.kind(i);
    out[4] = m.eselon(i);
    out[5] = m.unit(i);
    out[6] = m.opd(i);
    out[7] = m.unitType(i);
    out[8] = id;
    out[9] = m.change(i);
    i++;
    return true;
  };
}

export function mappingRows(r: MigrationResult, lang: Lang): CsvRows {
  const texts = verdictTexts(lang);
  const m = r.migrated;
  let i = 0;
  return (out) => {
    if (i >= r.decisions.length) return false;
    const d = r.decisions[i]!;
    const p = r.structure.indexed[i]!;
    const t = texts(d);
    out[0] = p.id;
    out[1] = p.parentId;
    out[2] = p.name;
    out[3] = p.kind;
    out[4] = p.eselon;
    out[5] = p.unit;
    out[6] = m.opd(i);
    out[7] = p.unitType;
    out[8] = d.decision;
    out[9] = d.criterion;
    out[10] = d.jf?.id ?? '';
    out[11] = d.jenjang ?? '';
    out[12] = p.id;
    out[13] = m.parentId(i);
    out[14] = t.ruleIds;
    out[15] = t.citations;
    out[16] = t.candidates;
    out[17] = d.jf?.name ?? '';
    out[18] = m.name(i);
    out[19] = m.change(i);
    out[20] = d.source;
    out[21] = t.note;
    out[22] = p.line;
    out[23] = d.jfStatus ?? '';
    out[24] = t.alternatives;
    out[25] = t.basis;
    i++;
    return true;
  };
}

/** A verdict's cells as text, worked out once per verdict: verdicts are shared by many posts (decideAll). */
interface VerdictTexts {
  ruleIds: string;
  citations: string;
  candidates: string;
  /** The candidates other than the proposed JF, by name (all of them when none was proposed). */
  alternatives: string;
  note: string;
  basis: string;
}

function verdictTexts(lang: Lang): (d: PostDecision) => VerdictTexts {
  const memo = new Map<PostDecision, VerdictTexts>();
  return (d) => {
    let t = memo.get(d);
    if (!t) {
      memo.set(d, (t = {
        ruleIds: d.ruleIds.join(' '),
        citations: d.citations.map(formatCitation).join('; '),
        candidates: candidatesText(d.candidates),
        alternatives: d.candidates.filter((c) => c.jf !== d.jf?.id).map((c) => c.name).join(' | '),
        note: d.note ? d.note[lang] : '',
        basis: basisText(d.basis),
      }));
    }
    return t;
  };
}

export function peopleRows(r: MigrationResult): CsvRows {
  let k = 0;
  return (out) => {
    if (k >= r.people.size) return false;
    const { person, post, postIndex, change, oldBup, newBup, notes } = r.people.at(k++);
    out[0] = person.nip;
    out[1] = person.name;
    out[2] = person.golongan;
    out[3] = person.education;
    out[4] = person.birthDate;
    out[5] = person.status;
    out[6] = person.postId;
    out[7] = post?.name ?? '';
    // A person who is not equalised does not take the JF post their post becomes: no new post until re-placed.
    const placed = post !== null && change !== 'not-equalised';
    out[8] = placed ? post.id : null;
    out[9] = placed ? r.migrated.name(postIndex) : '';
    out[10] = change;
    out[11] = oldBup;
    out[12] = newBup;
    out[13] = notes.join(' | ');
    return true;
  };
}

export const TEAMS_COLUMNS = ['team_id', 'team_name', 'owner_post_id', 'nip', 'role'] as const;

/**
 * Every file migrate writes, each streamed into its temp file instead of being built as one string: a national run's
 * mapping.csv and people.csv are hundreds of megabytes. plan.json, written last, carries the output set's manifest
 * (`files`: each other file's size and SHA-256), read when its turn comes.
 */
export function outputText(r: MigrationResult, plan: Plan, findings: Finding[], lang: Lang, manifest: readonly ManifestEntry[]): Record<string, TextProducer> {
  return {
    'posts.csv': (out) => excelCsvText(out, POSTS_COLUMNS, postsRows(r)),
    'mapping.csv': (out) => excelCsvText(out, MAPPING_COLUMNS, mappingRows(r, lang)),
    'people.csv': (out) => excelCsvText(out, PEOPLE_COLUMNS, peopleRows(r)),
    'teams.csv': (out) => excelCsvText(out, TEAMS_COLUMNS, teamRows(r.teams)),
    'plan.json': (out) => withNewline(out, jsonText(out, { ...plan, files: manifest })),
    'findings.json': (out) => withNewline(out, jsonText(out, { version: 1, findings })),
  };
}

function* withNewline(out: TextOut, text: Iterable<Promise<void>>): Generator<Promise<void>> {
  yield* text;
  const full = out.write('\n');
  if (full) yield full;
}
