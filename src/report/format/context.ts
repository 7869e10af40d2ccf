/**
 * What every finding formatter receives besides the findings, plus the few helpers the formatters share
 * (sorting, counting, severity words, path normalisation). Everything here is pure.
 */
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../i18n/index.js';
import { compareFindings, formatCitation, severityRank } from '../../model/finding.js';
import type { Finding, Severity } from '../../model/finding.js';
import type { RuleMeta } from '../../model/rule-meta.js';

export interface FormatContext {
  lang: Lang;
  /** From chalk 5 (`new Chalk({ level })`); `null` means no colour at all. Only human formats use it. */
  color: ChalkInstance | null;
  toolName: string;
  toolVersion: string;
  /** Where the rule docs live (docs/rules.md published somewhere): SARIF links to it only when given. */
  informationUri?: string;
  /** Every rule that may appear, for SARIF `rules[]`. */
  rules: RuleMeta[];
  /** Every file checked: relative paths, forward slashes. For JUnit passing suites. */
  files: string[];
  /** Findings at or above this severity fail the run. */
  failOn: Severity;
}

/**
 * A formatter is pure: same findings (in any order) and context give byte-identical output. The output comes in
 * pieces, joined in order, each of a few findings at most: a million findings never make one string.
 */
export type Formatter = (findings: readonly Finding[], ctx: FormatContext) => Iterable<string>;

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return severityRank[severity] >= severityRank[threshold];
}

/**
 * compareFindings, then a total tie-break over the fields it ignores (row, severity, value, citation), so the
 * result never depends on input order.
 */
export function compareFindingsTotal(a: Finding, b: Finding): number {
  return (
    compareFindings(a, b) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    severityRank[b.severity] - severityRank[a.severity] ||
    cmp(a.value ?? '', b.value ?? '') ||
    cmp(formatCitation(a.citation), formatCitation(b.citation)) ||
    cmp(a.citation?.source ?? '', b.citation?.source ?? '')
  );
}

/** A sorted copy (file, line, rule, ...). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindingsTotal);
}

/** A sorted copy, most severe first, then the usual order. */
export function sortBySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => severityRank[b.severity] - severityRank[a.severity] || compareFindingsTotal(a, b),
  );
}

const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  id: { error: 'galat', warning: 'peringatan', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** `galat` / `error` etc. With `count` (English only) the plural is used when count ≠ 1. */
export function severityWord(lang: Lang, severity: Severity, count = 1): string {
  const word = SEVERITY_WORDS[lang][severity];
  return lang === 'en' && count !== 1 ? `${word}s` : word;
}

/**
 * A path as a relative, forward-slash path: `\` → `/`, empty and `.` segments dropped, and a root or drive prefix
 * dropped so no absolute path ever leaves a machine format (callers should already pass relative paths).
 */
export function normalizePath(path: string): string {
  const p = path.replace(/\\/g, '/').replace(/^[A-Za-z]:(?=\/|$)/, '');
  const segments = p.split('/').filter((seg) => seg !== '' && seg !== '.');
  return segments.length > 0 ? segments.join('/') : '.';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
