/**
 * The per-OPD lists of a report, as rows: the lampiran of equalised posts, the review list, the people whose post
 * changes, the people who are not equalised, the work teams.
 */
import type { Lang } from '../i18n/index.js';
import { JENJANG_LABEL } from '../migrate/restructure.js';
import type { Jenjang } from '../model/types.js';
import { changeLabel, kindLabel, labels, type Labels } from './labels.js';
import type { JfCandidate, ReportModel, ReportPerson, ReportPost, ReportTeam } from './model.js';
import { uniq } from './text.js';

export interface EqualisationRow {
  no: number;
  postId: string;
  oldPost: string;
  eselon: string;
  unit: string;
  jf: string;
  jfId: string;
  jenjang: string;
  /** Criterion, the deciding rule in words, the analyst's part, then the citations. */
  remarks: string;
}

export interface ReviewRow {
  no: number;
  postId: string;
  name: string;
  eselon: string;
  unit: string;
  proposedJenjang: string;
  /** JF ids with scores, best first. */
  candidates: JfCandidate[];
  reason: string;
}

export interface PeopleRow {
  no: number;
  nip: string;
  name: string;
  pangkat: string;
  oldPost: string;
  newPost: string;
  /** `old → new`, or the post alone when it keeps its name. */
  oldNew: string;
  change: string;
  notes: string;
}

/** A person on an equalised post who is not equalised (education below S-1/D-IV): never in the lampiran of people. */
export interface NotEqualisedRow {
  no: number;
  nip: string;
  name: string;
  pangkat: string;
  oldPost: string;
  /** What the post becomes (the JF post the person does not take). */
  postBecomes: string;
  reason: string;
}

export interface TeamRow {
  no: number;
  teamId: string;
  teamName: string;
  owner: string;
  leader: string;
  members: string;
  size: number;
}

export function jenjangLabel(j: string | null): string {
  if (!j) return '';
  // Own keys only: mapping.csv may say `constructor` or `__proto__`, which are shown as they are.
  return Object.hasOwn(JENJANG_LABEL, j) ? JENJANG_LABEL[j as Jenjang] : j;
}

/** The lampiran list: every equalised post, in input order. */
export function equalisationRows(posts: readonly ReportPost[], model: ReportModel, lang: Lang): EqualisationRow[] {
  const l = labels(lang);
  return posts
    .filter((p) => p.decision === 'equalise')
    .map((p, i) => {
      const parts: string[] = [];
      if (p.criterion) parts.push(p.criterion);
      const rule = p.ruleIds[0] ? model.rules[p.ruleIds[0]]?.[lang] : undefined;
      if (rule) parts.push(rule);
      if (p.source === 'analyst') parts.push(p.note ? `${l.analystDecided}: ${p.note}` : l.analystDecided);
      const why = parts.join('; ');
      const cites = p.citations.join('; ');
      return {
        no: i + 1,
        postId: p.id,
        oldPost: p.name,
        eselon: p.eselon ?? kindLabel(l, p.kind),
        unit: p.unit,
        jf: p.jfName ?? p.jf ?? '',
        jfId: p.jf ?? '',
        jenjang: jenjangLabel(p.jenjang),
        remarks: why && cites ? `${why} (${cites})` : why || cites,
      };
    });
}

/**
 * The review list: every post the rules could not decide, every equalised post whose JF proposal is not a clear match
 * (the decision stands, the JF is the analyst's to choose), every JF post whose koordinator role ended without a JF in
 * its title, and every analyst decision that overruled an inference.
 */
export function reviewRows(posts: readonly ReportPost[], l: Labels, notEqualised: ReadonlyMap<string, string[]> = new Map()): ReviewRow[] {
  return posts.filter((p) => needsReview(p) || notEqualised.has(p.id)).map((p, i) => {
    const reasons = [p.note ?? ''];
    const holders = notEqualised.get(p.id);
    if (holders) reasons.push(`${l.holderNotEqualised}: ${holders.join(', ')}`);
    const status = p.decision === 'equalise' && p.source !== 'analyst' ? JF_STATUS_LABEL.get(p.jfStatus ?? '') : undefined;
    if (status) reasons.unshift(l[status]);
    if (p.basis && p.basis !== 'data') reasons.push(`${l.inferredBasis}: ${p.basis}`);
    return {
      no: i + 1,
      postId: p.id,
      name: p.name,
      eselon: p.eselon ?? kindLabel(l, p.kind),
      unit: p.unit,
      proposedJenjang: jenjangLabel(p.jenjang),
      candidates: p.candidates,
      reason: uniq(reasons.filter(Boolean)).join('; '),
    };
  });
}

