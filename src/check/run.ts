/** Runs every structure and person check over a loaded structure. */
import type { Structure } from '../model/structure.js';
import { checkPeople, type PeopleReference } from './people.js';
import type { Reporter } from './reporter.js';
import { checkStructure } from './structure.js';

export function runChecks(s: Structure, ref: PeopleReference, asOf: string, reporter: Reporter): void {
  checkStructure(s, reporter.report);
  checkPeople(s, ref, asOf, reporter.report);
}
