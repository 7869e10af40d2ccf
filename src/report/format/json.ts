/**
 * The versioned JSON report, the source every other format can be rebuilt from.
 *
 * Format version 1:
 * ```
 * {
 *   "version": 1,
 *   "tool": { "name": string, "version": string },
 *   "summary": { "errors": number, "warnings": number, "infos": number },
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
 *                      "confidence": "confirmed" | "unconfirmed" | "local-policy", "source"?: string }
 *     }
 *   ]
 * }
 * ```
 * Keys always appear in this order; absent optional keys are omitted (never `null`). Findings are sorted by file,
 * line, rule, column, post. Two-space indentation, trailing newline. Adding keys is compatible; removing or
 * changing the meaning of one bumps `version`.
 */
import type { Citation, Finding } from '../../model/finding.js';
import { countSeverities, sortFindings } from './context.js';
import type { FormatContext, SeverityCounts } from './context.js';

export const JSON_REPORT_VERSION = 1;

export interface JsonReportV1 {
  version: 1;
  tool: { name: string; version: string };
  summary: SeverityCounts;
  findings: Finding[];
}

export function json(findings: readonly Finding[], ctx: FormatContext): string {
  const report: JsonReportV1 = {
    version: JSON_REPORT_VERSION,
    tool: { name: ctx.toolName, version: ctx.toolVersion },
    summary: countSeverities(findings),
    findings: sortFindings(findings).map(orderedFinding),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
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
  return o;
}

export function orderedCitation(c: Citation): Citation {
  return {
    regulation: c.regulation,
    ...(c.article !== undefined ? { article: c.article } : {}),
    confidence: c.confidence,
    ...(c.source !== undefined ? { source: c.source } : {}),
  };
}
