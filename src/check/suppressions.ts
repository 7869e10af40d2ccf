/**
 * Suppressions: findings accepted for a stated reason (the ruleset's `suppressions` lists and a --suppressions file).
 * A suppressed finding stays in the report, marked (json `suppressed`, SARIF `suppressions`), and no longer counts
 * toward --fail-on. An entry is in force through its `expires` day; after it, it suppresses nothing and is reported
 * (suppression/expired). An entry that matched no finding is reported too (suppression/unused), so the list shrinks
 * as problems are fixed; only for tables the run read (an entry about a team needs the teams table) and for rules the
 * run can report (validate never reports what migrate finds while deciding).
 */
import type { Finding, Report } from '../model/finding.js';
import type { Suppression } from '../rules/types.js';
import { whoText, type FindingKey, type TableRole } from './finding-keys.js';

export interface SuppressionRun {
  /** YYYY-MM-DD: the day expiry dates are compared with. */
  today: string;
  /** The tables the run read. */
  tables: ReadonlySet<TableRole>;
  keyOf: (f: Finding) => FindingKey;
  /** Whether the run can report a rule's findings: an entry for another rule is not judged unused. */
  reportable: (ruleId: string) => boolean;
  report: Report;
}

/** Marks the findings the entries suppress, then reports the expired and the unused entries. */
export function applySuppressions(findings: readonly Finding[], entries: readonly Suppression[], run: SuppressionRun): void {
  const inForce = entries.filter((e) => e.expires === undefined || e.expires >= run.today);
  const byRule = new Map<string, Suppression[]>();
  for (const e of inForce) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e]);
  const used = new Set<Suppression>();
  for (const f of findings) {
    const candidates = byRule.get(f.ruleId);
    if (!candidates) continue;
    const key = run.keyOf(f);
    // Every entry that matches is used (a second entry for the same finding is redundant, not unused); the first gives the reason.
    const matching = candidates.filter((e) => matches(e, key));
    const first = matching[0];
    if (!first) continue;
    for (const e of matching) used.add(e);
    f.suppressed = { reason: first.reason, ...(first.expires !== undefined ? { expires: first.expires } : {}), source: sourceOf(first) };
  }
  for (const e of entries) {
    const at = { file: e.file, ...(e.line !== undefined ? { line: e.line } : {}) };
    const who = whoText(e);
    if (e.expires !== undefined && e.expires < run.today)
      run.report('suppression/expired', at, {
        id: `pengecualian ${e.rule} untuk ${who.id} berakhir ${e.expires} (alasan: ${e.reason}); temuannya dihitung lagi`,
        en: `suppression of ${e.rule} for ${who.en} expired on ${e.expires} (reason: ${e.reason}); its findings count again`,
      });
    else if (!used.has(e) && run.reportable(e.rule) && judged(e, run.tables))
      run.report('suppression/unused', at, {
        id: `pengecualian ${e.rule} untuk ${who.id} tidak cocok dengan temuan mana pun; hapus atau betulkan entri ini`,
        en: `suppression of ${e.rule} for ${who.en} matches no finding; remove or correct the entry`,
      });
  }
}

/** Every key the entry gives equals the finding's. */
function matches(e: Suppression, key: FindingKey): boolean {
  return (e.post === undefined || e.post === key.post) && (e.nip === undefined || e.nip === key.nip) && (e.team === undefined || e.team === key.team);
}

/** Whether the run read a table the entry's finding could be in. */
function judged(e: Suppression, tables: ReadonlySet<TableRole>): boolean {
  return (e.team === undefined || tables.has('teams')) && (e.nip === undefined || tables.has('people') || tables.has('teams'));
}

function sourceOf(e: Suppression): string {
  return e.line !== undefined ? `${e.file}:${e.line}` : e.file;
}
