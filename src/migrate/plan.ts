/** plan.json: everything a report needs, versioned; counts per OPD come from the same decisions as mapping.csv. */
import type { Finding } from '../model/finding.js';
import type { Ruleset } from '../rules/types.js';
import type { PostDecision } from './decide.js';
import type { MigratedPerson } from './people.js';
import type { MigratedPost } from './restructure.js';
import type { Team } from './teams.js';

export const PLAN_VERSION = 1;

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
  peopleAffected: number;
}

export interface Plan {
  version: number;
  tool: { name: string; version: string };
  ruleset: { id: string; chain: Array<{ id: string; file: string; ruleVersion?: string }> };
  asOf: string;
  inputs: string[];
  summary: Omit<OpdCounts, 'opd'> & { people: number; findings: { error: number; warning: number; info: number } };
  opds: OpdCounts[];
  decisions: Array<{
    postId: string; opd: string; decision: string; criterion: string; jf: string | null; jfName: string | null;
    jenjang: string | null; newPostId: string; newParentId: string | null; newName: string; change: string;
    ruleIds: string[]; source: string; note: string | null;
    /** The post as it was (additive, for `setara report`: lampiran columns and the "before" org chart). */
    name: string; kind: string | null; eselon: string | null; unit: string; unitType: string | null; parentId: string | null;
  }>;
  teams: Team[];
  people: Array<{ nip: string; name: string; golongan: string | null; oldPostId: string | null; oldPost: string; newPostId: string | null; newPost: string; change: string; oldBup: number | null; newBup: number | null; notes: string[] }>;
}

const structural = (k: string | null) => k !== null && k !== 'pelaksana' && k !== 'fungsional';

type PlanArgs = {
  toolVersion: string; ruleset: Ruleset; asOf: string; inputs: string[]; lang: 'id' | 'en';
  decisions: PostDecision[]; migrated: MigratedPost[]; people: MigratedPerson[]; teams: Team[]; findings: Finding[];
};

/** The plan with its two long lists produced on demand (each read gives a fresh iterator): for streamed writing. */
export type PlanStream = Omit<Plan, 'decisions' | 'people'> & {
  readonly decisions: Iterable<Plan['decisions'][number]>;
  readonly people: Iterable<Plan['people'][number]>;
};

export function buildPlan(args: PlanArgs): Plan {
  const parts = planParts(args);
  return {
    ...parts.head,
    decisions: args.decisions.map((d, i) => parts.decision(d, i)),
    teams: args.teams,
    people: args.people.map(parts.person),
  };
}

/**
 * buildPlan without materialising one object per decision and per person (a national run has millions): the same
 * keys in the same order, so `JSON.stringify`-style writing (src/io/json-write.ts) gives the same plan.json.
 */
export function buildPlanStream(args: PlanArgs): PlanStream {
  const parts = planParts(args);
  // Defined one by one: V8 puts a literal's accessors after its data properties when the literal has a spread.
  const plan = { ...parts.head } as PlanStream;
  Object.defineProperty(plan, 'decisions', {
    enumerable: true,
    get: () => (function* () {
      for (let i = 0; i < args.decisions.length; i++) yield parts.decision(args.decisions[i]!, i);
    })(),
  });
  Object.defineProperty(plan, 'teams', { enumerable: true, value: args.teams });
  Object.defineProperty(plan, 'people', {
    enumerable: true,
    get: () => (function* () {
      for (const p of args.people) yield parts.person(p);
    })(),
  });
  return plan;
}

function planParts(args: PlanArgs) {
  const byOpd = new Map<string, OpdCounts>();
  const counts = (opd: string) => {
    let c = byOpd.get(opd);
    if (!c) byOpd.set(opd, (c = { opd, postsBefore: 0, postsAfter: 0, structuralBefore: 0, structuralAfter: 0, equalised: 0, kept: 0, review: 0, replaced: 0, peopleAffected: 0 }));
    return c;
  };
  args.decisions.forEach((d, i) => {
    const m = args.migrated[i]!;
    const c = counts(m.opd);
    c.postsBefore++;
    c.postsAfter++;
    if (structural(d.post.kind)) c.structuralBefore++;
    if (structural(m.kind)) c.structuralAfter++;
    if (d.decision === 'equalise') c.equalised++;
    else if (d.decision === 'keep') c.kept++;
    else c.review++;
    if (m.change === 'replaced') c.replaced++;
  });
  for (const p of args.people) {
    if (p.change === 'equalised' || p.change === 'replaced') counts(p.newPost?.opd ?? '').peopleAffected++;
  }
  const opds = [...byOpd.values()].sort((a, b) => (a.opd < b.opd ? -1 : a.opd > b.opd ? 1 : 0));
  const total = opds.reduce(
    (t, c) => {
      for (const k of Object.keys(t) as Array<keyof typeof t>) t[k] += c[k];
      return t;
    },
    { postsBefore: 0, postsAfter: 0, structuralBefore: 0, structuralAfter: 0, equalised: 0, kept: 0, review: 0, replaced: 0, peopleAffected: 0 },
  );
  const sev = { error: 0, warning: 0, info: 0 };
  for (const f of args.findings) sev[f.severity]++;
  const head = {
    version: PLAN_VERSION,
    tool: { name: 'setara', version: args.toolVersion },
    ruleset: { id: args.ruleset.id, chain: args.ruleset.chain },
    asOf: args.asOf,
    inputs: args.inputs,
    summary: { ...total, people: args.people.length, findings: sev },
    opds,
  };
  const decision = (d: PostDecision, i: number): Plan['decisions'][number] => {
    const m = args.migrated[i]!;
    return {
      postId: d.post.id, opd: m.opd, decision: d.decision, criterion: d.criterion, jf: d.jf?.id ?? null, jfName: d.jf?.name ?? null,
      jenjang: d.jenjang, newPostId: m.id, newParentId: m.parentId, newName: m.name, change: m.change,
      ruleIds: d.ruleIds, source: d.source, note: d.note ? d.note[args.lang] : null,
      name: d.post.name, kind: d.post.kind, eselon: d.post.eselon, unit: d.post.unit, unitType: d.post.unitType, parentId: d.post.parentId,
    };
  };
  const person = (p: MigratedPerson): Plan['people'][number] => ({
    nip: p.person.nip, name: p.person.name, golongan: p.person.golongan, oldPostId: p.person.postId, oldPost: p.oldPost?.name ?? '',
    newPostId: p.newPost?.id ?? null, newPost: p.newPost?.name ?? '', change: p.change, oldBup: p.oldBup, newBup: p.newBup, notes: p.notes,
  });
  return { head, decision, person };
}
