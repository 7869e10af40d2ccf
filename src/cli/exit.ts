/** The one place that turns a run's outcome into an exit code. */
import { severityRank, type Finding, type Severity } from '../model/finding.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export function exitCodeFor(findings: readonly Finding[], failOn: Severity): number {
  const threshold = severityRank[failOn];
  return findings.some((f) => severityRank[f.severity] >= threshold) ? EXIT_FINDINGS : EXIT_CLEAN;
}
