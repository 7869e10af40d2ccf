/** Turns (rule id, place, bilingual text) into Findings, honouring the ruleset's switches and severities. */
import type { Finding, Report } from '../model/finding.js';
import type { Lang } from '../i18n/index.js';
import type { Ruleset } from '../rules/types.js';

export type { Place, Report } from '../model/finding.js';

export interface Reporter {
  report: Report;
  /** Whether a rule is on; lets a check skip work nobody will see. */
  enabled(ruleId: string): boolean;
  findings: Finding[];
}

export function createReporter(ruleset: Ruleset, lang: Lang): Reporter {
  const findings: Finding[] = [];
  return {
    findings,
    enabled: (id) => ruleset.byId.get(id)?.enabled ?? false,
    report(ruleId, at, message) {
      const rule = ruleset.byId.get(ruleId);
      if (!rule) throw new Error(`internal: rule '${ruleId}' is not in ruleset ${ruleset.id}`);
      if (!rule.enabled) return;
      const f: Finding = { ruleId, severity: rule.severity, message: message[lang], file: at.file };
      if (at.line !== undefined) f.line = at.line;
      if (at.row !== undefined) f.row = at.row;
      if (at.column !== undefined) f.column = at.column;
      if (at.value !== undefined) f.value = at.value;
      if (at.postId !== undefined) f.postId = at.postId;
      f.citation = rule.citation;
      findings.push(f);
    },
  };
}
