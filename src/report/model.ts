/**
 * The report's data (read from a migrate output directory by load.ts) and every pure derivation the renderers share:
 * the summary, per-OPD tables (lampiran list, review list, people, teams) and the before/after org-chart trees.
 */
import type { Lang, Text } from '../i18n/index.js';
import { JENJANG_LABEL } from '../migrate/restructure.js';
import type { Jenjang } from '../model/types.js';
import { closest } from './closest.js';
import { changeLabel, kindLabel, labels, type Labels } from './labels.js';

import type { DecisionKind as Decision } from '../rules/types.js';
import type { Severity } from '../model/finding.js';
import type { OpdCounts } from '../migrate/plan.js';

export type { Decision, Severity, OpdCounts };

export interface JfCandidate {
  jf: string;
  name: string;
  score: number;
}

/** One post: as it was, the decision, and as it is after migration. */
export interface ReportPost {
  id: string;
  name: string;
  kind: string | null;
  eselon: string | null;
  unit: string;
  parentId: string | null;
  opd: string;
  decision: Decision;
  criterion: string;
  jf: string | null;
  jfName: string | null;
  jenjang: string | null;
  newParentId: string | null;
  newName: string;
  /** unchanged | equalised | replaced | review */
  change: string;
  ruleIds: string[];
  /** Formatted citations, deduplicated, in order. */
  citations: string[];
  candidates: JfCandidate[];
  source: string;
  note: string | null;
  /** The JF proposal of an equalised post: matched | weak | tie | none (null otherwise). */
  jfStatus: string | null;
  /** What the decision rests on besides the columns (mapping.csv basis): `data`, or inferences joined by `+`. */
  basis: string;
}

export interface ReportPerson {
  nip: string;
  name: string;
  golongan: string | null;
  pangkat: string | null;
  oldPostId: string | null;
  oldPost: string;
  newPostId: string | null;
  newPost: string;
  change: string;
  notes: string[];
  opd: string;
}

export interface ReportTeam {
  teamId: string;
  teamName: string;
  ownerPostId: string;
  ownerName: string;
  opd: string;
  members: Array<{ nip: string; name: string; role: string }>;
}

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  postId?: string;
  citation?: string;
}

export interface ReportModel {
  /** The migrate output directory as given on the command line. */
  dir: string;
  tool: { name: string; version: string };
  asOf: string;
  inputs: string[];
  ruleset: { id: string; chain: Array<{ id: string; file: string; ruleVersion?: string }> };
  opds: OpdCounts[];
  posts: ReportPost[];
  /** False when migrate ran without --people. */
  hasPeople: boolean;
  people: ReportPerson[];
  teams: ReportTeam[];
  findings: ReportFinding[];
  /** Rule descriptions where known (shipped rulesets). */
  rules: Record<string, Text>;
}

// ---------------------------------------------------------------------------------------------------------------
// OPD selection

/** An OPD as `--opd` may name it: its name or its code (the id of its head post). */
export interface OpdRef {
  name: string;
  code: string;
}

/** One OPD, several (the value is ambiguous: say which), or none (the closest, for the user to pick from). */
export type OpdMatch = { opd: string } | { several: OpdRef[] } | { closest: OpdRef[] };

/**
 * The OPD a `--opd` value names, trying in turn: the exact name, the name in any case, the code in any case, then a
 * fragment (every word of the value inside the name, any case). The first step that matches decides: one OPD, or
 * several. When none matches, the three closest by shared words and edit distance.
 */
export function findOpd(model: ReportModel, query: string): OpdMatch {
  const postsByOpd = groupBy(model.posts, (p) => p.opd);
  const opds: OpdRef[] = model.opds.map((o) => ({ name: o.opd, code: opdCode(postsByOpd.get(o.opd) ?? []) }));
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const q = norm(query);
  const fragments = q.split(' ').filter(Boolean);
  const steps: Array<(o: OpdRef) => boolean> = [
    (o) => o.name === query,
    (o) => norm(o.name) === q,
    (o) => o.code !== '' && o.code.toLowerCase() === q,
    (o) => fragments.length > 0 && fragments.every((f) => norm(o.name).includes(f)),
  ];
  for (const step of steps) {
    const hits = opds.filter(step);
    if (hits.length === 1) return { opd: hits[0]!.name };
    if (hits.length > 1) return { several: hits };
  }
  return { closest: closest(query, opds, (o) => [o.name, o.code], 3) };
}

/** The model cut down to one OPD: its counts, posts, people, teams and the findings on its posts. */
export function restrictToOpd(model: ReportModel, opd: string): ReportModel {
  const posts = model.posts.filter((p) => p.opd === opd);
  const ids = new Set(posts.map((p) => p.id));
  return {
    ...model,
    opds: model.opds.filter((o) => o.opd === opd),
    posts,
    people: model.people.filter((p) => p.opd === opd),
    teams: model.teams.filter((t) => t.opd === opd),
    findings: model.findings.filter((f) => f.postId !== undefined && ids.has(f.postId)),
  };
}

