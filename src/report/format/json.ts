/**
 * The versioned JSON report, the source every other format can be rebuilt from.
 *
 * Format version 1:
 * ```
 * {
 *   "version": 1,
 *   "tool": { "name": string, "version": string },
 *   "summary": { "errors": number, "warnings": number, "infos": number,   // the findings that count (not suppressed)
 *                "suppressed"?: number },                                  // only when some are
 *   "findings": [
 *     {
 *       "ruleId": string,
 *       "severity": "error" | "warning" | "info",
 *       "message": string,            // already localised
 *       "file": string,               // as given on the command line
 *       "line"?: number,              // physical line, 1-based
 *       "row"?: number,               // record number, 1-based, header excluded
 *       "column"?: string,            // canonical column name
 *       "value"?: string,
 *       "postId"?: string,
 *       "citation"?: { "regulation": string, "article"?: string,
 *                      "confidence": "confirmed" | "unconfirmed" | "local-policy", "source"?: string },
 *       "suppressed"?: { "reason": string, "expires"?: string,   // a suppression entry excuses it: not counted
 *                        "source": string }                      // the entry's file:line
 *     }
 *   ]
 * }
 * ```
 * Keys always appear in this order; absent optional keys are omitted (never `null`). Findings are sorted by file,
 * line, rule, column, post. Two-space indentation, trailing newline. Adding keys is compatible; removing or
 * changing the meaning of one bumps `version`.
 */
import type { Citation, Finding } from '../../model/finding.js';
import { indentedJson, lazyMap } from './chunks.js';
import { countSeverities, sortFindings } from './context.js';
import type { FormatContext, SeverityCounts } from './context.js';

export const JSON_REPORT_VERSION = 1;

export interface JsonReportV1 {
  version: 1;
  tool: { name: string; version: string };
  summary: SeverityCounts & { suppressed?: number };
  findings: Finding[];
}

export function* json(findings: readonly Finding[], ctx: FormatContext): Generator<string> {
  const report: JsonReportV1 = {
    version: JSON_REPORT_VERSION,
    tool: { name: ctx.toolName, version: ctx.toolVersion },
    summary: summaryOf(findings),
    findings: [],
  };
  yield* indentedJson(report, 'findings', lazyMap(sortFindings(findings), orderedFinding));
  yield '\n';
}

/** A copy with keys in the documented order and absent optional keys left out. */
export function orderedFinding(f: Finding): Finding {
  const o: Finding = { ruleId: f.ruleId, severity: f.severity, message: f.message, file: f.file };
  if (f.line !== undefined) o.line = f.line;
  if (f.row !== undefined) o.row = f.row;
  if (f.column !== undefined) o.column = f.column;
  if (f.value !== undefined) o.value = f.value;
  if (f.postId !== undefined) o.postId = f.postId;
  if (f.citation !== undefined) o.citation = orderedCitation(f.citation);
  if (f.suppressed !== undefined) {
    const { reason, expires, source } = f.suppressed;
    o.suppressed = { reason, ...(expires !== undefined ? { expires } : {}), source };
  }
  return o;
}

/** The counts of the findings that count; how many were suppressed only when some were (the report is otherwise as before). */
function summaryOf(findings: readonly Finding[]): JsonReportV1['summary'] {
  const suppressed = findings.filter((f) => f.suppressed !== undefined).length;
  if (suppressed === 0) return countSeverities(findings);
  return { ...countSeverities(findings.filter((f) => f.suppressed === undefined)), suppressed };
}

export function orderedCitation(c: Citation): Citation {
  return {
    regulation: c.regulation,
    ...(c.article !== undefined ? { article: c.article } : {}),
    confidence: c.confidence,
    ...(c.source !== undefined ? { source: c.source } : {}),
  };
}
