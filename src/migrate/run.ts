/** decide → restructure → people → plan, over an already loaded structure. */
import type { Reporter } from '../check/reporter.js';
import type { Lang } from '../i18n/index.js';
import type { Structure } from '../model/structure.js';
import type { ReferenceData } from '../rules/reference-types.js';
import type { Ruleset } from '../rules/types.js';
import { decideAll, type DecideContext, type PostDecision } from './decide.js';
import { checkDecisions, type AnalystDecision } from './decisions-file.js';
import { JfMatcher, type JfInfo } from './jf-match.js';
import { migratePeople, type MigratedPeople } from './people.js';
import { MigratedPosts } from './restructure.js';
import { planTeams, type Team } from './teams.js';
import type { TeamMembership } from '../model/types.js';

/** The outcome, by structure index: `decisions[i]` and `migrated.name(i)` (and the other fields) are those of `structure.indexed[i]`. */
export interface MigrationResult {
  structure: Structure;
  decisions: PostDecision[];
  migrated: MigratedPosts;
  people: MigratedPeople;
  teams: Team[];
}

export function jfCatalog(ref: ReferenceData): { catalog: Map<string, JfInfo>; names: Map<string, { id: string; name: string }> } {
  const catalog = new Map<string, JfInfo>();
  const names = new Map<string, { id: string; name: string }>();
  for (const e of ref.jf.values()) {
    // Keterampilan-only JF cannot take an Ahli level: an empty list drops them from Ahli proposals.
    const jenjang = e.jenjang ?? (e.kategori === 'keterampilan' ? [] : undefined);
    catalog.set(e.id, { id: e.id, name: e.name, ...(jenjang ? { jenjang } : {}) });
    const v = { id: e.id, name: e.name };
    names.set(e.id.toLowerCase(), v);
    names.set(e.name.toLowerCase(), v);
    for (const a of e.aliases) names.set(a.toLowerCase(), v);
  }
  return { catalog, names };
}

/** The JF matcher of a ruleset: the shipped keywords plus the region's own, and the region's JF policies. */
export function jfMatcherFor(ref: ReferenceData, ruleset: Ruleset, catalog = jfCatalog(ref).catalog): JfMatcher {
  const rows = [
    ...ref.keywords.map((k) => ({ jf: k.jf, words: k.words, weight: k.weight })),
    ...ruleset.local.jf_keywords.map((k) => ({ jf: k.jf, words: k.words, weight: k.weight ?? 3 })),
  ];
  return new JfMatcher(catalog, rows, ruleset.local.jf_policy);
}

/** The JF matcher and names for a ruleset. */
export function decideContext(args: {
  structure: Structure; ruleset: Ruleset; ref: ReferenceData; analyst: ReadonlyMap<string, AnalystDecision>; reporter: Reporter;
}): DecideContext {
  const { catalog, names } = jfCatalog(args.ref);
  return {
    structure: args.structure, ruleset: args.ruleset, matcher: jfMatcherFor(args.ref, args.ruleset, catalog), jfNames: names,
    analyst: args.analyst, report: args.reporter.report,
  };
}

export function runMigration(args: {
  structure: Structure; ruleset: Ruleset; ref: ReferenceData; analyst: ReadonlyMap<string, AnalystDecision>;
  asOf: string; lang: Lang; reporter: Reporter; teams?: readonly TeamMembership[];
}): MigrationResult {
  checkDecisions(args.structure, args.analyst, args.ref.mapping, args.reporter.report);
  const decisions = decideAll(decideContext(args));
  const migrated = MigratedPosts.build(args.structure, decisions);
  const people = migratePeople(args.structure, decisions, migrated, args.ref, args.asOf, args.reporter.report, args.lang);
  const teams = planTeams(args.structure, decisions, migrated, args.teams);
  return { structure: args.structure, decisions, migrated, people, teams };
}