/** Why an equalised post's JF is on the review list, by its jf_status (a Map: mapping.csv may hold any text). */
export const JF_STATUS_LABEL = new Map<string, 'jfWeak' | 'jfTie' | 'jfNone'>([['weak', 'jfWeak'], ['tie', 'jfTie'], ['none', 'jfNone']]);

function needsReview(p: ReportPost): boolean {
  if (p.decision === 'review') return true;
  if (p.ruleIds.includes('decisions/overrules-inference') || p.ruleIds.includes('sk/koordinator-jf-unknown')) return true;
  return p.decision === 'equalise' && p.source !== 'analyst' && p.jfStatus !== null && p.jfStatus !== 'matched';
}

/** The JF candidates as the review list shows them: name (or id) and score, best first (mapping.csv holds `jf:score[evidence]`). */
export function candidateNames(c: readonly JfCandidate[]): string {
  return c.map((x) => `${x.name || x.jf} (${x.score})`).join('; ');
}

/** people.csv's change for a person on an equalised post who is not equalised (migrate/people.ts). */
const NOT_EQUALISED = 'not-equalised';

export const pangkatOf = (p: ReportPerson) => (p.pangkat && p.golongan ? `${p.pangkat}, ${p.golongan}` : p.golongan ?? '');

/**
 * People whose post changes, or who carry a note (education, golongan, retirement age, income). A person who only
 * gets a new superior (their unit was dissolved) is noted with the new superior's post. A person who is not equalised
 * is not in this list (the lampiran of the decree): see notEqualisedRows.
 */
export function changedPeopleRows(people: readonly ReportPerson[], l: Labels, superiorOf: (postId: string | null) => string = () => ''): PeopleRow[] {
  return people
    .filter((p) => p.change !== NOT_EQUALISED && (p.change !== 'unchanged' || p.notes.length > 0))
    .map((p, i) => {
      const oldNew = p.oldPost === p.newPost || !p.newPost ? p.oldPost : `${p.oldPost} → ${p.newPost}`;
      const change = changeLabel(l, p.change);
      const superior = p.change === 'replaced' ? superiorOf(p.newPostId) : '';
      return {
        no: i + 1, nip: p.nip, name: p.name, pangkat: pangkatOf(p), oldPost: p.oldPost, newPost: p.newPost, oldNew, change,
        notes: [superior ? `${change} → ${superior}` : change, ...p.notes].join('; '),
      };
    });
}

/** The people on an equalised post who are not equalised, by the post's id: the post goes on the review list. */
export function notEqualisedHolders(people: readonly ReportPerson[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of people) {
    if (p.change !== NOT_EQUALISED || !p.oldPostId) continue;
    let list = out.get(p.oldPostId);
    if (!list) out.set(p.oldPostId, (list = []));
    list.push(`${p.name} (${p.nip})`);
  }
  return out;
}

/** The people "Tidak dapat disetarakan": on an equalised post, not equalised, with the reason (their notes). */
export function notEqualisedRows(people: readonly ReportPerson[], postBecomes: (postId: string | null) => string): NotEqualisedRow[] {
  return people
    .filter((p) => p.change === NOT_EQUALISED)
    .map((p, i) => ({
      no: i + 1, nip: p.nip, name: p.name, pangkat: pangkatOf(p), oldPost: p.oldPost, postBecomes: postBecomes(p.oldPostId), reason: p.notes.join('; '),
    }));
}

/** The work teams of an OPD: each with its owner, its leader and the other members by name. */
export function teamListRows(teams: readonly ReportTeam[]): TeamRow[] {
  return teams.map((t, i) => {
    const leaders = t.members.filter((m) => m.role === 'ketua');
    const others = t.members.filter((m) => m.role !== 'ketua');
    return {
      no: i + 1,
      teamId: t.teamId,
      teamName: t.teamName,
      owner: t.ownerName || t.ownerPostId,
      leader: leaders.map((m) => m.name || m.nip).join('; '),
      members: others.map((m) => m.name || m.nip).join('; '),
      size: t.members.length,
    };
  });
}
