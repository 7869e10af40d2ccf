/** The one finding model every check produces and every formatter consumes. */
import type { Text } from '../i18n/index.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const severityRank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export type Confidence = 'confirmed' | 'unconfirmed' | 'local-policy';

export interface Citation {
  /** e.g. `PP 11/2017`, `Surat Mendagri 800/2603/OTDA`. */
  regulation: string;
  /** Only where a source states it; never invented. */
  article?: string;
  confidence: Confidence;
  /** Source keys or a document reference, e.g. `[S37]`. */
  source?: string;
}

/** Where a finding is: the file, and as much of line, row, column, value and post as is known. */
export interface Place {
  /** Path as given on the command line, relative to cwd where possible. */
  file: string;
  /** Physical line in the file (1-based); absent for whole-file findings. */
  line?: number;
  /** Record number (1-based, header excluded). */
  row?: number;
  /** Canonical column name. */
  column?: string;
  value?: string;
  postId?: string;
}

export interface Finding extends Place {
  ruleId: string;
  severity: Severity;
  /** Already localised (id or en). */
  message: string;
  citation?: Citation;
  /** Set when a suppression entry excuses the finding: json and SARIF still show it, --fail-on does not count it. */
  suppressed?: Suppressed;
}

/** Why a finding is suppressed: the entry's reason, its expiry date (YYYY-MM-DD) and where it is written (`file:line`). */
export interface Suppressed {
  reason: string;
  expires?: string;
  source: string;
}

export function formatCitation(c: Citation | undefined): string {
  if (!c) return '';
  const art = c.article ? ` ${c.article}` : '';
  const conf = c.confidence === 'confirmed' ? '' : ` (${c.confidence})`;
  return `${c.regulation}${art}${conf}`;
}

/** Stable order for every output: file, line, rule, post. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.ruleId, b.ruleId) ||
    cmp(a.column ?? '', b.column ?? '') || cmp(a.postId ?? '', b.postId ?? '') || cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reports a finding by rule id (check/reporter.ts makes one from a ruleset). */
export type Report = (ruleId: string, at: Place, message: Text) => void;
