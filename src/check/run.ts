/** Runs every check over a loaded structure: integrity, people, work system, teams. */
import type { Structure } from '../model/structure.js';
import type { TeamMembership } from '../model/types.js';
import type { ReferenceData } from '../rules/reference-types.js';
import type { Ruleset } from '../rules/types.js';
import { checkPeople } from './people.js';
import { checkPlacement } from './placement.js';
import { referenceForChecks } from './reference.js';
import type { Reporter } from './reporter.js';
import { checkStructure } from './structure.js';
import { checkTeams } from './teams.js';
import { checkWorkSystem, type Stage } from './work-system.js';

export interface CheckContext {
  ruleset: Ruleset;
  ref: ReferenceData;
  asOf: string;
  stage: Stage;
}

export function runChecks(s: Structure, teams: readonly TeamMembership[] | undefined, ctx: CheckContext, reporter: Reporter): void {
  checkStructure(s, reporter.report);
  checkPlacement(s, reporter.report);
  checkPeople(s, referenceForChecks(ctx.ref), ctx.asOf, reporter.report);
  checkWorkSystem(s, ctx.ruleset, ctx.stage, reporter.report);
  if (teams) checkTeams(s, teams, ctx.ruleset, ctx.ref, reporter.report);
}
