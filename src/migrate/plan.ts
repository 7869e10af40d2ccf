/**
 * plan.json: provenance, summary, counts per OPD and the work teams, versioned. The per-post and per-person data live
 * only in mapping.csv and people.csv; the counts come from the same decisions, so they reconcile with those files.
 */
import type { Finding } from '../model/finding.js';
import { kindIsStructural } from '../model/parse/kind.js';
import { placementOf } from '../model/placement.js';
import type { Kind } from '../model/types.js';
import type { Ruleset } from '../rules/types.js';
import type { PostDecision } from './decide.js';
import { NONE, type Structure } from '../model/structure.js';
import type { MigratedPeople } from './people.js';
import type { MigratedPosts } from './restructure.js';
import type { Team } from './teams.js';

export const PLAN_VERSION = 2;

export interface OpdCounts {
  opd: string;
  postsBefore: number;
  postsAfter: number;
  structuralBefore: number;
  structuralAfter: number;
  equalised: number;
  kept: number;
  review: number;
  replaced: number;
  /** People whose post is equalised or moved: the equalised, the not equalised and the re-placed. */
  peopleAffected: number;
  /** People whose change in people.csv is `equalised`. */
  peopleEqualised: number;
  /** People on an equalised post who are not equalised (education below S-1/D-IV): listed apart, never as equalised. */
  peopleNotEqualised: number;
}

export interface Plan {
  version: number;
  tool: { name: string; version: string };
  ruleset: { id: string; chain: Array<{ id: string; file: string; ruleVersion?: string }> };
  asOf: string;
  inputs: string[];
  summary: Omit<OpdCounts, 'opd'> & {
    people: number;
    /** The findings that count, by severity; how many were suppressed only when some were (the plan is otherwise as before). */
    findings: { error: number; warning: number; info: number; suppressed?: number };
    /** Equalised posts whose JF proposal is not a clear match (weak, tie, none): the analyst's review list. */
    jfToReview: number;
    /**
     * Posts whose unit was read from their own title, or from their superior's; OPDs read from their head's title;
     * posts whose parent was inferred (a flat list's tree) and the OPDs they are in.
     */
    placement: { fromTitle: number; fromSuperior: number; opdsFromTitle: number; parentsInferred: number; opdsParentsInferred: number };
  };
  opds: OpdCounts[];
  teams: Team[];
}

const noCounts = (): Omit<OpdCounts, 'opd'> => ({ postsBefore: 0, postsAfter: 0, structuralBefore: 0, structuralAfter: 0, equalised: 0, kept: 0, review: 0, replaced: 0, peopleAffected: 0, peopleEqualised: 0, peopleNotEqualised: 0 });

const structural = (k: Kind | null) => k !== null && kindIsStructural(k);

type PlanArgs = {
  toolVersion: string; ruleset: Ruleset; asOf: string; inputs: string[];
  structure: Structure; decisions: readonly PostDecision[]; migrated: MigratedPosts; people: MigratedPeople; teams: Team[]; findings: Finding[];
};

export function buildPlan(args: PlanArgs): Plan {
  const opds = opdCounts(args);
  const total = opds.reduce(
    (t, c) => {
      for (const k of Object.keys(t) as Array<keyof typeof t>) t[k] += c[k];
      return t;
    },
    noCounts(),
  );
  const sev: Plan['summary']['findings'] = { error: 0, warning: 0, info: 0 };
  let suppressed = 0;
  for (const f of args.findings) {
    if (f.suppressed === undefined) sev[f.severity]++;
    else suppressed++;
  }
  if (suppressed > 0) sev.suppressed = suppressed;
  let jfToReview = 0;
  for (const d of args.decisions) if (d.decision === 'equalise' && d.source === 'rules' && d.jfStatus !== 'matched') jfToReview++;
  const { fromTitle, fromSuperior, opdsFromTitle } = placementOf(args.structure).counts;
  return {
    version: PLAN_VERSION,
    tool: { name: 'setara', version: args.toolVersion },
    ruleset: { id: args.ruleset.id, chain: args.ruleset.chain },
    asOf: args.asOf,
    inputs: args.inputs,
    summary: { ...total, people: args.structure.people.length, findings: sev, jfToReview,
      placement: { fromTitle, fromSuperior, opdsFromTitle, parentsInferred: args.structure.treeInferred.posts, opdsParentsInferred: args.structure.treeInferred.opds },
    },
    opds,
    teams: args.teams,
  };
}

/** Counts per OPD, sorted by name. */
function opdCounts(args: PlanArgs): OpdCounts[] {
  const byOpd = new Map<string, OpdCounts>();
  // The posts of an OPD come together: the previous post's counts first, the Map after.
  let last: OpdCounts | undefined;
  const counts = (opd: string) => {
    if (last?.opd === opd) return last;
    let c = byOpd.get(opd);
    if (!c) byOpd.set(opd, (c = { opd, ...noCounts() }));
    return (last = c);
  };
  const { structure: s, migrated, people } = args;
  args.decisions.forEach((d, i) => {
    const c = counts(migrated.opd(i));
    c.postsBefore++;
    c.postsAfter++;
    if (structural(s.indexed[i]!.kind)) c.structuralBefore++;
    if (structural(migrated.kind(i))) c.structuralAfter++;
    if (d.decision === 'equalise') c.equalised++;
    else if (d.decision === 'keep') c.kept++;
    else c.review++;
    if (migrated.change(i) === 'replaced') c.replaced++;
  });
  for (let k = 0; k < s.people.length; k++) {
    const i = s.personPostAt(k);
    if (i === NONE) continue;
    const change = people.change(k);
    if (change !== 'equalised' && change !== 'not-equalised' && change !== 'replaced') continue;
    const c = counts(migrated.opd(i));
    c.peopleAffected++;
    if (change === 'equalised') c.peopleEqualised++;
    else if (change === 'not-equalised') c.peopleNotEqualised++;
  }
  return [...byOpd.values()].sort((a, b) => (a.opd < b.opd ? -1 : a.opd > b.opd ? 1 : 0));
}
