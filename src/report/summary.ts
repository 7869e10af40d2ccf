/** The summary every report opens with: counts per OPD and in total, findings by type, the rulesets. */
import type { Lang } from '../i18n/index.js';
import type { OpdCounts, ReportModel, Severity } from './model.js';

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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
