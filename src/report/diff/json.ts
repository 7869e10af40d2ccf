/**
 * The versioned JSON diff, the source every other format can be rebuilt from.
 *
 * Format version 1:
 * ```
 * {
 *   "version": 1,
 *   "tool": { "name": string, "version": string },
 *   "old": { "posts": string, "people"?: string, "teams"?: string },   // the files as given
 *   "new": { … the same },
 *   "counts": { "old": { "posts": number, "people"?: number, "teams"?: number }, "new": { … } },
 *   "equal": boolean,
 *   "summary": { "<kind>": number, … },      // every kind, in report order, 0 when none
 *   "duplicates": { "old": number, "new": number },   // posts left out for a duplicate id
 *   "changes": [
 *     {
 *       "kind": "post-added" | "post-removed" | "post-rekeyed" | "post-moved" | "post-renamed" | "post-kind" |
 *               "post-unit" | "person-joined" | "person-left" | "person-moved" | "person-golongan" |
 *               "team-formed" | "team-dissolved" | "team-members",
 *       "key": string,             // post id (a re-keyed post's new id), NIP or team id
 *       "oldKey"?: string,         // a re-keyed post's old id
 *       "label": string,           // title, person's name or team name
 *       "opd": string,
 *       "file": string, "line": number,   // the new file; the old one for what was removed
 *       "fields": [ { "field": string, "before": string | null, "after": string | null,
 *                     "beforeName"?: string, "afterName"?: string } ]
 *     }
 *   ]
 * }
 * ```
 * Changes are sorted by kind, file, line, key. Two-space indentation, trailing newline. Adding keys is compatible;
 * removing or changing the meaning of one bumps `version`.
 */
import type { Diff } from '../../model/diff/index.js';
import type { DiffFormatContext } from './text.js';

export const DIFF_JSON_VERSION = 1;

export function jsonDiff(diff: Diff, ctx: DiffFormatContext): string {
  const report = {
    version: DIFF_JSON_VERSION,
    tool: { name: ctx.toolName, version: ctx.toolVersion },
    old: diff.old,
    new: diff.new,
    counts: diff.counts,
    equal: diff.changes.length === 0,
    summary: diff.summary,
    duplicates: diff.duplicates,
    changes: diff.changes,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