/** The id of the OPD's head post (its first post without a parent inside the OPD), e.g. `DINKES`. */
export function opdCode(posts: readonly ReportPost[]): string {
  const ids = new Set(posts.map((p) => p.id));
  return posts.find((p) => p.parentId === null || !ids.has(p.parentId))?.id ?? '';
}

// ---------------------------------------------------------------------------------------------------------------
// Summary

export interface FindingType {
  ruleId: string;
  severity: Severity;
  count: number;
  description: string;
  citation: string;
}

export interface SummaryView {
  opds: OpdCounts[];
  total: Omit<OpdCounts, 'opd'>;
  findings: FindingType[];
  chain: ReportModel['ruleset']['chain'];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function summaryView(model: ReportModel, lang: Lang): SummaryView {
  const total = { postsBefore: 0, postsAfter: 0, structuralBefore: 0, structuralAfter: 0, equalised: 0, kept: 0, review: 0, replaced: 0, peopleAffected: 0, peopleEqualised: 0, peopleNotEqualised: 0 };
  for (const o of model.opds) for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += o[k];
  const byType = new Map<string, FindingType>();
  for (const f of model.findings) {
    const key = `${f.severity}\u0000${f.ruleId}`;
    let t = byType.get(key);
    if (!t) {
      byType.set(key, (t = { ruleId: f.ruleId, severity: f.severity, count: 0, description: model.rules[f.ruleId]?.[lang] ?? '', citation: f.citation ?? '' }));
    }
    t.count++;
  }
  const findings = [...byType.values()].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.count - a.count || cmp(a.ruleId, b.ruleId),
  );
  return { opds: model.opds, total, findings, chain: model.ruleset.chain };
}

// ---------------------------------------------------------------------------------------------------------------
// Per-OPD tables

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

export type NodeStatus = 'kept' | 'staff' | 'equalised' | 'dissolved' | 'review' | 'moved';

export interface TreeNode {
  id: string;
  title: string;
  /** Short line above the title: eselon or kind. */
  meta: string;
  status: NodeStatus;
  /** Full text for the tooltip: title, id and what happened. */
  tooltip: string;
  children: TreeNode[];
}

export interface OpdView {
  /** 1-based position in the report. */
  index: number;
  opd: string;
  code: string;
  counts: OpdCounts;
  equalisation: EqualisationRow[];
  review: ReviewRow[];
  people: PeopleRow[];
  notEqualised: NotEqualisedRow[];
  teams: TeamRow[];
  before: TreeNode[];
  after: TreeNode[];
}

export function jenjangLabel(j: string | null): string {
  if (!j) return '';
  // Own keys only: mapping.csv may say `constructor` or `__proto__`, which are shown as they are.
  return Object.hasOwn(JENJANG_LABEL, j) ? JENJANG_LABEL[j as Jenjang] : j;
}

const STRUCTURAL = (k: string | null) => k !== null && k !== 'pelaksana' && k !== 'fungsional';

