/**
 * The report's data, read from a migrate output directory by load.ts (or one OPD at a time by opd-source.ts): posts
 * with their decisions, people, teams and findings. What the renderers derive from it lives beside it, by job:
 * opd-select.ts (--opd), summary.ts, tables.ts (the per-OPD lists), org-tree.ts, opd-view.ts (all of one OPD).
 */
import type { Lang, Text } from '../i18n/index.js';
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

/** The date binary formats carry (document properties, zip entries): the plan's reference date, so output is reproducible. */
export function reportDate(model: ReportModel): Date {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(model.asOf) ? new Date(`${model.asOf}T00:00:00Z`) : new Date('2000-01-01T00:00:00Z');
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1980 ? new Date('2000-01-01T00:00:00Z') : d;
}

/** Progress callback: called once per OPD as a renderer reaches it. */
export type Progress = (done: number, total: number, opd: string) => void;

export interface RenderOptions {
  lang: Lang;
  progress?: Progress;
}