/** One view per OPD, in plan order (sorted by name). */
export function opdViews(model: ReportModel, lang: Lang): OpdView[] {
  const l = labels(lang);
  const postsByOpd = groupBy(model.posts, (p) => p.opd);
  const peopleByOpd = groupBy(model.people, (p) => p.opd);
  const teamsByOpd = groupBy(model.teams, (t) => t.opd);
  const byId = new Map(model.posts.map((p) => [p.id, p]));
  const superiorOf = (postId: string | null) => {
    const parent = postId === null ? undefined : byId.get(byId.get(postId)?.newParentId ?? '');
    return parent?.newName ?? '';
  };
  return model.opds.map((counts, i) => {
    const posts = postsByOpd.get(counts.opd) ?? [];
    return {
      index: i + 1,
      opd: counts.opd,
      code: opdCode(posts),
      counts,
      equalisation: equalisationRows(posts, model, lang),
      review: reviewRows(posts, l, notEqualisedHolders(peopleByOpd.get(counts.opd) ?? [])),
      people: peopleRows(peopleByOpd.get(counts.opd) ?? [], l, superiorOf),
      notEqualised: notEqualisedRows(peopleByOpd.get(counts.opd) ?? [], (id) => byId.get(id ?? '')?.newName ?? ''),
      teams: teamRows(teamsByOpd.get(counts.opd) ?? []),
      before: orgTree(posts, 'before', l),
      after: orgTree(posts, 'after', l),
    };
  });
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

/** The distinct items, in order. */
export function uniq(list: readonly string[]): string[] {
  return [...new Set(list)];
}

export function candidatesText(c: readonly JfCandidate[]): string {
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
export function peopleRows(people: readonly ReportPerson[], l: Labels, superiorOf: (postId: string | null) => string = () => ''): PeopleRow[] {
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

/** The people "Tidak dapat disetarakan": on an equalised post, not equalised, with the reason (their notes). */
/** The people on an equalised post who are not equalised, by the post's id: the post goes on the review list. */
function notEqualisedHolders(people: readonly ReportPerson[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of people) {
    if (p.change !== NOT_EQUALISED || !p.oldPostId) continue;
    let list = out.get(p.oldPostId);
    if (!list) out.set(p.oldPostId, (list = []));
    list.push(`${p.name} (${p.nip})`);
  }
  return out;
}

export function notEqualisedRows(people: readonly ReportPerson[], postBecomes: (postId: string | null) => string): NotEqualisedRow[] {
  return people
    .filter((p) => p.change === NOT_EQUALISED)
    .map((p, i) => ({
      no: i + 1, nip: p.nip, name: p.name, pangkat: pangkatOf(p), oldPost: p.oldPost, postBecomes: postBecomes(p.oldPostId), reason: p.notes.join('; '),
    }));
}

export function teamRows(teams: readonly ReportTeam[]): TeamRow[] {
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

// ---------------------------------------------------------------------------------------------------------------
// Org-chart trees

/**
 * The OPD's posts as a forest. `before`: old parents and titles; an equalised structural post is a dissolved unit.
 * `after`: new parents and titles; equalised posts are JF posts under the nearest kept post.
 * Children keep input order; a broken or cyclic chain starts a new root, so every post appears exactly once.
 */
export function orgTree(posts: readonly ReportPost[], stage: 'before' | 'after', l: Labels): TreeNode[] {
  const ids = new Set(posts.map((p) => p.id));
  const parentOf = (p: ReportPost) => {
    const parent = stage === 'before' ? p.parentId : p.newParentId;
    return parent !== null && parent !== p.id && ids.has(parent) ? parent : null;
  };
  const nodes = new Map<string, TreeNode>();
  for (const p of posts) nodes.set(p.id, node(p, stage, l));
  const children = new Map<string, ReportPost[]>();
  const roots: ReportPost[] = [];
  for (const p of posts) {
    const parent = parentOf(p);
    if (parent === null) roots.push(p);
    else {
      let list = children.get(parent);
      if (!list) children.set(parent, (list = []));
      list.push(p);
    }
  }
  const placed = new Set<string>();
  const attach = (p: ReportPost): TreeNode => {
    placed.add(p.id);
    const n = nodes.get(p.id)!;
    for (const c of children.get(p.id) ?? []) if (!placed.has(c.id)) n.children.push(attach(c));
    return n;
  };
  const forest = roots.map(attach);
  // Posts on a cycle are reachable from no root: each unplaced one starts a tree of its own.
  for (const p of posts) if (!placed.has(p.id)) forest.push(attach(p));
  return forest;
}

function node(p: ReportPost, stage: 'before' | 'after', l: Labels): TreeNode {
  let status: NodeStatus;
  let title: string;
  let meta: string;
  if (stage === 'before') {
    title = p.name;
    meta = p.eselon ?? kindLabel(l, p.kind);
    if (p.decision === 'equalise') status = STRUCTURAL(p.kind) ? 'dissolved' : 'equalised';
    else if (p.decision === 'review') status = 'review';
    else status = STRUCTURAL(p.kind) ? 'kept' : 'staff';
  } else {
    title = p.newName;
    if (p.change === 'equalised') {
      status = 'equalised';
      meta = `${l.kindFungsional} ${jenjangLabel(p.jenjang)}`.trim();
    } else {
      meta = p.eselon ?? kindLabel(l, p.kind);
      if (p.decision === 'review') status = 'review';
      else if (p.change === 'replaced') status = 'moved';
      else status = STRUCTURAL(p.kind) ? 'kept' : 'staff';
    }
  }
  const was = stage === 'after' && p.change === 'equalised' ? ` ← ${p.name}` : '';
  const why = stage === 'before' && p.decision === 'equalise' && p.jfName ? ` → ${p.jfName} ${jenjangLabel(p.jenjang)}` : '';
  return { id: p.id, title, meta, status, tooltip: `${title} (${p.id})${was}${why}`, children: [] };
}

// ---------------------------------------------------------------------------------------------------------------

export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(it);
  }
  return out;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date binary formats carry (document properties, zip entries): the plan's reference date, so output is reproducible. */
export function reportDate(model: ReportModel): Date {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(model.asOf) ? new Date(`${model.asOf}T00:00:00Z`) : new Date('2000-01-01T00:00:00Z');
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1980 ? new Date('2000-01-01T00:00:00Z') : d;
}

/**
 * Text for DOCX and XLSX: XML 1.0 has no U+FFFE or U+FFFF, which docx and exceljs (dropping control characters)
 * write as they are, so one such character in an edited CSV cell made the whole document unreadable.
 */
export function xmlText(s: string): string {
  return s.replace(/[\uFFFE\uFFFF]/g, '\uFFFD');
}

/** Progress callback: called once per OPD as a renderer reaches it. */
export type Progress = (done: number, total: number, opd: string) => void;

export interface RenderOptions {
  lang: Lang;
  progress?: Progress;
}
